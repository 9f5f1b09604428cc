/**
 * The page event by which the stage quiz on /decide/ announces its result, so the decision tools
 * can preselect that stage. The quiz dispatches it on `window` with `detail: { stage }`, also when
 * it restores answers from a shared link. (The quiz exports its own copy of the name from
 * src/lib/quiz/; once both are merged, one constant will serve both.)
 */
export const STAGE_ASSESSED_EVENT = 'ilg:stage-assessed';

/**
 * The attribute on the root element where a small inline script keeps the latest assessed stage,
 * because the quiz may announce its result before the decision tools have hydrated.
 */
export const ASSESSED_STAGE_ATTRIBUTE = 'data-ilg-stage-assessed';

/** The stage an event's detail names, when it is one of `stageIds`; undefined otherwise. */
export function assessedStage(detail: unknown, stageIds: readonly string[]): string | undefined {
  if (typeof detail !== 'object' || detail === null || !('stage' in detail)) return undefined;
  const stage = detail.stage;
  return typeof stage === 'string' && stageIds.includes(stage) ? stage : undefined;
}
