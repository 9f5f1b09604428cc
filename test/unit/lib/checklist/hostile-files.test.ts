// Property-based tests of the readers of saved progress: records in this browser's storage and
// progress files, which may hold anything (hand edits, another site's data, crafted keys). No
// reader may throw; what it cannot use is refused with a short problem in words; every limit
// (item count, note, reason and wording length, file size) is said, never applied silently.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_SAVED_ITEMS, parseSavedItems } from '../../../../src/lib/checklist/items-codec.ts';
import {
  FILE_FORMAT,
  FILE_FORMAT_VERSION,
  MAX_FILE_BYTES,
  readProgressFile,
} from '../../../../src/lib/checklist/json-file.ts';
import { MAX_NOTE_LENGTH, MAX_REASON_LENGTH } from '../../../../src/lib/checklist/state.ts';
import { reconcile } from '../../../../src/lib/checklist/reconcile.ts';
import {
  parseStoredRecord,
  progressKey,
  readProgress,
  STORAGE_FORMAT,
} from '../../../../src/lib/checklist/storage.ts';
import { demoModel } from './fixtures.ts';
import { createMemoryStorage } from './memory-storage.ts';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const keyArb = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string(),
  fc.constantFrom('a', 'b'),
);

/** JSON object text from entries, so that keys such as "__proto__" stay own keys. */
function objectText(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

const itemArb = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        status: fc.oneof(fc.constantFrom('open', 'done', 'na'), fc.jsonValue()),
        reason: fc.string(),
        note: fc.string(),
        text: fc.string(),
        changedAt: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
      },
      { requiredKeys: ['status'] },
    )
    .map((v) => JSON.stringify(v)),
);
const itemsTextArb = fc
  .array(fc.tuple(keyArb, itemArb), { maxLength: 12 })
  .map((entries) => objectText(entries));

const recordTextArb = fc.oneof(
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  itemsTextArb.map(
    (items) =>
      `{"format":${STORAGE_FORMAT},"checklist":"demo","contentVersion":"1","savedAt":"x","items":${items}}`,
  ),
  fc
    .array(
      fc.tuple(
        keyArb,
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      { maxLength: 8 },
    )
    .map(objectText),
);

const fileTextArb = fc.oneof(
  fc.string(),
  itemsTextArb.map(
    (items) =>
      `{"format":"${FILE_FORMAT}","formatVersion":${FILE_FORMAT_VERSION},"checklist":"demo","contentVersion":"1","items":${items}}`,
  ),
  fc
    .array(
      fc.tuple(
        keyArb,
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      { maxLength: 8 },
    )
    .map(objectText),
);

function expectUsableOrToldWhy(
  result: { ok: true } | { ok: false; problem: string },
  items?: Readonly<Record<string, unknown>>,
) {
  if (result.ok) {
    for (const id of Object.keys(items ?? {})) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  } else {
    expect(result.problem.length).toBeGreaterThan(0);
    expect(result.problem.length).toBeLessThan(200);
  }
}

describe('stored records', () => {
  test('reading never throws: a record is loaded, or unreadable with a problem in words', () => {
    fc.assert(
      fc.property(recordTextArb, (text) => {
        const storage = createMemoryStorage({ [progressKey('demo')]: text });
        const result = readProgress(storage, 'demo');
        expect(['loaded', 'unreadable']).toContain(result.kind);
        if (result.kind === 'unreadable') expectUsableOrToldWhy({ ok: false, ...result });
        if (result.kind === 'loaded') {
          expectUsableOrToldWhy({ ok: true }, result.stored.snapshot.items);
          const { items } = reconcile(result.stored.snapshot, demoModel());
          for (const id of Object.keys(items)) expect(['a', 'b', 'c', 'v']).toContain(id);
        }
      }),
    );
  });

  test('a key named like an Object.prototype member is refused or an own entry, never inherited', () => {
    for (const name of PROTOTYPE_NAMES) {
      const parsed = parseSavedItems(JSON.parse(objectText([[name, '{"status":"done"}']])));
      if (parsed.ok) expect(Object.hasOwn(parsed.value, name)).toBe(true);
      else expect(parsed.problem).toContain('is not an item id');
    }
  });

  test('a field holding an object with any Object.prototype name as its key is refused in words', () => {
    const fields = ['format', 'checklist', 'contentVersion', 'savedAt', 'hideDone', 'items'];
    for (const name of PROTOTYPE_NAMES) {
      for (const field of fields) {
        const record = {
          format: STORAGE_FORMAT,
          checklist: 'demo',
          contentVersion: '1',
          savedAt: 'x',
          items: {},
        };
        const text = JSON.stringify(record).replace(
          new RegExp(`"${field}":[^,}]*`),
          `"${field}":${objectText([[name, '1']])}`,
        );
        const storage = createMemoryStorage({ [progressKey('demo')]: text });
        const result = readProgress(storage, 'demo');
        expect(['loaded', 'unreadable']).toContain(result.kind);
        const fileText = text.replace(
          `"format":${STORAGE_FORMAT}`,
          `"format":"${FILE_FORMAT}","formatVersion":1`,
        );
        expect(() => readProgressFile(fileText, 'demo')).not.toThrow();
      }
    }
  });

  test('notes, reasons and wordings over their limits are cut and counted', () => {
    const record = {
      format: STORAGE_FORMAT,
      checklist: 'demo',
      contentVersion: '1',
      savedAt: '2026-11-30T09:12:00.000Z',
      items: {
        a: { status: 'na', reason: 'r'.repeat(MAX_REASON_LENGTH + 1), text: 't'.repeat(20_000) },
        b: { status: 'open', note: 'n'.repeat(MAX_NOTE_LENGTH * 20) },
      },
    };
    const parsed = parseStoredRecord(record, 'demo');
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.stored.shortened).toEqual({ notes: 1, reasons: 1, texts: 1 });
    expect(parsed.stored.snapshot.items['b']?.note).toHaveLength(MAX_NOTE_LENGTH);
  });

  test('more items than a checklist can have is refused, saying how many', () => {
    const items = Object.fromEntries(
      Array.from({ length: MAX_SAVED_ITEMS + 1 }, (_, i) => [`i${i}`, { status: 'done' }]),
    );
    const parsed = parseSavedItems(items);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain('1,001 items');
  });
});

describe('progress files', () => {
  test('reading never throws: a file is read, or refused with a problem in words', () => {
    fc.assert(
      fc.property(fileTextArb, (text) => {
        const result = readProgressFile(text, 'demo');
        expectUsableOrToldWhy(result, result.ok ? result.snapshot.items : undefined);
      }),
    );
  });

  test('a file over the size limit is refused before it is parsed, saying its size', () => {
    const result = readProgressFile(' '.repeat(MAX_FILE_BYTES + 1), 'demo');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain('1,000,001 bytes');
  });
});
