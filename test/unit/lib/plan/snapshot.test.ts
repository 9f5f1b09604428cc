import { describe, expect, test } from 'vitest';
import { readProgressFile } from '../../../../src/lib/checklist/json-file.ts';
import { toProgressFile } from '../../../../src/lib/checklist/json-file.ts';
import type { StorageLike } from '../../../../src/lib/checklist/storage.ts';
import { buildPlan, type PlanInput } from '../../../../src/lib/plan/plan.ts';
import {
  progressFileWithSnapshots,
  snapshotsFromFile,
} from '../../../../src/lib/plan/progress-file.ts';
import { diffSnapshots, snapshotOf } from '../../../../src/lib/plan/snapshot.ts';
import { isSnapshot, mergeSnapshots } from '../../../../src/lib/plan/snapshot-codec.ts';
import {
  addToSnapshotStore,
  keepSnapshotsAside,
  readSnapshotStore,
  SNAPSHOTS_KEY,
  writeSnapshotStore,
} from '../../../../src/lib/plan/snapshot-storage.ts';
import { answersAt, realPlanModel } from '../../../fixtures/plan-model.ts';

const model = realPlanModel();
const [first, second] = model.stages;
const checklist = first?.migration?.checklist;
if (first === undefined || second === undefined || checklist === undefined) {
  throw new Error('content lacks a first migration');
}
const answers = answersAt(model, first.id, first.id);
const input: PlanInput = { answers, start: '2026-11-02' };
const [phase1, phase2] = checklist.sections;
const done = (ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, { status: 'done' as const }]));

function snap(progress: ReturnType<typeof done>, day: number, over: Partial<PlanInput> = {}) {
  const today = { year: 2026, month: 11, day };
  const i = { ...input, ...over };
  const plan = buildPlan(model, i, progress, today);
  if (plan === undefined) throw new Error('no plan');
  const iso = `2026-11-${String(day).padStart(2, '0')}`;
  return snapshotOf(plan, i, progress, new Date(`${iso}T12:00:00Z`), iso);
}

const week1 = (phase1?.items ?? []).map((i) => i.id);
const firstOfWeek2 = phase2?.items[0]?.id ?? '';

describe('snapshot diff', () => {
  const before = snap({}, 3);
  const after = snap(done([...week1, firstOfWeek2]), 20);
  const diff = diffSnapshots(after, before);

  test('items ticked since, and the counts', () => {
    expect(diff.ticked.map((i) => i.id)).toEqual([...week1, firstOfWeek2]);
    expect(diff.reopened).toEqual([]);
    expect(diff.counts).toEqual({ from: 0, to: week1.length + 1, total: before.checklist?.total });
  });

  test('deadlines that fell between them: met when the phase was finished, missed when not', () => {
    const labels = diff.deadlines.map((d) => [d.label, d.met]);
    expect(labels).toContainEqual([phase1?.heading, true]);
    expect(labels).toContainEqual([phase2?.heading, false]);
    for (const d of diff.deadlines) expect(d.date > before.date && d.date <= after.date).toBe(true);
  });

  test('gaps closed by the checklist show as closed; the stage is unchanged', () => {
    const closedIds = new Set(before.gaps.map((g) => g.id));
    for (const g of after.gaps) expect(closedIds.has(g.id)).toBe(true);
    expect(diff.gapsClosed.length).toBe(before.gaps.length - after.gaps.length);
    expect(diff.gapsOpened).toEqual([]);
    expect(diff.stage.changed).toBe(false);
  });

  test('a stage change names both stages and misses nothing it met', () => {
    const moved = snap({}, 30, {
      answers: answersAt(model, second.id, second.id),
    });
    const d = diffSnapshots(before, moved);
    expect(d.stage).toEqual({ from: first.shortName, to: second.shortName, changed: true });
    const deadline = d.deadlines.find((x) => x.label === first.shortName);
    expect(deadline?.met).toBe(true);
  });

  test('a snapshot survives JSON and the codec', () => {
    expect(isSnapshot(JSON.parse(JSON.stringify(after)))).toBe(true);
    expect(isSnapshot({ ...after, gaps: 'none' })).toBe(false);
  });
});

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  refuse = false;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuse) throw new Error('QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

describe('snapshot storage', () => {
  const one = snap({}, 3);
  test('write and read back', () => {
    const s = new MemoryStorage();
    expect(writeSnapshotStore(s, [one])).toBe(true);
    expect(readSnapshotStore(s)).toEqual({ kind: 'loaded', snapshots: [one] });
  });
  test('an unreadable value is reported and moved aside untouched', () => {
    const s = new MemoryStorage();
    s.setItem(SNAPSHOTS_KEY, '[{"id":1}');
    const read = readSnapshotStore(s);
    expect(read.kind).toBe('unreadable');
    const key = keepSnapshotsAside(s, '[{"id":1}', new Date('2026-11-20T00:00:00Z'));
    expect(key).toMatch(/:unreadable:2026-11-20T/);
    expect(s.getItem(key ?? '')).toBe('[{"id":1}');
    expect(s.getItem(SNAPSHOTS_KEY)).toBeNull();
  });
  test('a refusing storage is told, not thrown', () => {
    const s = new MemoryStorage();
    s.refuse = true;
    expect(writeSnapshotStore(s, [one])).toBe(false);
    expect(keepSnapshotsAside(s, 'x', new Date())).toBeUndefined();
    expect(readSnapshotStore(undefined)).toEqual({ kind: 'unavailable' });
  });
  test('a snapshot is added to what is stored now, keeping those another tab saved since', () => {
    const s = new MemoryStorage();
    const two = snap({}, 5);
    const three = snap({}, 7);
    // This page read [one]; another tab (or a checklist page's import) stored [one, two] since.
    writeSnapshotStore(s, [one, two]);
    const result = addToSnapshotStore(s, [one], [three]);
    expect(result).toEqual({ snapshots: [one, two, three], added: 1, written: true });
    expect(readSnapshotStore(s)).toEqual({ kind: 'loaded', snapshots: [one, two, three] });
  });
  test('what the page shows is kept when the store lost it', () => {
    const s = new MemoryStorage();
    const two = snap({}, 5);
    expect(addToSnapshotStore(s, [one], [two]).snapshots).toEqual([one, two]);
    expect(readSnapshotStore(s)).toEqual({ kind: 'loaded', snapshots: [one, two] });
  });
  test('an unreadable store is never written over, and a refusing one is told', () => {
    const s = new MemoryStorage();
    s.setItem(SNAPSHOTS_KEY, 'not json');
    expect(addToSnapshotStore(s, [], [one])).toMatchObject({ added: 1, written: false });
    expect(s.getItem(SNAPSHOTS_KEY)).toBe('not json');
    const refusing = new MemoryStorage();
    refusing.refuse = true;
    expect(addToSnapshotStore(refusing, [], [one]).written).toBe(false);
    expect(addToSnapshotStore(undefined, [], [one]).written).toBe(false);
  });
  test('merging keeps one of each id, oldest first', () => {
    const two = snap({}, 5);
    expect(mergeSnapshots([two], [one, two])).toEqual({ snapshots: [one, two], added: 1 });
  });
});

describe('snapshots in the JSON progress file', () => {
  const one = snap(done(week1), 10);
  const progress = done(week1);
  const now = new Date('2026-11-20T00:00:00Z');
  test('travel in the file, which the checklist still imports', () => {
    const text = progressFileWithSnapshots(checklist, progress, [one], { now });
    expect(snapshotsFromFile(text, checklist.id)).toEqual({
      ok: true,
      snapshots: [one],
      rejected: 0,
    });
    const read = readProgressFile(text, checklist.id);
    expect(read.ok && Object.keys(read.snapshot.items)).toEqual(
      checklist.sections.flatMap((s) => s.items.map((i) => i.id)),
    );
  });
  test('an older file without the section imports as no snapshots', () => {
    const older = toProgressFile(checklist, progress, { now });
    expect(snapshotsFromFile(older, checklist.id)).toEqual({
      ok: true,
      snapshots: [],
      rejected: 0,
    });
  });
  test('a file that is not a progress file is refused in words', () => {
    const read = snapshotsFromFile('{"hello":1}', checklist.id);
    expect(read.ok).toBe(false);
  });
});
