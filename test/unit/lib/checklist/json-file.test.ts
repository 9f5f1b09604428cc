import { describe, expect, test } from 'vitest';
import {
  FILE_FORMAT,
  readProgressFile,
  toProgressFile,
} from '../../../../src/lib/checklist/json-file.ts';
import { reconcile } from '../../../../src/lib/checklist/reconcile.ts';
import { demoModel } from './fixtures.ts';

const NOW = new Date('2026-11-30T09:12:00.000Z');
const items = {
  a: { status: 'done' as const },
  b: { status: 'na' as const, reason: 'r' },
  c: { status: 'open' as const, note: 'n' },
};
const file = () =>
  JSON.parse(
    toProgressFile(demoModel(), items, { now: NOW, sourceUrl: 'https://example.test/x/' }),
  ) as Record<string, unknown>;

describe('toProgressFile', () => {
  test('writes what the file is, the checklist, its version, the time, the source and every item', () => {
    expect(file()).toEqual({
      format: FILE_FORMAT,
      formatVersion: 1,
      checklist: 'demo',
      title: 'Migration checklist: Alpha → Beta',
      contentVersion: '1',
      exportedAt: '2026-11-30T09:12:00.000Z',
      source: 'https://example.test/x/',
      items: {
        a: { text: 'Do a', status: 'done' },
        b: { text: '**B first**: then b', status: 'na', reason: 'r' },
        c: { text: 'Do c', status: 'open', note: 'n' },
        v: { text: 'Check v', status: 'open' },
      },
    });
  });
});

describe('readProgressFile', () => {
  test('reads back what toProgressFile wrote', () => {
    const read = readProgressFile(toProgressFile(demoModel(), items, { now: NOW }), 'demo');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.exportedAt).toBe('2026-11-30T09:12:00.000Z');
    expect(read.snapshot.complete).toBe(true);
    expect(reconcile(read.snapshot, demoModel()).items).toEqual(items);
  });

  test('names the other checklist when the file is for another one', () => {
    const read = readProgressFile(
      JSON.stringify({
        ...file(),
        checklist: 'mvp-to-production',
        title: 'Migration checklist: MVP → Production',
      }),
      'demo',
    );
    expect(read).toEqual({
      ok: false,
      problem: 'it holds progress for another checklist',
      otherChecklist: { id: 'mvp-to-production', title: 'Migration checklist: MVP → Production' },
    });
  });

  test.each([
    ['text that is not JSON', 'hello', /not valid JSON/],
    ['JSON of another kind', '{"name":"package"}', /not a checklist progress file/],
    [
      'a stored record instead of a file',
      JSON.stringify({ format: 1, checklist: 'demo' }),
      /not a checklist progress file/,
    ],
    [
      'a newer file format',
      JSON.stringify({ ...file(), formatVersion: 2 }),
      /file format this page does not know/,
    ],
    [
      'no checklist',
      JSON.stringify({ ...file(), checklist: undefined }),
      /does not name its checklist/,
    ],
    ['a bad version', JSON.stringify({ ...file(), contentVersion: '' }), /content version/],
    [
      'bad items',
      JSON.stringify({ ...file(), items: { a: { status: 'maybe' } } }),
      /unknown status/,
    ],
  ])('refuses %s, saying why', (_name, text, problem) => {
    const read = readProgressFile(text, 'demo');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatch(problem);
  });
});
