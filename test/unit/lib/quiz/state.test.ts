import { describe, expect, test } from 'vitest';
import { STAGE_ASSESSED_EVENT, stageAssessedDetail } from '../../../../src/lib/quiz/events.ts';
import {
  initialQuizState,
  type QuizAction,
  quizView,
  reduceQuiz,
} from '../../../../src/lib/quiz/state.ts';
import { answersAt, fixtureModel } from './model-fixture.ts';

const model = fixtureModel();
const run = (...actions: QuizAction[]) =>
  actions.reduce((state, action) => reduceQuiz(model, state, action), initialQuizState);

describe('reduceQuiz', () => {
  test('records a chosen answer, and a changed one', () => {
    const state = run(
      { type: 'answer-chosen', questionId: 'load', answerId: 'load-alpha' },
      { type: 'answer-chosen', questionId: 'load', answerId: 'load-beta' },
      { type: 'answer-chosen', questionId: 'time', answerId: 'long' },
    );
    expect(state.answers).toEqual({ load: 'load-beta', time: 'long' });
  });

  test('ignores an unknown question or an answer of another question', () => {
    const before = run({ type: 'answer-chosen', questionId: 'load', answerId: 'load-alpha' });
    for (const action of [
      { type: 'answer-chosen', questionId: 'nope', answerId: 'load-alpha' },
      { type: 'answer-chosen', questionId: 'load', answerId: 'cap-a-alpha' },
      { type: 'answer-chosen', questionId: 'time', answerId: 'load-alpha' },
    ] as const) {
      expect(reduceQuiz(model, before, action)).toBe(before);
    }
  });

  test('a link’s renamed answers are kept for the note', () => {
    const renamed = [{ questionId: 'cap-c', from: 'cap-c-old', to: 'cap-c-delta' }];
    const state = run({
      type: 'link-opened',
      answers: { 'cap-c': 'cap-c-delta' },
      ignored: [],
      renamed,
    });
    expect(state.renamed).toEqual(renamed);
    expect(state.answers).toEqual({ 'cap-c': 'cap-c-delta' });
  });

  test('start over clears answers, the request and the link notes', () => {
    const state = run(
      {
        type: 'link-opened',
        answers: { load: 'load-beta' },
        ignored: [{ key: 'x', value: '1', reason: 'unknown-parameter' }],
        renamed: [{ questionId: 'load', from: 'old', to: 'load-beta' }],
      },
      { type: 'result-requested' },
      { type: 'started-over' },
    );
    expect(state).toEqual(initialQuizState);
  });

  test('a link with answers asks for their result; a link with none does not', () => {
    expect(
      run({ type: 'link-opened', answers: { 'cap-a': 'cap-a-beta' }, ignored: [] }).requested,
    ).toBe(true);
    expect(run({ type: 'link-opened', answers: { time: 'long' }, ignored: [] }).requested).toBe(
      false,
    );
    expect(run({ type: 'link-opened', answers: {}, ignored: [] }).requested).toBe(false);
  });

  test('a link’s answers are checked again, never trusted', () => {
    const state = run({
      type: 'link-opened',
      answers: { load: 'bogus', 'cap-b': 'cap-b-delta' },
      ignored: [],
    });
    expect(state.answers).toEqual({ 'cap-b': 'cap-b-delta' });
  });
});

describe('quizView', () => {
  test('waits while the reader answers', () => {
    expect(
      quizView(model, run({ type: 'answer-chosen', questionId: 'load', answerId: 'load-beta' })),
    ).toEqual({
      kind: 'waiting',
    });
  });

  test('shows the result by itself once every required question is answered', () => {
    const state = run({ type: 'link-opened', answers: { ...answersAt('gamma') }, ignored: [] });
    const view = quizView(model, { ...state, requested: false });
    expect(view.kind).toBe('result');
    if (view.kind === 'result')
      expect(view.result).toMatchObject({ status: 'complete', stage: 'gamma' });
  });

  test('shows a provisional result when asked before the end', () => {
    const view = quizView(
      model,
      run(
        { type: 'answer-chosen', questionId: 'cap-a', answerId: 'cap-a-beta' },
        { type: 'result-requested' },
      ),
    );
    expect(view.kind === 'result' && view.result.status).toBe('provisional');
  });

  test('asks for answers when a result is requested with none', () => {
    expect(quizView(model, run({ type: 'result-requested' }))).toEqual({ kind: 'needs-answers' });
  });
});

describe('the stage-assessed event', () => {
  test('has the name and detail the decision tools listen for', () => {
    expect(STAGE_ASSESSED_EVENT).toBe('ilg:stage-assessed');
    expect(stageAssessedDetail('beta')).toEqual({ stage: 'beta' });
  });
});
