// The per-item merge of progress across tabs, played out as two tabs over one storage: each tab
// is its own state, changed through the island's reducer, written with `mergeAndWrite` and told
// of the other's writes with `followStored`, as the island does on the `storage` event.
import { describe, expect, test } from 'vitest';
import type { ChecklistAction } from '../../../../src/lib/checklist/state.ts';
import { initialState } from '../../../../src/lib/checklist/state.ts';
import {
  progressKey,
  readSavedProgress,
  storedRecord,
} from '../../../../src/lib/checklist/storage.ts';
import { followStored, mergeAndWrite } from '../../../../src/lib/checklist/sync-storage.ts';
import {
  applyUndo,
  initialTracked,
  mergeProgress,
  trackedReducer,
  undoEntry,
  type TrackedState,
  type UndoEntry,
} from '../../../../src/lib/checklist/sync.ts';
import { demoModel } from './fixtures.ts';
import { createMemoryStorage, readOnlyStorage, type MemoryStorage } from './memory-storage.ts';

const model = demoModel();
const IDS = ['a', 'b', 'c', 'v'];

/** One tab: its state, and what it does the way the island does it. */
class Tab {
  state: TrackedState = initialTracked(initialState(model));
  undo: UndoEntry | undefined;
  constructor(private readonly storage: MemoryStorage) {}

  /** Loads what storage holds (page load). */
  open(): this {
    const saved = readSavedProgress(this.storage, model);
    if (saved) this.state = trackedReducer(this.state, { type: 'merged', theirs: saved });
    return this;
  }
  /** A reader action at time `at`, without writing yet. */
  act(action: ChecklistAction, at: number): void {
    this.state = trackedReducer(this.state, { type: 'acted', action, at });
  }
  /** Reset, keeping what it changed for undo. */
  reset(at: number): void {
    const before = this.state;
    this.act({ type: 'progress-reset' }, at);
    this.undo = undoEntry('reset', IDS, before, this.state, at);
  }
  undoLast(at: number): string[] {
    if (!this.undo) throw new Error('nothing to undo');
    const { leftAlone } = applyUndo(this.state, this.undo, at);
    this.state = trackedReducer(this.state, { type: 'undone', entry: this.undo, at });
    this.undo = undefined;
    return leftAlone;
  }
  /** The write after an action: merged with storage first. */
  save(): void {
    const { outcome, merged } = mergeAndWrite(this.storage, model, this.state, false);
    expect(outcome).toBe('saved');
    if (merged) this.state = trackedReducer(this.state, { type: 'merged', theirs: merged });
  }
  /** The `storage` event of the other tab's write. */
  follow(): void {
    const { merged } = followStored(this.storage, model, this.state, false, true);
    if (merged) this.state = trackedReducer(this.state, { type: 'merged', theirs: merged });
  }
  statuses(): Record<string, string> {
    return Object.fromEntries(IDS.map((id) => [id, this.state.items[id]?.status ?? 'open']));
  }
}

const tick = (id: string): ChecklistAction => ({ type: 'item-ticked', id, done: true });
const untick = (id: string): ChecklistAction => ({ type: 'item-ticked', id, done: false });

function stored(storage: MemoryStorage) {
  return readSavedProgress(storage, model)?.items ?? {};
}

describe('two tabs of one browser', () => {
  test('ticks made at the same moment in each tab are all kept, in both tabs and in storage', () => {
    const storage = createMemoryStorage();
    const [a, b] = [new Tab(storage).open(), new Tab(storage).open()];
    a.act(tick('a'), 1000);
    b.act(tick('b'), 1000);
    a.save();
    b.save();
    a.follow();
    expect(a.statuses()).toMatchObject({ a: 'done', b: 'done' });
    expect(b.statuses()).toMatchObject({ a: 'done', b: 'done' });
    expect(Object.keys(stored(storage)).sort()).toEqual(['a', 'b']);
  });

  test('a write that raced (made without seeing the other tab’s) is repaired by the other tab', () => {
    const storage = createMemoryStorage();
    const [a, b] = [new Tab(storage).open(), new Tab(storage).open()];
    // B's read happens before A's write lands (storage between tabs is not atomic): played
    // here by taking A's write back out before B writes.
    a.act(tick('a'), 1000);
    a.save();
    storage.data.delete(progressKey(model.id));
    b.act(tick('b'), 1001);
    b.save();
    expect(Object.keys(stored(storage))).toEqual(['b']);
    // A hears of B's write, still holds its newer tick of `a`, and writes the merge back.
    a.follow();
    expect(Object.keys(stored(storage)).sort()).toEqual(['a', 'b']);
    b.follow();
    expect(b.statuses()).toMatchObject({ a: 'done', b: 'done' });
  });

  test('a tick still queued when the other tab’s write arrives is kept', () => {
    const storage = createMemoryStorage();
    const [a, b] = [new Tab(storage).open(), new Tab(storage).open()];
    b.act(tick('b'), 1000);
    b.save();
    // A's copy of the record is taken, then A's tick is applied, then the merge: the order in
    // which React applies a queued tick and the storage event's merge.
    const theirs = readSavedProgress(storage, model);
    if (!theirs) throw new Error('nothing stored');
    a.act(tick('a'), 1001);
    a.state = trackedReducer(a.state, { type: 'merged', theirs });
    expect(a.statuses()).toMatchObject({ a: 'done', b: 'done' });
  });

  test('fast alternating ticks in two tabs keep every one of them', () => {
    const storage = createMemoryStorage();
    const [a, b] = [new Tab(storage).open(), new Tab(storage).open()];
    let at = 1000;
    for (let round = 0; round < 10; round += 1) {
      const [first, second] = round % 2 === 0 ? [a, b] : [b, a];
      first.act(round % 4 < 2 ? tick('a') : untick('a'), (at += 1));
      second.act(round % 4 < 2 ? tick('c') : untick('c'), at);
      first.save();
      second.save();
      first.follow();
      second.follow();
      expect(a.statuses()).toEqual(b.statuses());
      expect(a.statuses().a).toBe(round % 4 < 2 ? 'done' : 'open');
      expect(a.statuses().c).toBe(round % 4 < 2 ? 'done' : 'open');
    }
  });

  test('the later change to the same item wins, whichever tab writes last', () => {
    const storage = createMemoryStorage();
    const [a, b] = [new Tab(storage).open(), new Tab(storage).open()];
    b.act(tick('a'), 2000);
    a.act({ type: 'note-changed', id: 'a', note: 'older' }, 1000);
    b.save();
    a.save();
    expect(stored(storage)).toEqual({ a: { status: 'done' } });
    expect(a.statuses().a).toBe('done');
  });

  test('Reset in B, two ticks in A, Undo in B: A’s ticks stay, B’s own progress comes back', () => {
    const storage = createMemoryStorage();
    const a = new Tab(storage).open();
    a.act(tick('a'), 1000);
    a.act({ type: 'item-marked-not-applicable', id: 'c', reason: 'none' }, 1000);
    a.save();
    const b = new Tab(storage).open();
    b.reset(2000);
    b.save();
    a.follow();
    expect(a.statuses()).toEqual({ a: 'open', b: 'open', c: 'open', v: 'open' });
    a.act(tick('b'), 3000);
    a.act(tick('a'), 3001);
    a.save();
    b.follow();
    const leftAlone = b.undoLast(4000);
    b.save();
    a.follow();
    // `a` was ticked in A after the reset: left as it is and counted; `c` comes back; `b` stays.
    expect(leftAlone).toEqual(['a']);
    for (const tab of [a, b]) {
      expect(tab.statuses()).toEqual({ a: 'done', b: 'done', c: 'na', v: 'open' });
    }
    expect(stored(storage)['c']).toEqual({ status: 'na', reason: 'none' });
  });

  test('undo restores an item only while nobody has changed it since', () => {
    const storage = createMemoryStorage();
    const tab = new Tab(storage).open();
    tab.act(tick('a'), 1000);
    tab.act(tick('b'), 1000);
    tab.reset(2000);
    tab.act(tick('b'), 2500);
    expect(tab.undoLast(3000)).toEqual(['b']);
    expect(tab.statuses()).toMatchObject({ a: 'done', b: 'done' });
  });
});

describe('mergeProgress', () => {
  test('settles: merging the merge changes nothing and asks for no write', () => {
    const mine = { items: { a: { status: 'done' as const } }, changedAt: { a: 5 } };
    const theirs = { items: { b: { status: 'na' as const } }, changedAt: { b: 5, a: 1 } };
    const merged = mergeProgress(IDS, mine, theirs);
    expect(merged.items).toEqual({ a: { status: 'done' }, b: { status: 'na' } });
    const again = mergeProgress(IDS, merged, merged);
    expect(again.fromMine).toEqual([]);
    expect(again.fromTheirs).toEqual([]);
  });

  test('equal times pick the same copy whichever side is mine', () => {
    const x = { items: { a: { status: 'done' as const } }, changedAt: { a: 5 } };
    const y = { items: { a: { status: 'na' as const } }, changedAt: { a: 5 } };
    expect(mergeProgress(IDS, x, y).items).toEqual(mergeProgress(IDS, y, x).items);
  });

  test('records without change times (saved before they existed) lose to any timed change', () => {
    const storage = createMemoryStorage({
      [progressKey(model.id)]: JSON.stringify({
        format: 1,
        checklist: 'demo',
        contentVersion: '1',
        savedAt: '2026-11-30T09:12:00.000Z',
        items: { a: { status: 'done' }, b: { status: 'done' } },
      }),
    });
    const tab = new Tab(storage).open();
    expect(tab.statuses()).toMatchObject({ a: 'done', b: 'done' });
    tab.act(untick('a'), 1000);
    tab.save();
    expect(stored(storage)).toEqual({ b: { status: 'done' } });
  });
});

describe('the stored format', () => {
  test('a record in today’s format, written out literally, loads unchanged', () => {
    const literal =
      '{"format":1,"checklist":"demo","contentVersion":"1","savedAt":"2026-11-30T09:12:00.000Z","hideDone":true,"items":{' +
      '"a":{"text":"Do a","status":"done","changedAt":"2026-11-30T09:11:58.120Z"},' +
      '"b":{"text":"**B first**: then b","status":"na","reason":"No b here","changedAt":"2026-11-30T09:12:00.000Z"},' +
      '"c":{"text":"Do c","status":"open","note":"Ask ops"},' +
      '"v":{"text":"Check v","status":"open"}}}';
    const storage = createMemoryStorage({ [progressKey('demo')]: literal });
    const saved = readSavedProgress(storage, model);
    expect(saved?.items).toEqual({
      a: { status: 'done' },
      b: { status: 'na', reason: 'No b here' },
      c: { status: 'open', note: 'Ask ops' },
    });
    expect(saved?.changedAt).toEqual({
      a: Date.parse('2026-11-30T09:11:58.120Z'),
      b: Date.parse('2026-11-30T09:12:00.000Z'),
    });
    expect(saved?.hideDone).toBe(true);
    // Written back by today's code, it is the same record.
    const again = storedRecord(
      model,
      saved?.items ?? {},
      true,
      new Date('2026-11-30T09:12:00.000Z'),
      saved?.changedAt,
    );
    expect(JSON.stringify(again)).toBe(literal);
  });
});

describe('storage that refuses', () => {
  const mine = { items: { a: { status: 'done' as const } }, changedAt: { a: 1000 } };

  test('reads refused while writes work: nothing is written, and the refusal is named', () => {
    const data = createMemoryStorage();
    const readRefusing = {
      ...data,
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(mergeAndWrite(readRefusing, model, mine, false).outcome).toBe('read-refused');
    expect(data.data.size).toBe(0);
  });

  test('writes refused: named as refused', () => {
    expect(mergeAndWrite(readOnlyStorage(), model, mine, false).outcome).toBe('refused');
    expect(mergeAndWrite(undefined, model, mine, false).outcome).toBe('refused');
  });
});
