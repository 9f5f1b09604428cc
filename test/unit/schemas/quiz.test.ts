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
  name: 'Size',
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
          questions[1].id: received duplicate id "question-one"; expected ids unique within the quiz's questions and time question (first used at questions[0].id)"
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

describe('the time question', () => {
  const weeks = (amount: number) => ({ amount, unit: 'weeks' });
  const months = (amount: number) => ({ amount, unit: 'months' });
  const option = (id: string, over?: object, upTo?: object) => ({
    id,
    label: `Label ${id}`,
    ...(over && { over }),
    ...(upTo && { upTo }),
  });
  const time = (options: unknown[], fields: Record<string, unknown> = {}) => ({
    id: 'how-long',
    name: 'Time',
    prompt: 'How long?',
    options,
    ...fields,
  });
  const good = [
    option('short', undefined, weeks(4)),
    option('middle', weeks(4), months(3)),
    option('long', months(3)),
  ];
  const timeProblems = (options: unknown[], fields?: Record<string, unknown>) =>
    formattedIssues(schema, quizInput({ timeAtStage: time(options, fields) }), FILE);

  test('accepts spans that follow each other from zero to no end', () => {
    const quiz = schema.parse(quizInput({ timeAtStage: time(good) }));
    expect(quiz.timeAtStage?.options.map((o) => [o.over, o.upTo])).toEqual([
      [undefined, weeks(4)],
      [weeks(4), months(3)],
      [months(3), undefined],
    ]);
  });

  test('is optional', () => {
    expect(schema.parse(quizInput()).timeAtStage).toBeUndefined();
  });

  test('names a gap or an overlap between two options', () => {
    expect(timeProblems([good[0], option('middle', weeks(5), months(3)), good[2]]))
      .toMatchInlineSnapshot(`
        "Content check failed: 1 problem.
          content/quiz/a-quiz.yaml
            timeAtStage.options[1].over: received 5 weeks; expected 4 weeks, where the option before ends, so that the options neither overlap nor leave a gap"
      `);
  });

  test('names a first option that does not start at zero and a last one that ends', () => {
    expect(timeProblems([option('short', weeks(1), weeks(4)), option('long', weeks(4), months(6))]))
      .toMatchInlineSnapshot(`
        "Content check failed: 2 problems.
          content/quiz/a-quiz.yaml
            timeAtStage.options[0].over: received 1 week; expected no "over" on the first option, which starts at zero
            timeAtStage.options[1].upTo: received 6 months; expected no "upTo" on the last option, so that every length of time has an answer"
      `);
  });

  test('names a middle option without an end, and an option that ends before it starts', () => {
    expect(
      timeProblems([
        option('short', undefined, weeks(4)),
        option('middle', weeks(4)),
        option('long', months(1), weeks(2)),
        option('longest', weeks(2)),
      ]),
    ).toMatchInlineSnapshot(`
      "Content check failed: 2 problems.
        content/quiz/a-quiz.yaml
          timeAtStage.options[1].upTo: received nothing; expected an end ("upTo") on every option but the last
          timeAtStage.options[2].upTo: received 2 weeks; expected more than 1 month, where the option starts"
    `);
  });

  test('names a time question id that a stage question already uses', () => {
    expect(timeProblems(good, { id: 'question-one' })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          timeAtStage.id: received duplicate id "question-one"; expected ids unique within the quiz's questions and time question (first used at questions[0].id)"
    `);
  });

  test('names a duration in an unknown unit', () => {
    expect(timeProblems([option('short', undefined, { amount: 4, unit: 'days' }), good[2]]))
      .toMatchInlineSnapshot(`
        "Content check failed: 1 problem.
          content/quiz/a-quiz.yaml
            timeAtStage.options[0].upTo.unit: received "days"; expected one of "weeks", "months""
      `);
  });
});

describe('the rule and the URL keys', () => {
  test('names a question id that is a decision tool’s URL parameter', () => {
    expect(problems([question({ id: 'feature' })])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].id: received "feature", a URL parameter of the decision tools on the same page; expected an id other than "feature", "feature-stage", "integrate-stage", "integrate-start""
    `);
  });

  test('names a quiz without its rule', () => {
    const { rule: _rule, ...input } = quizInput();
    expect(formattedIssues(schema, input, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          rule: received nothing (the field is missing); expected an object"
    `);
  });

  test('names a rule that cites no principle', () => {
    const input = quizInput({
      rule: { text: 'Rule', principles: [], infrastructureAhead: { page: 'a', item: 'b' } },
    });
    expect(formattedIssues(schema, input, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          rule.principles: received a list of 0 items; expected at least 1 item"
    `);
  });

  test('names a question without a short name', () => {
    const { name: _name, ...nameless } = question();
    expect(problems([nameless])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].name: received nothing (the field is missing); expected a string"
    `);
  });
});
