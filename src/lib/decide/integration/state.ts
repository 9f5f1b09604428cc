import { chooseStage, NO_STAGE, restoredStage, type StageChoice } from '../stage-choice.ts';

/** The state of "When must I integrate?": the stage and the start date as "YYYY-MM-DD". */
export interface IntegrateToolState {
  stage: StageChoice;
  /** "YYYY-MM-DD", or "" when there is none (a link may bring a day the calendar lacks). */
  start: string;
  /** The date field holds something that is not a whole, real date (known once the reader leaves it). */
  startUnreadable: boolean;
}

/** The state before anything is chosen. */
export const INITIAL_INTEGRATE_STATE: IntegrateToolState = {
  stage: NO_STAGE,
  start: '',
  startUnreadable: false,
};

/** What the reader, the link or the quiz did. */
export type IntegrateToolAction =
  | { type: 'stage-picked'; stage: string }
  | { type: 'stage-assessed'; stage: string }
  /** The date field changed; `value` is "" while it holds no whole date. */
  | { type: 'start-changed'; value: string }
  /** The reader left the date field; `unreadable` when it holds text that is not a date. */
  | { type: 'start-left'; unreadable: boolean }
  | { type: 'link-read'; stage: string | undefined; start: string | undefined }
  /** Back or forward reached an address: what it does not name is cleared, not kept. */
  | { type: 'link-restored'; stage: string | undefined; start: string | undefined };

/** The next state. */
export function integrateToolReducer(
  state: IntegrateToolState,
  action: IntegrateToolAction,
): IntegrateToolState {
  switch (action.type) {
    case 'stage-picked':
      return { ...state, stage: chooseStage(state.stage, 'reader', action.stage) };
    case 'stage-assessed':
      return { ...state, stage: chooseStage(state.stage, 'quiz', action.stage) };
    case 'start-changed':
      return { ...state, start: action.value, startUnreadable: false };
    case 'start-left':
      return { ...state, startUnreadable: action.unreadable && state.start === '' };
    case 'link-read':
      return {
        stage:
          action.stage === undefined ? state.stage : chooseStage(state.stage, 'link', action.stage),
        start: action.start ?? state.start,
        startUnreadable: false,
      };
    case 'link-restored':
      return {
        stage: restoredStage(state.stage, action.stage),
        start: action.start ?? '',
        startUnreadable: false,
      };
    default:
      return action satisfies never;
  }
}
