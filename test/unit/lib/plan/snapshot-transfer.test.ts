// Plan snapshots travel in the JSON progress files of both the plan page and a checklist's own
// page: out with every snapshot saved here, back in added to this browser's store, never replacing
// one; files written before snapshots existed still import (as progress, with no snapshots).
import { describe, expect, test } from 'vitest';
import { readProgressFile } from '../../../../src/lib/checklist/json-file.ts';
import { buildPlan, type PlanInput } from '../../../../src/lib/plan/plan.ts';
import {
  progressFileWithSnapshots,
  SNAPSHOTS_FIELD,
} from '../../../../src/lib/plan/progress-file.ts';
import { snapshotOf } from '../../../../src/lib/plan/snapshot.ts';
import { SNAPSHOTS_KEY, writeSnapshotStore } from '../../../../src/lib/plan/snapshot-storage.ts';
import { importSnapshots, snapshotsToExport } from '../../../../src/lib/plan/snapshot-transfer.ts';
import { answersAt, realPlanModel } from '../../../fixtures/plan-model.ts';
import {
  createMemoryStorage,
  readOnlyStorage,
  throwingStorage,
} from '../checklist/memory-storage.ts';

const model = realPlanModel();
const [first] = model.stages;
const checklist = first?.migration?.checklist;
const [item] = checklist?.sections[0]?.items ?? [];
if (first === undefined || checklist === undefined || item === undefined) {
  throw new Error('content lacks a first migration with items');
}
const input: PlanInput = { answers: answersAt(model, first.id, first.id), start: '2026-11-02' };
const now = new Date('2026-11-20T08:00:00Z');

function snap(day: number, progress = {}) {
  const plan = buildPlan(model, input, progress, { year: 2026, month: 11, day });
  if (plan === undefined) throw new Error('no plan');
  const iso = `2026-11-${String(day).padStart(2, '0')}`;
  return snapshotOf(plan, input, progress, new Date(`${iso}T12:00:00Z`), iso);
}

/** A progress file as the site wrote it before snapshots travelled in it (format 1). */
const OLD_FILE = JSON.stringify({
  format: 'infrastructure-lifecycle-guide/checklist-progress',
  formatVersion: 1,
  checklist: checklist.id,
  title: checklist.title,
  contentVersion: checklist.contentVersion,
  exportedAt: '2026-11-01T09:12:00.000Z',
  source: `https://example.org/checklists/${checklist.id}/`,
  items: { [item.id]: { text: item.text, status: 'done' } },
});

describe('a progress file written here carries every snapshot saved here', () => {
  test('the snapshots that read, oldest first; none when storage is refused', () => {
    const storage = createMemoryStorage();
    const [a, b] = [snap(3), snap(9)];
    writeSnapshotStore(storage, [a, b]);
    expect(snapshotsToExport(storage)).toEqual([a, b]);
    expect(snapshotsToExport(undefined)).toEqual([]);
    expect(snapshotsToExport(throwingStorage)).toEqual([]);
  });

  test('the file still imports as progress on a checklist page', () => {
    const storage = createMemoryStorage();
    writeSnapshotStore(storage, [snap(3)]);
    const progress = { [item.id]: { status: 'done' as const } };
    const text = progressFileWithSnapshots(checklist, progress, snapshotsToExport(storage), {
      now,
    });
    expect((JSON.parse(text) as Record<string, unknown>)[SNAPSHOTS_FIELD]).toHaveLength(1);
    const read = readProgressFile(text, checklist.id);
    expect(read.ok && read.snapshot.items[item.id]?.status).toBe('done');
  });
});

describe('importing a progress file adds its snapshots to this browser', () => {
  const [a, b] = [snap(3), snap(9)];
  const fileWith = (snapshots: ReturnType<typeof snap>[]) =>
    progressFileWithSnapshots(checklist, {}, snapshots, { now });

  test('only those this browser lacks, keeping its own', () => {
    const storage = createMemoryStorage();
    writeSnapshotStore(storage, [a]);
    expect(importSnapshots(storage, fileWith([a, b]), checklist.id, now)).toEqual({
      kind: 'added',
      added: 1,
      keptAside: undefined,
    });
    expect(snapshotsToExport(storage)).toEqual([a, b]);
    expect(importSnapshots(storage, fileWith([a, b]), checklist.id, now)).toEqual({
      kind: 'none',
    });
  });

  test('a file made before snapshots travelled imports as progress and adds none', () => {
    const storage = createMemoryStorage();
    writeSnapshotStore(storage, [a]);
    const before = storage.getItem(SNAPSHOTS_KEY);
    const read = readProgressFile(OLD_FILE, checklist.id);
    expect(read.ok && read.snapshot.items[item.id]?.status).toBe('done');
    expect(importSnapshots(storage, OLD_FILE, checklist.id, now)).toEqual({ kind: 'none' });
    expect(storage.getItem(SNAPSHOTS_KEY)).toBe(before);
  });

  test('an unreadable store is moved aside untouched before the file’s snapshots are saved', () => {
    const storage = createMemoryStorage({ [SNAPSHOTS_KEY]: '[{"broken"' });
    const result = importSnapshots(storage, fileWith([b]), checklist.id, now);
    expect(result).toEqual({
      kind: 'added',
      added: 1,
      keptAside: `${SNAPSHOTS_KEY}:unreadable:${now.toISOString()}`,
    });
    expect(storage.getItem(`${SNAPSHOTS_KEY}:unreadable:${now.toISOString()}`)).toBe('[{"broken"');
    expect(snapshotsToExport(storage)).toEqual([b]);
  });

  test('storage that refuses is told, and what it held is not written over', () => {
    expect(importSnapshots(throwingStorage, fileWith([b]), checklist.id, now)).toEqual({
      kind: 'not-saved',
      added: 1,
    });
    const readOnly = readOnlyStorage({ [SNAPSHOTS_KEY]: 'not json' });
    expect(importSnapshots(readOnly, fileWith([b]), checklist.id, now)).toEqual({
      kind: 'not-saved',
      added: 1,
    });
    expect(readOnly.getItem(SNAPSHOTS_KEY)).toBe('not json');
  });

  test('a file that is not the site’s progress file adds nothing', () => {
    const storage = createMemoryStorage();
    expect(importSnapshots(storage, '{"planSnapshots":[]}', checklist.id, now)).toEqual({
      kind: 'none',
    });
    expect(importSnapshots(storage, 'not json', checklist.id, now)).toEqual({ kind: 'none' });
    expect(storage.data.size).toBe(0);
  });
});
