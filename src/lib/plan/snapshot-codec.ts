/**
 * Reading snapshots back from storage or a progress file, where anything may have been written.
 * Every field is checked; a snapshot that does not read is reported, never half-used.
 */
import type { Snapshot } from './snapshot.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const idText = (v: unknown) => isObj(v) && str(v['id'], 200) && str(v['text']);
const idName = (v: unknown) => isObj(v) && str(v['id'], 200) && str(v['name'], 200);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function stringRecord(v: unknown): v is Record<string, string> {
  return isObj(v) && Object.values(v).every((x) => str(x, 200));
}

function isChecklist(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isObj(v)) return false;
  const phases = v['phases'];
  const finished = v['finished'];
  return (
    str(v['id'], 200) &&
    str(v['title'], 300) &&
    Array.isArray(finished) &&
    finished.every(idText) &&
    num(v['done']) &&
    num(v['notApplicable']) &&
    num(v['total']) &&
    Array.isArray(phases) &&
    phases.every(
      (p) =>
        isObj(p) &&
        str(p['id'], 200) &&
        str(p['heading'], 300) &&
        str(p['due'], 10) &&
        DATE.test(p['due']) &&
        typeof p['finished'] === 'boolean',
    )
  );
}

/** Whether a parsed value is a snapshot this page can use. */
export function isSnapshot(v: unknown): v is Snapshot {
  if (!isObj(v)) return false;
  const input = v['input'];
  const deadline = v['deadline'];
  const gaps = v['gaps'];
  return (
    str(v['id'], 40) &&
    str(v['date'], 10) &&
    DATE.test(v['date']) &&
    isObj(input) &&
    stringRecord(input['answers']) &&
    (input['stage'] === undefined || str(input['stage'], 200)) &&
    str(input['start'], 40) &&
    idName(v['stage']) &&
    idName(v['target']) &&
    Array.isArray(gaps) &&
    gaps.every(idText) &&
    isChecklist(v['checklist']) &&
    (deadline === undefined ||
      (isObj(deadline) &&
        (deadline['kind'] === 'deadline' || deadline['kind'] === 'review') &&
        str(deadline['date'], 10)))
  );
}

/** Snapshots from a parsed value: the usable ones, and how many were not. */
export function readSnapshots(value: unknown): { snapshots: Snapshot[]; rejected: number } {
  if (!Array.isArray(value)) return { snapshots: [], rejected: value === undefined ? 0 : 1 };
  const snapshots = value.filter(isSnapshot);
  return { snapshots, rejected: value.length - snapshots.length };
}

/** Adds snapshots not already present (by id), oldest first. */
export function mergeSnapshots(
  current: readonly Snapshot[],
  incoming: readonly Snapshot[],
): { snapshots: Snapshot[]; added: number } {
  const known = new Set(current.map((s) => s.id));
  const fresh = incoming.filter((s) => !known.has(s.id) && known.add(s.id));
  return {
    snapshots: [...current, ...fresh].sort((a, b) => a.id.localeCompare(b.id)),
    added: fresh.length,
  };
}
