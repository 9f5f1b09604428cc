import { describe, expect, test } from 'vitest';
import { readProgressFile, toProgressFile } from '../../../../src/lib/checklist/json-file.ts';
import { parseProgressRecord } from '../../../../src/lib/checklist/record-codec.ts';
import { parseStoredRecord, storedRecord } from '../../../../src/lib/checklist/storage.ts';
import { demoModel } from './fixtures.ts';

const NOW = new Date('2026-11-30T09:12:00.000Z');
const items = { a: { status: 'done' as const } };
const stored = () => storedRecord(demoModel(), items, false, NOW);
const file = () =>
  JSON.parse(toProgressFile(demoModel(), items, { now: NOW })) as Record<string, unknown>;

const problemOf = (result: { ok: boolean; problem?: string }) =>
  result.ok ? 'read' : result.problem;

describe('the checks a stored record and a progress file share', () => {
  const broken: [string, Record<string, unknown>][] = [
    ['no checklist id', { checklist: 42 }],
    ['a checklist id that is not one', { checklist: 'Not An Id' }],
    ['a bad content version', { contentVersion: 'x y' }],
    ['items as a list', { items: [] }],
    ['an item with an unknown status', { items: { a: { status: 'finished' } } }],
  ];

  test.each(broken)('%s: both say the same problem', (_name, change) => {
    const fromStorage = parseStoredRecord({ ...stored(), ...change }, 'demo');
    const fromFile = readProgressFile(JSON.stringify({ ...file(), ...change }), 'demo');
    expect(problemOf(fromStorage)).not.toBe('read');
    expect(problemOf(fromFile)).toBe(problemOf(fromStorage));
  });
});

describe('parseProgressRecord', () => {
  const rules = {
    notAnObject: 'not an object',
    format: (r: Readonly<Record<string, unknown>>) => (r['kind'] === 'k' ? undefined : 'not k'),
    otherChecklist: (id: string) => ({ ok: false as const, problem: `other: ${id}` }),
    fields: (r: Readonly<Record<string, unknown>>) =>
      typeof r['extra'] === 'string'
        ? { extra: r['extra'] }
        : { ok: false as const, problem: 'no extra' },
  };
  const valid = {
    kind: 'k',
    checklist: 'demo',
    contentVersion: '1',
    extra: 'x',
    items: { a: { status: 'done' } },
  };

  test('reads a valid record into a complete snapshot and the form’s own fields', () => {
    expect(parseProgressRecord(valid, 'demo', rules)).toEqual({
      ok: true,
      snapshot: {
        checklistId: 'demo',
        contentVersion: '1',
        items: { a: { status: 'done' } },
        complete: true,
      },
      fields: { extra: 'x' },
      shortened: undefined,
    });
  });

  test('checks in order: object, form, checklist, content version, own fields, items', () => {
    const problem = (value: unknown) => problemOf(parseProgressRecord(value, 'demo', rules));
    expect(problem([])).toBe('not an object');
    expect(problem({ ...valid, kind: 'j', checklist: 1 })).toBe('not k');
    expect(problem({ ...valid, checklist: 'other', contentVersion: 'x y' })).toBe('other: other');
    expect(problem({ ...valid, contentVersion: 'x y', extra: 1 })).toMatch(/content version/);
    expect(problem({ ...valid, extra: 1, items: [] })).toBe('no extra');
    expect(problem({ ...valid, items: [] })).toMatch(/not a map of item ids/);
  });
});
