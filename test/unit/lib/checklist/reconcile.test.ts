import { describe, expect, test } from 'vitest';
import type { ChecklistModel } from '../../../../src/lib/checklist/model.ts';
import {
  changesWorthTelling,
  reconcile,
  snapshotOf,
  type ProgressSnapshot,
} from '../../../../src/lib/checklist/reconcile.ts';
import { demoModel } from './fixtures.ts';

/** A complete snapshot of the demo checklist as saved, with some progress. */
function saved(overrides: Partial<ProgressSnapshot> = {}): ProgressSnapshot {
  return {
    checklistId: 'demo',
    contentVersion: '1',
    complete: true,
    items: {
      a: { text: 'Do a', status: 'done' },
      b: { text: '**B first**: then b', status: 'na', reason: 'Not for us' },
      c: { text: 'Do c', status: 'open', note: 'ask ops' },
      v: { text: 'Check v', status: 'open' },
    },
    ...overrides,
  };
}

describe('reconcile', () => {
  test('gives the saved progress back unchanged when the content has not changed', () => {
    const { items, changes } = reconcile(saved(), demoModel());
    expect(items).toEqual({
      a: { status: 'done' },
      b: { status: 'na', reason: 'Not for us' },
      c: { status: 'open', note: 'ask ops' },
    });
    expect(changes).toEqual({
      fromVersion: '1',
      toVersion: '1',
      added: [],
      removed: [],
      reworded: [],
    });
  });

  test('keeps ticks by id when items move to another phase or change order', () => {
    const moved: ChecklistModel = demoModel({
      sections: [
        {
          id: 'all',
          heading: 'All',
          items: [
            { id: 'v', text: 'Check v' },
            { id: 'a', text: 'Do a' },
            { id: 'c', text: 'Do c' },
            { id: 'b', text: '**B first**: then b' },
          ],
        },
      ],
    });
    const { items, changes } = reconcile(saved(), moved);
    expect(items['a']).toEqual({ status: 'done' });
    expect(items['b']?.status).toBe('na');
    expect(changesWorthTelling(saved(), changes)).toBe(false);
  });

  test('new items start open and are reported; removed items are dropped and reported with their state', () => {
    const changed = demoModel({
      contentVersion: '2',
      sections: [
        {
          id: 'phase-one',
          heading: 'Week 1: One',
          items: [
            { id: 'b', text: '**B first**: then b' },
            { id: 'n', text: 'New n' },
          ],
        },
        { id: 'validation', heading: 'Validation', items: [{ id: 'v', text: 'Check v' }] },
      ],
    });
    const { items, changes } = reconcile(saved(), changed);
    expect(items).toEqual({ b: { status: 'na', reason: 'Not for us' } });
    expect(changes.fromVersion).toBe('1');
    expect(changes.toVersion).toBe('2');
    expect(changes.added).toEqual([{ id: 'n', text: 'New n' }]);
    expect(changes.removed).toEqual([
      { id: 'a', text: 'Do a', status: 'done' },
      { id: 'c', text: 'Do c', status: 'open' },
    ]);
    expect(changesWorthTelling(saved(), changes)).toBe(true);
  });

  test('keeps progress on a reworded item and reports it; rewording an untouched item is not reported', () => {
    const reworded = demoModel({
      sections: [
        {
          id: 'phase-one',
          heading: 'Week 1: One',
          items: [
            { id: 'a', text: 'Do a, carefully' },
            { id: 'b', text: '**B first**: then b' },
          ],
        },
        { id: 'phase-two', heading: 'Week 2: Two', items: [{ id: 'c', text: 'Do c' }] },
        { id: 'validation', heading: 'Validation', items: [{ id: 'v', text: 'Check v twice' }] },
      ],
    });
    const { items, changes } = reconcile(saved(), reworded);
    expect(items['a']).toEqual({ status: 'done' });
    expect(changes.reworded).toEqual([{ id: 'a', before: 'Do a', after: 'Do a, carefully' }]);
  });

  test('a version bump with the same items changes nothing the reader must hear about', () => {
    const { changes } = reconcile(saved(), demoModel({ contentVersion: '7' }));
    expect(changes.toVersion).toBe('7');
    expect(changesWorthTelling(saved(), changes)).toBe(false);
  });

  test('a forgotten version bump is still reconciled by id', () => {
    const sameVersion = demoModel({
      sections: [
        {
          id: 'phase-one',
          heading: 'Week 1: One',
          items: [
            { id: 'a', text: 'Do a' },
            { id: 'n', text: 'New n' },
          ],
        },
      ],
    });
    const { items, changes } = reconcile(saved(), sameVersion);
    expect(items).toEqual({ a: { status: 'done' } });
    expect(changes.added.map((i) => i.id)).toEqual(['n']);
    expect(changes.removed.map((r) => r.id)).toEqual(['b', 'c', 'v']);
  });

  test('an incomplete snapshot (a shared link) reports no item as new', () => {
    const shared = saved({
      complete: false,
      items: { a: { status: 'done' }, zz: { status: 'done' } },
    });
    const { items, changes } = reconcile(shared, demoModel());
    expect(items).toEqual({ a: { status: 'done' } });
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([{ id: 'zz', text: undefined, status: 'done' }]);
  });

  test('changes are not worth telling when the saved checklist held no progress', () => {
    const untouched = saved({ items: { a: { text: 'Do a', status: 'open' } } });
    const { changes } = reconcile(untouched, demoModel());
    expect(changes.added.length).toBeGreaterThan(0);
    expect(changesWorthTelling(untouched, changes)).toBe(false);
  });
});

describe('snapshotOf', () => {
  test('lists every item with its current words and progress', () => {
    const snapshot = snapshotOf(demoModel(), {
      a: { status: 'done' },
      c: { status: 'open', note: 'n' },
    });
    expect(snapshot).toEqual({
      checklistId: 'demo',
      contentVersion: '1',
      complete: true,
      items: {
        a: { text: 'Do a', status: 'done' },
        b: { text: '**B first**: then b', status: 'open' },
        c: { text: 'Do c', status: 'open', note: 'n' },
        v: { text: 'Check v', status: 'open' },
      },
    });
  });

  test('round-trips through reconcile', () => {
    const items = { a: { status: 'done' as const }, b: { status: 'na' as const, reason: 'r' } };
    expect(reconcile(snapshotOf(demoModel(), items), demoModel()).items).toEqual(items);
  });
});
