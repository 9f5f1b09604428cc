import { describe, expect, test } from 'vitest';
import { makeQuizSchema } from '../../../src/schemas/quiz.ts';
import { idRef } from '../../../src/schemas/shared.ts';
import { formattedIssues, quizInput } from '../../fixtures/entries.ts';

const schema = makeQuizSchema(idRef);
const FILE = 'content/quiz/a-quiz.yaml';

const answers = [
  { id: 'small', label: 'Small', stage: 'alpha' },
  { id: 'large', label: 'Large', stage: 'beta' },
];
const question = (fields: Record<string, unknown> = {}) => ({
  id: 'question-one',
  prompt: 'How big?',
  measures: 'load',
  answers,
  ...fields,
});
const problems = (questions: unknown[]) => formattedIssues(schema, quizInput({ questions }), FILE);

describe('a valid quiz', () => {
  test('passes with one question and links answers to stages', () => {
    const quiz = schema.parse(quizInput());
    expect(quiz.questions[0]?.answers.map((a) => a.stage)).toEqual([
      { collection: 'stages', id: 'alpha' },
      { collection: 'stages', id: 'beta' },
    ]);
  });

  test('makes a question required unless it says otherwise', () => {
    const quiz = schema.parse(
      quizInput({ questions: [question(), question({ id: 'two', required: false })] }),
    );
    expect(quiz.questions.map((q) => q.required)).toEqual([true, false]);
  });

  test('links a question to its matrix row', () => {
    const quiz = schema.parse(
      quizInput({ questions: [question({ matrixRow: { matrix: 'a-table', row: 'a-row' } })] }),
    );
    expect(quiz.questions[0]?.matrixRow).toEqual({
      matrix: { collection: 'matrices', id: 'a-table' },
      row: 'a-row',
    });
  });

  test('lets two questions use the same answer ids', () => {
    expect(
      schema.safeParse(quizInput({ questions: [question(), question({ id: 'two' })] })).success,
    ).toBe(true);
  });
});

describe('an invalid quiz', () => {
  test('names what a question measures when it is unknown', () => {
    expect(problems([question({ measures: 'speed' })])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].measures: received "speed"; expected one of "load", "capability""
    `);
  });

  test('asks for at least two answers', () => {
    expect(problems([question({ answers: answers.slice(0, 1) })])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].answers: received a list of 1 item; expected at least 2 items"
    `);
  });

  test('names a duplicate question id and where it was first used', () => {
    expect(problems([question(), question()])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[1].id: received duplicate id "question-one"; expected ids unique within the quiz (first used at questions[0].id)"
    `);
  });

  test('names a duplicate answer id within a question and where it was first used', () => {
    expect(problems([question({ answers: [answers[0], answers[0]] })])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].answers[1].id: received duplicate id "small"; expected ids unique within a question (first used at questions[0].answers[0].id)"
    `);
  });

  test('names an answer without a stage', () => {
    expect(problems([question({ answers: [answers[0], { id: 'huge', label: 'Huge' }] })]))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].answers[1].stage: received nothing (the field is missing); expected a string"
    `);
  });

  test('names a quiz without questions', () => {
    expect(problems([])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions: received a list of 0 items; expected at least 1 item"
    `);
  });
});
