// The checklist's one reducer, played the way the island plays it: what was read (storage, a
// link, a file, another tab) and what the reader did, and what the reader then sees and hears.
import { describe, expect, test } from 'vitest';
import { toProgressFile, readProgressFile } from '../../../../src/lib/checklist/json-file.ts';
import { readShareFragment, shareFragment } from '../../../../src/lib/checklist/share.ts';
import type { ChecklistAction, Progress } from '../../../../src/lib/checklist/state.ts';
import { parseStoredRecord, storedRecord } from '../../../../src/lib/checklist/storage.ts';
import type { ReadResult } from '../../../../src/lib/checklist/storage.ts';
import { checklistStrings } from '../../../../src/lib/checklist/strings.ts';
import {
  checklistViewReducer,
  initialView,
  type ChecklistView,
  type ChecklistViewAction,
} from '../../../../src/lib/checklist/view-state.ts';
import { demoModel } from './fixtures.ts';

const model = demoModel();
const a = checklistStrings.announce;
const n = checklistStrings.notices;
const NOW = new Date('2026-11-30T09:12:00.000Z');

function play(...actions: ChecklistViewAction[]): ChecklistView {
  return actions.reduce(checklistViewReducer, initialView(model));
}
function then(view: ChecklistView, ...actions: ChecklistViewAction[]): ChecklistView {
  return actions.reduce(checklistViewReducer, view);
}
const acted = (action: ChecklistAction, at = 1000): ChecklistViewAction => ({
  type: 'acted',
  action,
  at,
});
const tick = (id: string, done = true, at = 1000) => acted({ type: 'item-ticked', id, done }, at);

/** What storage would hand over for this progress. */
function stored(items: Progress, hideDone = false, m = model): ReadResult {
  const record = parseStoredRecord(storedRecord(m, items, hideDone, NOW), model.id);
  if (!record.ok) throw new Error(record.problem);
  return { kind: 'loaded', stored: record.stored };
}
const read = (result: ReadResult, works = true, asideKey?: string): ChecklistViewAction => ({
  type: 'storage-read',
  result,
  works,
  asideKey,
});
const kinds = (view: ChecklistView) => view.notices.map((notice) => notice.kind);

describe('item changes', () => {
  test('a tick is kept, asks for a save and is announced with its phase and total counts', () => {
    const view = play(read({ kind: 'empty' }), tick('a'));
    expect(view.progress.items).toEqual({ a: { status: 'done' } });
    expect(view.saveRequests).toBe(1);
    expect(view.announcement).toBe(
      [a.ticked('Do a'), a.section('Week 1: One', 1, 2), a.total(1, 4)].join(' '),
    );
  });

  test('unticking, N/A and clearing N/A are announced; a note is saved but not announced', () => {
    let view = play(tick('a'), tick('a', false));
    expect(view.announcement.startsWith(a.unticked('Do a'))).toBe(true);
    view = then(view, acted({ type: 'item-marked-not-applicable', id: 'c', reason: 'No c' }));
    expect(view.announcement.startsWith(a.markedNotApplicable('Do c'))).toBe(true);
    expect(view.announcement.endsWith(a.total(0, 3))).toBe(true);
    const before = view.announcement;
    view = then(view, acted({ type: 'note-changed', id: 'a', note: 'later' }));
    expect(view.announcement).toBe(before);
    expect(view.saveRequests).toBe(4);
    view = then(view, acted({ type: 'not-applicable-cleared', id: 'c' }));
    expect(view.announcement.startsWith(a.clearedNotApplicable('Do c'))).toBe(true);
  });

  test('a new reason for an item already N/A changes nothing said', () => {
    const view = play(acted({ type: 'item-marked-not-applicable', id: 'c', reason: 'one' }));
    const again = then(view, acted({ type: 'item-marked-not-applicable', id: 'c', reason: 'two' }));
    expect(again.progress.items['c']).toEqual({ status: 'na', reason: 'two' });
    expect(again.announcement).toBe(view.announcement);
  });

  test('a bold item is announced in plain words', () => {
    expect(play(tick('b')).announcement.startsWith(a.ticked('B first: then b'))).toBe(true);
  });
});

describe('reset and undo', () => {
  const ticked = () => play(read(stored({ a: { status: 'done' }, c: { status: 'done' } })));

  test('reset opens every item, offers undo and says so; undo brings the progress back', () => {
    const reset = then(ticked(), acted({ type: 'progress-reset' }, 2000));
    expect(reset.progress.items).toEqual({});
    expect(reset.undo?.kind).toBe('reset');
    expect(reset.announcement).toBe(a.reset);
    const undone = then(reset, { type: 'undone', at: 3000 });
    expect(undone.progress.items).toEqual({ a: { status: 'done' }, c: { status: 'done' } });
    expect(undone.undo).toBeUndefined();
    expect(undone.announcement).toBe(a.undone);
    expect(undone.saveRequests).toBe(2);
  });

  test("a reset's undo ends at the reader's next change", () => {
    const view = then(ticked(), acted({ type: 'progress-reset' }, 2000), tick('v', true, 2500));
    expect(view.undo).toBeUndefined();
    expect(then(view, { type: 'undone', at: 3000 })).toBe(view);
  });

  test('undo leaves alone an item another tab changed since, and says how many', () => {
    const reset = then(ticked(), acted({ type: 'progress-reset' }, 2000));
    const view = then(
      reset,
      { type: 'merged', theirs: { items: { a: { status: 'na' } }, changedAt: { a: 2500 } } },
      { type: 'undone', at: 3000 },
    );
    expect(view.progress.items).toEqual({ a: { status: 'na' }, c: { status: 'done' } });
    expect(view.announcement).toBe(a.undonePartly(1));
  });
});

describe('hide done', () => {
  test('hides the items finished when asked, and says how many', () => {
    const view = then(play(tick('a'), tick('c')), { type: 'hide-done-set', hide: true });
    expect([...view.hiddenIds].sort()).toEqual(['a', 'c']);
    expect(view.hideDone).toBe(true);
    expect(view.announcement).toBe(a.hiding(2));
    expect(view.saveRequests).toBe(3);
  });

  test('an item no longer finished comes back; one finished later stays in view', () => {
    const hidden = then(play(tick('a'), tick('c')), { type: 'hide-done-set', hide: true });
    const view = then(hidden, tick('a', false), tick('v'));
    expect([...view.hiddenIds]).toEqual(['c']);
  });

  test('showing every item again', () => {
    const view = then(play(tick('a')), { type: 'hide-done-set', hide: true });
    const shown = then(view, { type: 'hide-done-set', hide: false });
    expect(shown.hiddenIds.size).toBe(0);
    expect(shown.announcement).toBe(a.showing);
  });

  test('saved with the progress, it hides the finished items at load', () => {
    const view = play(read(stored({ a: { status: 'done' }, b: { status: 'na' } }, true)));
    expect(view.hideDone).toBe(true);
    expect([...view.hiddenIds].sort()).toEqual(['a', 'b']);
  });
});

describe('loading stored progress', () => {
  test('loads without asking for a save and without notices', () => {
    const view = play(read(stored({ a: { status: 'done' } })));
    expect(view.loaded).toBe(true);
    expect(view.progress.items).toEqual({ a: { status: 'done' } });
    expect(view.saveRequests).toBe(0);
    expect(view.notices).toEqual([]);
  });

  test('unreadable data is reported with the key it was kept under', () => {
    const view = play(read({ kind: 'unreadable', raw: '{', problem: 'p' }, true, 'kept'));
    expect(view.notices).toEqual([{ kind: 'unreadable', problem: 'p', key: 'kept', raw: '{' }]);
  });

  test('storage that refuses writing, or only reading, is reported once', () => {
    expect(play(read({ kind: 'empty' }, false)).notices).toEqual([
      { kind: 'unavailable', how: 'write' },
    ]);
    const refused: ReadResult = { kind: 'unavailable', problem: 'read-refused' };
    expect(play(read(refused, true)).notices).toEqual([{ kind: 'unavailable', how: 'read' }]);
    expect(play(read(refused, false)).notices).toEqual([{ kind: 'unavailable', how: 'write' }]);
  });

  test('a content change is told; dismissing it accepts and saves the fitted progress', () => {
    const older = demoModel({
      sections: [{ id: 's', heading: 'S', items: [{ id: 'gone', text: 'Gone' }] }],
    });
    const view = play(read(stored({ gone: { status: 'done' } }, false, older)));
    expect(kinds(view)).toEqual(['changed']);
    const dismissed = then(view, { type: 'notice-dismissed', kind: 'changed' });
    expect(dismissed.notices).toEqual([]);
    expect(dismissed.saveRequests).toBe(1);
  });

  test("another tab's newer items are taken without a save", () => {
    const view = play(read({ kind: 'empty' }), {
      type: 'merged',
      theirs: { items: { v: { status: 'done' } }, changedAt: { v: 5 } },
    });
    expect(view.progress.items).toEqual({ v: { status: 'done' } });
    expect(view.saveRequests).toBe(0);
  });
});

describe('a shared link', () => {
  const shared = readShareFragment(shareFragment(model, { c: { status: 'done' } }), [model.id]);
  if (shared === undefined) throw new Error('the fragment was not read back');
  const offered = () =>
    play(read(stored({ a: { status: 'done' } })), {
      type: 'share-link-read',
      shared,
    });

  test('is offered, not loaded', () => {
    const view = offered();
    expect(kinds(view)).toEqual(['share']);
    expect(view.progress.items).toEqual({ a: { status: 'done' } });
  });

  test('accepted, it replaces the progress, says so and can be undone until dismissed', () => {
    const view = then(offered(), { type: 'share-accepted', at: 2000 });
    expect(view.progress.items).toEqual({ c: { status: 'done' } });
    expect(kinds(view)).toEqual(['loaded']);
    expect(view.undo?.kind).toBe('load');
    expect(view.announcement).toBe(n.shareLoaded);
    expect(then(view, { type: 'notice-dismissed', kind: 'loaded' }).undo).toBeUndefined();
    const undone = then(view, { type: 'undone', at: 3000 });
    expect(undone.progress.items).toEqual({ a: { status: 'done' } });
    expect(undone.notices).toEqual([]);
  });

  test('accepted twice, it shows one "loaded" notice', () => {
    const view = then(
      offered(),
      { type: 'share-accepted', at: 2000 },
      { type: 'share-link-read', shared },
      { type: 'share-accepted', at: 3000 },
    );
    expect(kinds(view)).toEqual(['loaded']);
  });

  test('without an offer, accepting changes nothing', () => {
    const view = play(read({ kind: 'empty' }));
    expect(then(view, { type: 'share-accepted', at: 2000 })).toBe(view);
  });
});

describe('importing a file', () => {
  const text = toProgressFile(
    model,
    { a: { status: 'done' }, v: { status: 'done' } },
    { now: NOW },
  );

  test('loads it, tells how many are done and offers undo', () => {
    const view = play(read({ kind: 'empty' }), {
      type: 'file-read',
      file: 'p.json',
      read: readProgressFile(text, model.id),
      at: 2000,
    });
    expect(view.progress.items).toEqual({ a: { status: 'done' }, v: { status: 'done' } });
    expect(view.notices).toEqual([
      { kind: 'imported', file: 'p.json', done: 2, changes: undefined },
    ]);
    expect(view.undo?.kind).toBe('load');
    expect(view.announcement).toBe(n.imported('p.json', 2));
  });

  test("another checklist's file is refused, naming it, and nothing changes", () => {
    const other = text.replace('"checklist": "demo"', '"checklist": "other"');
    const before = play(tick('c'));
    const view = then(before, {
      type: 'file-read',
      file: 'o.json',
      read: readProgressFile(other, model.id),
      at: 2000,
    });
    expect(view.notices).toEqual([
      { kind: 'import-failed', file: 'o.json', problem: n.importOther(model.title) },
    ]);
    expect(view.progress).toBe(before.progress);
    expect(view.announcement).toBe(before.announcement);
  });
});

test('a message from the tools is announced as given', () => {
  expect(play({ type: 'announced', text: 'Copied.' }).announcement).toBe('Copied.');
});

test('storage that stops working is told', () => {
  const view = play(
    { type: 'storage-refused', how: 'write' },
    { type: 'storage-refused', how: 'write' },
  );
  expect(view.notices).toEqual([{ kind: 'unavailable', how: 'write' }]);
});
