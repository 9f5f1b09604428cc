import { describe, expect, test } from 'vitest';
import {
  CHECKLIST_ID,
  parseJson,
  parseSavedItems,
} from '../../../../src/lib/checklist/items-codec.ts';

describe('parseSavedItems', () => {
  test('keeps status, reason, note and text, and ignores fields it does not know', () => {
    expect(
      parseSavedItems({ a: { status: 'na', reason: 'r', note: 'n', text: 'T', colour: 'red' } }),
    ).toEqual({ ok: true, value: { a: { status: 'na', reason: 'r', note: 'n', text: 'T' } } });
  });

  test('refuses what is not a map', () => {
    expect(parseSavedItems(null).ok).toBe(false);
    expect(parseSavedItems([{ status: 'done' }]).ok).toBe(false);
    expect(parseSavedItems('a').ok).toBe(false);
  });

  test('names the first bad item', () => {
    expect(parseSavedItems({ a: { status: 'done' }, b: { status: 'done', text: 1 } })).toEqual({
      ok: false,
      problem: 'item "b" has a text that is not text',
    });
  });

  test('does not let a crafted key reach the result as a prototype', () => {
    const parsed = parseSavedItems(JSON.parse('{"__proto__": {"status": "done"}}'));
    expect(parsed.ok).toBe(false);
  });
});

describe('parseJson', () => {
  test('turns a syntax error into a problem', () => {
    expect(parseJson('{')).toEqual({ ok: false, problem: 'it is not valid JSON' });
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('CHECKLIST_ID', () => {
  test('accepts kebab-case segments joined by "/"', () => {
    expect(CHECKLIST_ID.test('stages/poc/success-criteria')).toBe(true);
    expect(CHECKLIST_ID.test('integration-template/poc-to-mvp')).toBe(true);
    expect(CHECKLIST_ID.test('a//b')).toBe(false);
    expect(CHECKLIST_ID.test('../x')).toBe(false);
    expect(CHECKLIST_ID.test('A')).toBe(false);
  });
});
