import { useEffect } from 'react';
import {
  ASSESSED_STAGE_ATTRIBUTE,
  assessedStage,
  STAGE_ASSESSED_EVENT,
} from '../../lib/decide/events.ts';

/**
 * Calls `onStage` with the quiz's result: the one it already shows (mirrored on the quiz's root
 * element, for when this island hydrates after the quiz announced it), then every new one.
 * `onStage` must be stable.
 */
export function useAssessedStage(
  stageIds: readonly string[],
  onStage: (stage: string) => void,
): void {
  useEffect(() => {
    const earlier = assessedStage(
      {
        stage: document
          .querySelector(`[${ASSESSED_STAGE_ATTRIBUTE}]`)
          ?.getAttribute(ASSESSED_STAGE_ATTRIBUTE),
      },
      stageIds,
    );
    if (earlier !== undefined) onStage(earlier);
    const listener = (event: Event) => {
      const stage = assessedStage((event as CustomEvent<unknown>).detail, stageIds);
      if (stage !== undefined) onStage(stage);
    };
    window.addEventListener(STAGE_ASSESSED_EVENT, listener);
    return () => window.removeEventListener(STAGE_ASSESSED_EVENT, listener);
  }, [stageIds, onStage]);
}
