/**
 * The window event the quiz dispatches whenever it shows a result (complete or provisional),
 * including the result a shared link reproduces on load, so that other tools on /decide/ can
 * preselect the reader's stage. Listen with
 * `window.addEventListener(STAGE_ASSESSED_EVENT, (e) => e.detail.stage)`.
 */
export const STAGE_ASSESSED_EVENT = 'ilg:stage-assessed';

/** The event's `detail`: the result's stage id (a stage id from content/stages). */
export interface StageAssessedDetail {
  stage: string;
}

/** The detail for a result at `stage`. */
export function stageAssessedDetail(stage: string): StageAssessedDetail {
  return { stage };
}

/**
 * The same stage, mirrored as an attribute on the quiz's root element while a result is shown,
 * for a tool that hydrates after the event was dispatched:
 * `document.querySelector(`[${ASSESSED_STAGE_ATTRIBUTE}]`)?.getAttribute(ASSESSED_STAGE_ATTRIBUTE)`.
 */
export const ASSESSED_STAGE_ATTRIBUTE = 'data-assessed-stage';
