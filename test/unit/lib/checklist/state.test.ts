import { describe, expect, test } from 'vitest';
import {
  checklistReducer,
  countItems,
  countProgress,
  initialState,
  isFinished,
  itemProgress,
  keepKnown,
  MAX_NOTE_LENGTH,
  MAX_REASON_LENGTH,
  normaliseItem,
  type ChecklistState,
} from '../../../../src/lib/checklist/state.ts';
import { demoModel } from './fixtures.ts';

const start = () => initialState(demoModel());
const run = (state: ChecklistState, ...actions: Parameters<typeof checklistReducer>[1][]) =>
  actions.reduce(checklistReducer, state);

describe('initialState', () => {
  test('knows every item id of every section and has no progress', () => {
    expect(start()).toEqual({ itemIds: ['a', 'b', 'c', 'v'], items: {} });
  });
});

describe('checklistReducer', () => {
  test('ticks and unticks an item', () => {
    const ticked = run(start(), { type: 'item-ticked', id: 'a', done: true });
    expect(ticked.items).toEqual({ a: { status: 'done' } });
    const unticked = run(ticked, { type: 'item-ticked', id: 'a', done: false });
    expect(unticked.items).toEqual({});
  });

  test('ignores every action on an id the checklist does not have', () => {
    const state = start();
    expect(run(state, { type: 'item-ticked', id: 'zz', done: true })).toBe(state);
    expect(run(state, { type: 'item-marked-not-applicable', id: 'zz', reason: 'r' })).toBe(state);
    expect(run(state, { type: 'not-applicable-cleared', id: 'zz' })).toBe(state);
    expect(run(state, { type: 'note-changed', id: 'zz', note: 'n' })).toBe(state);
  });

  test('marks an item not applicable with its reason, and clears it back to open', () => {
    const na = run(
      start(),
      { type: 'item-ticked', id: 'b', done: true },
      { type: 'item-marked-not-applicable', id: 'b', reason: 'No such thing' },
    );
    expect(na.items['b']).toEqual({ status: 'na', reason: 'No such thing' });
    const cleared = run(na, { type: 'not-applicable-cleared', id: 'b' });
    expect(cleared.items['b']).toBeUndefined();
  });

  test('clearing N/A keeps the note and drops the reason', () => {
    const state = run(
      start(),
      { type: 'note-changed', id: 'c', note: 'ask ops' },
      { type: 'item-marked-not-applicable', id: 'c', reason: 'later' },
      { type: 'not-applicable-cleared', id: 'c' },
    );
    expect(state.items['c']).toEqual({ status: 'open', note: 'ask ops' });
  });

  test('clearing N/A on an item that is not N/A changes nothing', () => {
    const state = run(start(), { type: 'item-ticked', id: 'a', done: true });
    expect(run(state, { type: 'not-applicable-cleared', id: 'a' })).toBe(state);
  });

  test('ticking an N/A item makes it done and drops its reason', () => {
    const state = run(
      start(),
      { type: 'item-marked-not-applicable', id: 'a', reason: 'r' },
      { type: 'item-ticked', id: 'a', done: true },
    );
    expect(state.items['a']).toEqual({ status: 'done' });
  });

  test('keeps a note on an open item and forgets an emptied note', () => {
    const noted = run(start(), { type: 'note-changed', id: 'v', note: 'Owner: Sam' });
    expect(noted.items['v']).toEqual({ status: 'open', note: 'Owner: Sam' });
    expect(run(noted, { type: 'note-changed', id: 'v', note: '  ' }).items).toEqual({});
  });

  test('cuts reasons and notes to their maximum length', () => {
    const state = run(
      start(),
      { type: 'item-marked-not-applicable', id: 'a', reason: 'r'.repeat(MAX_REASON_LENGTH + 50) },
      { type: 'note-changed', id: 'b', note: 'n'.repeat(MAX_NOTE_LENGTH + 50) },
    );
    expect(state.items['a']?.reason).toHaveLength(MAX_REASON_LENGTH);
    expect(state.items['b']?.note).toHaveLength(MAX_NOTE_LENGTH);
  });

  test('reset clears everything', () => {
    const state = run(
      start(),
      { type: 'item-ticked', id: 'a', done: true },
      { type: 'note-changed', id: 'b', note: 'x' },
      { type: 'progress-reset' },
    );
    expect(state.items).toEqual({});
    expect(state.itemIds).toEqual(['a', 'b', 'c', 'v']);
  });

  test('replacing keeps only the checklist’s own items, normalised', () => {
    const state = run(start(), {
      type: 'progress-replaced',
      items: {
        a: { status: 'done' },
        gone: { status: 'done' },
        b: { status: 'open' },
        c: { status: 'na', reason: '' },
      },
    });
    expect(state.items).toEqual({ a: { status: 'done' }, c: { status: 'na' } });
  });
});

describe('normaliseItem', () => {
  test('is undefined for a plain open item', () => {
    expect(normaliseItem({ status: 'open' })).toBeUndefined();
    expect(normaliseItem({ status: 'open', note: '' })).toBeUndefined();
  });

  test('drops a reason unless the item is N/A', () => {
    expect(normaliseItem({ status: 'done', reason: 'x' })).toEqual({ status: 'done' });
  });
});

describe('keepKnown', () => {
  test('drops ids that are not in the list', () => {
    expect(keepKnown(['a'], { a: { status: 'done' }, b: { status: 'done' } })).toEqual({
      a: { status: 'done' },
    });
  });
});

describe('counting', () => {
  const items = {
    a: { status: 'done' as const },
    b: { status: 'na' as const, reason: 'n/a' },
    v: { status: 'open' as const, note: 'x' },
  };

  test('counts done, N/A and open; N/A items leave the applicable total', () => {
    expect(countItems(['a', 'b', 'c', 'v'], items)).toEqual({
      done: 1,
      notApplicable: 1,
      open: 2,
      total: 4,
      applicable: 3,
    });
  });

  test('counts each section and the whole checklist', () => {
    const { sections, all } = countProgress(demoModel(), items);
    expect(sections.map((s) => [s.id, s.counts.done, s.counts.applicable])).toEqual([
      ['phase-one', 1, 1],
      ['phase-two', 0, 1],
      ['validation', 0, 1],
    ]);
    expect(all.done).toBe(1);
    expect(all.applicable).toBe(3);
  });

  test('an item missing from the map is open', () => {
    expect(itemProgress(items, 'c')).toEqual({ status: 'open' });
    expect(isFinished(items, 'c')).toBe(false);
    expect(isFinished(items, 'a')).toBe(true);
    expect(isFinished(items, 'b')).toBe(true);
  });
});
