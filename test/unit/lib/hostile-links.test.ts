// Property-based tests of every reader of a link: the URL query readers of /decide/ (quiz and both
// tools), /compare/, /search/ and the template checklist, and the checklist share fragment. Keys
// are arbitrary strings and every name on Object.prototype; no reader may throw, every key it does
// not own must come back as ignored, and the visible note stays short however long the link.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readShareFragment } from '../../../src/lib/checklist/share.ts';
import { reconcile } from '../../../src/lib/checklist/reconcile.ts';
import { readFeatureQuery, readIntegrateQuery } from '../../../src/lib/decide/url.ts';
import { PARAM, viewFromQuery } from '../../../src/lib/matrix/url.ts';
import { DECISION_TOOL_KEYS } from '../../../src/core/url-keys.ts';
import { quizKeys, readAnswers } from '../../../src/lib/quiz/url.ts';
import { PARAMS, readSearchState } from '../../../src/lib/search/query.ts';
import {
  describeIgnored,
  MAX_NAMED_IGNORED,
  parseQuery,
  type IgnoredParam,
} from '../../../src/lib/url-state.ts';
import { demoModel } from './checklist/fixtures.ts';
import { CATALOG } from './matrix/fixture.ts';
import { fixtureModel } from './quiz/model-fixture.ts';

/** Every name an object inherits: the keys that broke the widgets. */
export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const keyArb = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const valueArb = fc.oneof(fc.string(), fc.constantFrom('1', '', '%', 'constructor', '__proto__'));
const entriesArb = fc.array(fc.tuple(keyArb, valueArb), { maxLength: 30 });

function queryOf(entries: readonly (readonly [string, string])[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) params.append(key, value);
  return `?${params.toString()}`;
}

/** The keys URLSearchParams reads back (it turns lone surrogates into U+FFFD). */
function keysRead(query: string): string[] {
  return [...new URLSearchParams(query).keys()];
}

function reportedKeys(ignored: readonly IgnoredParam[]): Set<string> {
  return new Set(ignored.map((p) => p.key));
}

const NOTE_LIMIT = 2000;

describe('a link carrying every Object.prototype name', () => {
  const query = queryOf(PROTOTYPE_NAMES.map((name) => [name, '1'] as const));

  test('parseQuery reports each one as unknown and accepts none', () => {
    const { accepted, ignored } = parseQuery(query, { size: () => true });
    expect(accepted.size).toBe(0);
    expect(ignored.map((p) => p.key)).toEqual(PROTOTYPE_NAMES);
    expect(ignored.every((p) => p.reason === 'unknown-parameter')).toBe(true);
  });

  test('the quiz reports every one; the decision tools read nothing from them', () => {
    const model = fixtureModel();
    expect(reportedKeys(readAnswers(model, query).ignored)).toEqual(new Set(PROTOTYPE_NAMES));
    const known = { stageIds: ['alpha'], featureIds: ['caching'] };
    const feature = readFeatureQuery(query, known, quizKeys(model));
    expect(feature.values).toEqual({ selection: undefined, stage: undefined });
    const integrate = readIntegrateQuery(query, ['alpha'], quizKeys(model));
    expect(integrate.values).toEqual({ stage: undefined, start: undefined });
  });

  test('/compare/ and /search/ report every one and show their default view', () => {
    const matrix = viewFromQuery(query, CATALOG);
    expect(reportedKeys(matrix.ignored)).toEqual(new Set(PROTOTYPE_NAMES));
    expect(matrix.view).toEqual(viewFromQuery('', CATALOG).view);
    const search = readSearchState(query, { stages: ['alpha'], kinds: ['topic'] });
    expect(reportedKeys(search.ignored)).toEqual(new Set(PROTOTYPE_NAMES));
    expect(search.state).toEqual({ query: '', stages: [], kinds: [] });
  });

  test('a checklist share fragment reports every one and keeps its progress', () => {
    const fragment = `#checklist=demo&done=a${query.replace('?', '&')}`;
    const shared = readShareFragment(fragment, ['demo']);
    expect(shared?.snapshot.items).toEqual({ a: { status: 'done' } });
    expect(reportedKeys(shared?.ignored ?? [])).toEqual(new Set(PROTOTYPE_NAMES));
  });

  test('item ids named like prototype members are left out as unknown items, never inherited', () => {
    const names = PROTOTYPE_NAMES.filter((n) => /^[a-z]+$/.test(n));
    const fragment = `#checklist=demo&done=${names.join('.')}&notes=${names.map((n) => `${n}*x`).join('.')}`;
    const shared = readShareFragment(fragment, ['demo']);
    if (shared === undefined) throw new Error('the fragment was not read');
    for (const name of names)
      expect(shared.snapshot.items[name]).toEqual({ status: 'done', note: 'x' });
    const { items, changes } = reconcile(shared.snapshot, demoModel());
    expect(items).toEqual({});
    expect(changes.removed.map((r) => r.id).sort()).toEqual([...names].sort());
  });
});

describe('every link reader, on arbitrary keys and values', () => {
  test('parseQuery never throws, accepts only spec keys, reports every other key', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const query = queryOf(entries);
        const spec = { size: (v: string) => v === 's', q: () => true };
        const { accepted, ignored } = parseQuery(query, spec);
        for (const key of accepted.keys()) expect(['size', 'q']).toContain(key);
        const reported = reportedKeys(ignored);
        for (const key of keysRead(query)) {
          if (key !== 'size' && key !== 'q') expect(reported.has(key)).toBe(true);
        }
      }),
    );
  });

  test('the quiz reports every key that neither it nor the decision tools own', () => {
    const model = fixtureModel();
    const owned = new Set<string>([...quizKeys(model), ...DECISION_TOOL_KEYS]);
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const query = queryOf(entries);
        const { answers, ignored } = readAnswers(model, query);
        for (const key of Object.keys(answers)) expect(owned.has(key)).toBe(true);
        const reported = reportedKeys(ignored);
        for (const key of keysRead(query))
          if (!owned.has(key)) expect(reported.has(key)).toBe(true);
      }),
    );
  });

  test('the decision tools never throw and report only problems with their own keys', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const query = queryOf(entries);
        const known = { stageIds: ['alpha'], featureIds: ['caching'] };
        const feature = readFeatureQuery(query, known, []);
        const integrate = readIntegrateQuery(query, ['alpha'], []);
        for (const p of [...feature.ignored, ...integrate.ignored]) {
          expect(DECISION_TOOL_KEYS).toContain(p.key);
        }
      }),
    );
  });

  test('/compare/ and /search/ never throw and report every key they do not own', () => {
    const matrixKeys = new Set<string>(Object.values(PARAM));
    const searchKeys = new Set<string>(Object.values(PARAMS));
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const query = queryOf(entries);
        const matrix = reportedKeys(viewFromQuery(query, CATALOG).ignored);
        const search = reportedKeys(
          readSearchState(query, { stages: ['alpha'], kinds: ['topic'] }).ignored,
        );
        for (const key of keysRead(query)) {
          if (!matrixKeys.has(key)) expect(matrix.has(key)).toBe(true);
          if (!searchKeys.has(key)) expect(search.has(key)).toBe(true);
        }
      }),
    );
  });

  test('a share fragment never throws; its items are the checklist’s own ids or reported', () => {
    fc.assert(
      fc.property(entriesArb, fc.string(), fc.string(), fc.string(), (entries, done, na, notes) => {
        const rest = new URLSearchParams([
          ...entries,
          ['done', done],
          ['na', na],
          ['notes', notes],
        ]);
        const shared = readShareFragment(`#checklist=demo&${rest.toString()}`, ['demo']);
        if (shared === undefined) throw new Error('a fragment naming the checklist is read');
        const known = new Set(['checklist', 'v', 'done', 'na', 'notes']);
        const reported = reportedKeys(shared.ignored);
        for (const key of keysRead(`?${rest.toString()}`)) {
          if (!known.has(key)) expect(reported.has(key)).toBe(true);
        }
        const { items, changes } = reconcile(shared.snapshot, demoModel());
        for (const id of Object.keys(shared.snapshot.items)) {
          const kept = Object.hasOwn(items, id);
          const droppedAndTold = changes.removed.some((r) => r.id === id);
          const plainOpen = shared.snapshot.items[id]?.status === 'open';
          expect(kept || droppedAndTold || plainOpen).toBe(true);
        }
        expect(shared.ignoredNote.length).toBeLessThan(NOTE_LIMIT);
      }),
    );
  });
});

describe('the note about ignored parts', () => {
  test('names a few parts, counts the rest, and stays short for thousands of keys', () => {
    const ignored: IgnoredParam[] = Array.from({ length: 5000 }, (_, i) => ({
      key: `key-${i}-${'x'.repeat(100)}`,
      value: 'y'.repeat(1000),
      reason: 'invalid-value',
    }));
    const note = describeIgnored(ignored);
    expect(note.length).toBeLessThan(NOTE_LIMIT);
    expect(note).toContain(`${5000 - MAX_NAMED_IGNORED} more parts not listed here`);
  });

  test('is short for any list of ignored parts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: keyArb,
            value: fc.string({ maxLength: 5000 }),
            reason: fc.constantFrom('unknown-parameter', 'invalid-value', 'repeated' as const),
          }),
        ),
        (ignored) => {
          const note = describeIgnored(ignored);
          expect(note === '').toBe(ignored.length === 0);
          expect(note.length).toBeLessThan(NOTE_LIMIT);
        },
      ),
    );
  });
});
