/**
 * The checks every saved form of a checklist's progress shares, the stored record (storage.ts)
 * and the progress file (json-file.ts): a JSON object of the right kind, naming this checklist,
 * with a content version and an `items` map (items-codec.ts). Each form says what differs: how it
 * names its kind, what it says about another checklist's data, and its own extra fields.
 */
import {
  CHECKLIST_ID,
  CONTENT_VERSION,
  isRecord,
  parseSavedItems,
  type Shortened,
} from './items-codec.ts';
import type { ProgressSnapshot } from './reconcile.ts';
import * as savedRecordStrings from './record-strings.ts';

/** A problem, in words, for the notice the reader sees. */
export interface RecordProblem {
  readonly ok: false;
  readonly problem: string;
}

/** What one saved form checks beyond what all of them share. */
export interface RecordRules<Fields, Problem extends RecordProblem> {
  /** The problem when the value is not a JSON object. */
  readonly notAnObject: string;
  /** The problem when the object is not of this form (its format marks), if any. */
  format(record: Readonly<Record<string, unknown>>): string | undefined;
  /** The problem when the record names another checklist, `checklist`. */
  otherChecklist(checklist: string, record: Readonly<Record<string, unknown>>): Problem;
  /** The form's own fields, checked after the content version and before the items. */
  fields(record: Readonly<Record<string, unknown>>): Fields | RecordProblem;
}

/** A record that passed every check: its items as a snapshot, and the form's own fields. */
export interface ParsedRecord<Fields> {
  readonly ok: true;
  readonly snapshot: ProgressSnapshot;
  readonly fields: Fields;
  /** Texts over their limits that were cut to fit; undefined when none. */
  readonly shortened: Shortened | undefined;
}

function isProblem(value: unknown): value is RecordProblem {
  return isRecord(value) && value['ok'] === false;
}

/**
 * Checks a parsed JSON value as saved progress of `checklistId`, in this order: an object, of this
 * form, naming a valid checklist id, this checklist, a valid content version, the form's own
 * fields, then the items. The first problem found is returned.
 */
export function parseProgressRecord<Fields, Problem extends RecordProblem>(
  value: unknown,
  checklistId: string,
  rules: RecordRules<Fields, Problem>,
): ParsedRecord<Fields> | Problem | RecordProblem {
  if (!isRecord(value)) return { ok: false, problem: rules.notAnObject };
  const format = rules.format(value);
  if (format !== undefined) return { ok: false, problem: format };
  const { checklist, contentVersion } = value;
  if (typeof checklist !== 'string' || !CHECKLIST_ID.test(checklist)) {
    return { ok: false, problem: savedRecordStrings.noChecklist };
  }
  if (checklist !== checklistId) return rules.otherChecklist(checklist, value);
  if (typeof contentVersion !== 'string' || !CONTENT_VERSION.test(contentVersion)) {
    return { ok: false, problem: savedRecordStrings.noContentVersion };
  }
  const fields = rules.fields(value);
  if (isProblem(fields)) return fields;
  const items = parseSavedItems(value['items']);
  if (!items.ok) return items;
  return {
    ok: true,
    snapshot: { checklistId, contentVersion, items: items.value, complete: true },
    fields,
    shortened: items.shortened,
  };
}
