import { describe, expect, test } from 'vitest';
import {
  keepAside,
  pairKey,
  parseStoredRecord,
  progressKey,
  readPair,
  readProgress,
  storageWorks,
  storedRecord,
  writePair,
  writeProgress,
} from '../../../../src/lib/checklist/storage.ts';
import { createMemoryStorage, readOnlyStorage, throwingStorage } from './memory-storage.ts';
import { demoModel } from './fixtures.ts';

const NOW = new Date('2026-11-30T09:12:00.000Z');
const KEY = progressKey('demo');

function stored(record: unknown) {
  return createMemoryStorage({ [KEY]: JSON.stringify(record) });
}
const validRecord = () => storedRecord(demoModel(), { a: { status: 'done' } }, false, NOW);

describe('keys', () => {
  test('follow ilg:checklist:<id>:v<format>', () => {
    expect(progressKey('poc-to-mvp')).toBe('ilg:checklist:poc-to-mvp:v1');
    expect(progressKey('stages/poc/success-criteria')).toBe(
      'ilg:checklist:stages/poc/success-criteria:v1',
    );
    expect(pairKey('integration-template')).toBe('ilg:checklist:integration-template:pair');
  });
});

describe('writeProgress and readProgress', () => {
  test('round-trip every item with its words, progress and the hide setting', () => {
    const storage = createMemoryStorage();
    const items = {
      a: { status: 'done' as const },
      b: { status: 'na' as const, reason: 'r' },
      c: { status: 'open' as const, note: 'n' },
    };
    expect(writeProgress(storage, demoModel(), items, true, NOW)).toBe(true);
    const result = readProgress(storage, 'demo');
    expect(result.kind).toBe('loaded');
    if (result.kind !== 'loaded') return;
    expect(result.stored.hideDone).toBe(true);
    expect(result.stored.savedAt).toBe(NOW.toISOString());
    expect(result.stored.snapshot).toEqual({
      checklistId: 'demo',
      contentVersion: '1',
      complete: true,
      items: {
        a: { text: 'Do a', status: 'done' },
        b: { text: '**B first**: then b', status: 'na', reason: 'r' },
        c: { text: 'Do c', status: 'open', note: 'n' },
        v: { text: 'Check v', status: 'open' },
      },
    });
  });

  test('writes the documented format', () => {
    const storage = createMemoryStorage();
    writeProgress(storage, demoModel(), { a: { status: 'done' } }, false, NOW);
    expect(JSON.parse(storage.data.get(KEY) ?? '')).toEqual({
      format: 1,
      checklist: 'demo',
      contentVersion: '1',
      savedAt: '2026-11-30T09:12:00.000Z',
      hideDone: false,
      items: {
        a: { text: 'Do a', status: 'done' },
        b: { text: '**B first**: then b', status: 'open' },
        c: { text: 'Do c', status: 'open' },
        v: { text: 'Check v', status: 'open' },
      },
    });
  });

  test('nothing stored is an empty checklist', () => {
    expect(readProgress(createMemoryStorage(), 'demo')).toEqual({ kind: 'empty' });
  });

  test('missing or refusing storage is unavailable, never an exception', () => {
    expect(readProgress(undefined, 'demo')).toEqual({ kind: 'unavailable', problem: 'missing' });
    expect(readProgress(throwingStorage, 'demo')).toEqual({
      kind: 'unavailable',
      problem: 'read-refused',
    });
    expect(writeProgress(undefined, demoModel(), {}, false, NOW)).toBe(false);
    expect(writeProgress(throwingStorage, demoModel(), {}, false, NOW)).toBe(false);
    expect(writeProgress(readOnlyStorage(), demoModel(), {}, false, NOW)).toBe(false);
  });
});

describe('unreadable and foreign stored data', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"format":1,', /not valid JSON/],
    ['JSON that is not an object', '[1,2,3]', /not a saved checklist/],
    ['a string', '"hello"', /not a saved checklist/],
    ['null', 'null', /not a saved checklist/],
    [
      'a newer stored format',
      JSON.stringify({ ...validRecord(), format: 2 }),
      /format this page does not know \(2\)/,
    ],
    ['no format at all', JSON.stringify({ checklist: 'demo' }), /format this page does not know/],
    [
      'another checklist',
      JSON.stringify({ ...validRecord(), checklist: 'other-list' }),
      /another checklist \("other-list"\)/,
    ],
    [
      'no checklist id',
      JSON.stringify({ ...validRecord(), checklist: 42 }),
      /does not name its checklist/,
    ],
    [
      'a bad content version',
      JSON.stringify({ ...validRecord(), contentVersion: 'x y' }),
      /content version/,
    ],
    ['no save time', JSON.stringify({ ...validRecord(), savedAt: 1 }), /no save time/],
    [
      'a bad hide setting',
      JSON.stringify({ ...validRecord(), hideDone: 'yes' }),
      /not true or false/,
    ],
    ['items as an array', JSON.stringify({ ...validRecord(), items: [] }), /not a map of item ids/],
    [
      'an item id that is not kebab-case',
      JSON.stringify({ ...validRecord(), items: { 'Not An Id': { status: 'done' } } }),
      /is not an item id/,
    ],
    [
      'an unknown status',
      JSON.stringify({ ...validRecord(), items: { a: { status: 'finished' } } }),
      /unknown status/,
    ],
    [
      'an item that is not an object',
      JSON.stringify({ ...validRecord(), items: { a: true } }),
      /not an object/,
    ],
    [
      'a note that is not text',
      JSON.stringify({ ...validRecord(), items: { a: { status: 'open', note: 5 } } }),
      /note that is not text/,
    ],
  ];

  test.each(cases)('%s is unreadable, with the problem in words', (_name, raw, problem) => {
    const result = readProgress(createMemoryStorage({ [KEY]: raw }), 'demo');
    expect(result.kind).toBe('unreadable');
    if (result.kind !== 'unreadable') return;
    expect(result.raw).toBe(raw);
    expect(result.problem).toMatch(problem);
  });

  test('a record with extra fields it does not know is still read', () => {
    const result = readProgress(stored({ ...validRecord(), extra: { anything: 1 } }), 'demo');
    expect(result.kind).toBe('loaded');
  });

  test('overlong reasons and notes in stored data are cut, not refused', () => {
    const record = {
      ...validRecord(),
      items: { a: { status: 'na', reason: 'r'.repeat(500), note: 'n'.repeat(5000) } },
    };
    const result = parseStoredRecord(record, 'demo');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stored.snapshot.items['a']?.reason).toHaveLength(200);
    expect(result.stored.snapshot.items['a']?.note).toHaveLength(1000);
  });
});

describe('keepAside', () => {
  test('moves the unreadable value to a key of its own, untouched', () => {
    const storage = createMemoryStorage({ [KEY]: '{broken', other: 'kept' });
    const key = keepAside(storage, 'demo', '{broken', NOW);
    expect(key).toBe(`${KEY}:unreadable:2026-11-30T09:12:00.000Z`);
    expect(storage.data.get(key ?? '')).toBe('{broken');
    expect(storage.data.has(KEY)).toBe(false);
    expect(storage.data.get('other')).toBe('kept');
  });

  test('never overwrites a value already kept aside', () => {
    const first = `${KEY}:unreadable:2026-11-30T09:12:00.000Z`;
    const storage = createMemoryStorage({ [KEY]: 'second', [first]: 'first' });
    const key = keepAside(storage, 'demo', 'second', NOW);
    expect(key).toBe(`${first}-2`);
    expect(storage.data.get(first)).toBe('first');
    expect(storage.data.get(key ?? '')).toBe('second');
  });

  test('when the copy cannot be made, leaves the original where it is', () => {
    const storage = readOnlyStorage({ [KEY]: '{broken' });
    expect(keepAside(storage, 'demo', '{broken', NOW)).toBeUndefined();
    expect(storage.data.get(KEY)).toBe('{broken');
    expect(keepAside(undefined, 'demo', '{broken', NOW)).toBeUndefined();
    expect(keepAside(throwingStorage, 'demo', '{broken', NOW)).toBeUndefined();
  });
});

describe('storageWorks', () => {
  test('is true for a working storage and leaves nothing behind', () => {
    const storage = createMemoryStorage();
    expect(storageWorks(storage)).toBe(true);
    expect(storage.data.size).toBe(0);
  });

  test('is false for missing, refusing or read-only storage', () => {
    expect(storageWorks(undefined)).toBe(false);
    expect(storageWorks(throwingStorage)).toBe(false);
    expect(storageWorks(readOnlyStorage())).toBe(false);
  });
});

describe('readPair and writePair', () => {
  const pairs = ['alpha-to-beta', 'beta-to-gamma'];

  test('remember the chosen pair', () => {
    const storage = createMemoryStorage();
    expect(writePair(storage, 'template', 'beta-to-gamma')).toBe(true);
    expect(readPair(storage, 'template', pairs)).toBe('beta-to-gamma');
  });

  test('ignore a stored pair that no longer exists, and refusing storage', () => {
    const storage = createMemoryStorage({ [pairKey('template')]: 'gone-to-nowhere' });
    expect(readPair(storage, 'template', pairs)).toBeUndefined();
    expect(readPair(throwingStorage, 'template', pairs)).toBeUndefined();
    expect(readPair(undefined, 'template', pairs)).toBeUndefined();
    expect(writePair(throwingStorage, 'template', 'alpha-to-beta')).toBe(false);
    expect(writePair(undefined, 'template', 'alpha-to-beta')).toBe(false);
  });
});
