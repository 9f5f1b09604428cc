import type { IgnoredParam } from '../url-state.ts';
import { assess, type Result } from './assess.ts';
import type { QuizModel } from './model.ts';
import type { RenamedAnswer } from './url.ts';

/** What the quiz island holds; everything it shows is derived from this by `quizView`. */
export interface QuizState {
  /** Answer ids by question id (the time question included). */
  answers: Record<string, string>;
  /** Whether the reader asked for a result before answering every required question. */
  requested: boolean;
  /** The parts of the opened link that could not be used, for the visible note. */
  ignored: IgnoredParam[];
  /** The opened link's answers that carried a former id, for the visible note. */
  renamed: RenamedAnswer[];
}

/** One reader interaction, named for what happened. */
export type QuizAction =
  | { type: 'answer-chosen'; questionId: string; answerId: string }
  | { type: 'result-requested' }
  | { type: 'started-over' }
  | {
      type: 'link-opened';
      answers: Record<string, string>;
      ignored: IgnoredParam[];
      renamed?: RenamedAnswer[];
    };

export const initialQuizState: QuizState = {
  answers: {},
  requested: false,
  ignored: [],
  renamed: [],
};

function isAnswer(model: QuizModel, questionId: string, answerId: string): boolean {
  const question = model.questions.find((q) => q.id === questionId);
  if (question) return question.answers.some((a) => a.id === answerId);
  const time = model.timeQuestion;
  return time?.id === questionId && time.options.some((o) => o.id === answerId);
}

/** The quiz's reducer: total and pure; an unknown question or answer id changes nothing. */
export function reduceQuiz(model: QuizModel, state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'answer-chosen':
      if (!isAnswer(model, action.questionId, action.answerId)) return state;
      if (state.answers[action.questionId] === action.answerId) return state;
      return { ...state, answers: { ...state.answers, [action.questionId]: action.answerId } };
    case 'result-requested':
      return state.requested ? state : { ...state, requested: true };
    case 'started-over':
      return initialQuizState;
    case 'link-opened': {
      const answers = Object.fromEntries(
        Object.entries(action.answers).filter(([q, a]) => isAnswer(model, q, a)),
      );
      // A link that carries answers asks for their result, complete or not.
      const requested = model.questions.some((q) => answers[q.id] !== undefined);
      return { answers, requested, ignored: action.ignored, renamed: action.renamed ?? [] };
    }
    default:
      return action satisfies never;
  }
}

/** What the result area shows. */
export type QuizView =
  /** Nothing yet: the reader is still answering. */
  | { kind: 'waiting' }
  /** The reader asked for a result without answering any stage question. */
  | { kind: 'needs-answers' }
  | { kind: 'result'; result: Result };

/**
 * The result appears by itself once every required question is answered; before that, only when
 * the reader asks for it (or a link carried answers), and then it is provisional.
 */
export function quizView(model: QuizModel, state: QuizState): QuizView {
  const assessment = assess(model, state.answers);
  if (assessment.status === 'empty')
    return state.requested ? { kind: 'needs-answers' } : { kind: 'waiting' };
  if (assessment.status === 'complete' || state.requested)
    return { kind: 'result', result: assessment };
  return { kind: 'waiting' };
}
