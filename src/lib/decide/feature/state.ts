import type { FeatureSelection } from './answer.ts';
import { chooseStage, NO_STAGE, restoredStage, type StageChoice } from '../stage-choice.ts';

/** The state of "Should I add feature X?": what is picked, the words being typed, the stage. */
export interface FeatureToolState {
  selection: FeatureSelection;
  /** The "something else" field as the reader is typing it; looked up when submitted. */
  draft: string;
  stage: StageChoice;
}

/** The select's value for "something else" (not a kebab-case id, so never a feature's). */
export const OTHER_VALUE = '_other';

/** The state before anything is chosen. */
export const INITIAL_FEATURE_STATE: FeatureToolState = {
  selection: { kind: 'none' },
  draft: '',
  stage: NO_STAGE,
};

/** What the reader, the link or the quiz did. */
export type FeatureToolAction =
  /** The feature select changed: a feature id, OTHER_VALUE or "" for none. */
  | { type: 'feature-picked'; value: string }
  | { type: 'draft-edited'; text: string }
  | { type: 'draft-submitted' }
  | { type: 'stage-picked'; stage: string }
  | { type: 'stage-assessed'; stage: string }
  | { type: 'link-read'; selection: FeatureSelection | undefined; stage: string | undefined }
  /** Back or forward reached an address: what it does not name is cleared, not kept. */
  | { type: 'link-restored'; selection: FeatureSelection | undefined; stage: string | undefined };

/** The select's value for a selection. */
export function selectValue(selection: FeatureSelection): string {
  if (selection.kind === 'feature') return selection.id;
  return selection.kind === 'other' ? OTHER_VALUE : '';
}

/** The next state; unknown values are the island's to prevent, and are taken as they come. */
export function featureToolReducer(
  state: FeatureToolState,
  action: FeatureToolAction,
): FeatureToolState {
  switch (action.type) {
    case 'feature-picked': {
      if (action.value === OTHER_VALUE) {
        return { ...state, selection: { kind: 'other', text: state.draft.trim() } };
      }
      if (action.value === '') return { ...state, selection: { kind: 'none' } };
      return { ...state, selection: { kind: 'feature', id: action.value } };
    }
    case 'draft-edited':
      return { ...state, draft: action.text };
    case 'draft-submitted':
      return { ...state, selection: { kind: 'other', text: state.draft.trim() } };
    case 'stage-picked':
      return { ...state, stage: chooseStage(state.stage, 'reader', action.stage) };
    case 'stage-assessed':
      return { ...state, stage: chooseStage(state.stage, 'quiz', action.stage) };
    case 'link-read': {
      const selection = action.selection ?? state.selection;
      return {
        selection,
        draft: selection.kind === 'other' ? selection.text : state.draft,
        stage:
          action.stage === undefined ? state.stage : chooseStage(state.stage, 'link', action.stage),
      };
    }
    case 'link-restored': {
      const selection = action.selection ?? { kind: 'none' };
      return {
        selection,
        draft: selection.kind === 'other' ? selection.text : '',
        stage: restoredStage(state.stage, action.stage),
      };
    }
    default:
      return action satisfies never;
  }
}
