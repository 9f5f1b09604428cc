// The quiz owns the contract (src/lib/quiz/events.ts): the event it dispatches on `window` with
// `detail: { stage }`, and the attribute on its root element that mirrors the shown result for
// tools that hydrate after the event. The decision tools only listen.
export { ASSESSED_STAGE_ATTRIBUTE, STAGE_ASSESSED_EVENT } from '../quiz/events.ts';

/** The stage an event's detail names, when it is one of `stageIds`; undefined otherwise. */
export function assessedStage(detail: unknown, stageIds: readonly string[]): string | undefined {
  if (typeof detail !== 'object' || detail === null || !('stage' in detail)) return undefined;
  const stage = detail.stage;
  return typeof stage === 'string' && stageIds.includes(stage) ? stage : undefined;
}
