/**
 * Where a topic sits in the lifecycle and in the handbook: the first stage that asks for it, the
 * index's groups by stage and by kind, and the handbook's reading order (kinds in the order of
 * TOPIC_KINDS, each kind's topics by first stage, then by title).
 */
import { TOPIC_KINDS, type TopicKind } from '../../schemas/topics.ts';
import type { TopicNeedRow } from '../topic-needs.ts';
import type { TopicRequirement } from './topic-for.ts';

/** A topic as ordering needs it. */
export interface PlacedTopic {
  id: string;
  title: string;
  kind: TopicKind;
  /** The id of the first stage that asks for it, or undefined when no stage does. */
  firstStage: string | undefined;
}

/** Requirement levels that mean a stage asks for the topic (not "nice", "don't need" or "optional"). */
const ASKING_LEVELS: ReadonlySet<string> = new Set(['must', 'should']);

/**
 * The first stage, of `stageIds` in lifecycle order, that asks for a topic: its documentation
 * needs list it (other than "skip"), its Documentation by Stage names it, or a must-have or
 * should-have requirement leads to it.
 */
export function firstStage(
  stageIds: readonly string[],
  needs: readonly TopicNeedRow[],
  requirements: readonly TopicRequirement[],
): string | undefined {
  return stageIds.find(
    (stageId) =>
      needs.some(
        (row) =>
          row.stageId === stageId && (row.keyDoc || row.needs.some((n) => n.need !== 'skip')),
      ) || requirements.some((r) => r.stageId === stageId && ASKING_LEVELS.has(r.level)),
  );
}

function byStageThenTitle(stageIds: readonly string[]) {
  const rank = (t: PlacedTopic) =>
    t.firstStage === undefined ? stageIds.length : stageIds.indexOf(t.firstStage);
  return (a: PlacedTopic, b: PlacedTopic) => rank(a) - rank(b) || a.title.localeCompare(b.title);
}

/** The handbook's reading order: by kind, then first stage, then title. */
export function readingOrder<T extends PlacedTopic>(
  topics: readonly T[],
  stageIds: readonly string[],
): T[] {
  const within = byStageThenTitle(stageIds);
  return [...topics].sort(
    (a, b) => TOPIC_KINDS.indexOf(a.kind) - TOPIC_KINDS.indexOf(b.kind) || within(a, b),
  );
}

/** Topics grouped by kind, kinds in TOPIC_KINDS order, empty kinds left out. */
export function groupByKind<T extends PlacedTopic>(
  topics: readonly T[],
  stageIds: readonly string[],
): { kind: TopicKind; topics: T[] }[] {
  const within = byStageThenTitle(stageIds);
  return TOPIC_KINDS.map((kind) => ({
    kind,
    topics: topics.filter((t) => t.kind === kind).sort(within),
  })).filter((group) => group.topics.length > 0);
}

/**
 * Topics grouped by the first stage that asks for them, in lifecycle order, then one group
 * (stageId undefined) for topics no stage asks for. Empty groups are left out.
 */
export function groupByStage<T extends PlacedTopic>(
  topics: readonly T[],
  stageIds: readonly string[],
): { stageId: string | undefined; topics: T[] }[] {
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title);
  return [...stageIds, undefined]
    .map((stageId) => ({
      stageId,
      topics: topics.filter((t) => t.firstStage === stageId).sort(byTitle),
    }))
    .filter((group) => group.topics.length > 0);
}
