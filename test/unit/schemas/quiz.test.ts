import { describe, expect, test } from 'vitest';
import { makeQuizSchema } from '../../../src/schemas/quiz.ts';
import { checkQuizStages } from '../../../src/schemas/quiz-rules.ts';
import { type CheckedEntry, checkReferences } from '../../../src/schemas/rules.ts';
import { idRef } from '../../../src/schemas/shared.ts';
import { formattedIssues, quizInput } from '../../fixtures/entries.ts';

const schema = makeQuizSchema(idRef);
const FILE = 'content/quiz/a-quiz.yaml';

const answers = [
  { id: 'small', label: 'Small', stages: ['alpha'] },
  { id: 'large', label: 'Large', stages: ['beta'] },
];
const question = (fields: Record<string, unknown> = {}) => ({
  id: 'question-one',
  name: 'Size',
  prompt: 'How big?',
  measures: 'load',
  bands: { alpha: '1-5', beta: '6+' },
  answers,
  ...fields,
});
const problems = (questions: unknown[]) => formattedIssues(schema, quizInput({ questions }), FILE);

describe('a valid quiz', () => {
  test('passes with one question and links answers to stages', () => {
    const quiz = schema.parse(quizInput());
    expect(quiz.questions[0]?.answers.map((a) => a.stages)).toEqual([
      [{ collection: 'stages', id: 'alpha' }],
      [{ collection: 'stages', id: 'beta' }],
    ]);
    expect(quiz.questions[0]?.answers.map((a) => a.formerIds)).toEqual([[], []]);
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
          questions[0].answers[1].id: received duplicate id "small"; expected ids unique within a question (its answers' ids and former ids) (first used at questions[0].answers[0].id)"
    `);
  });

  test('names a former id that another answer of the question uses', () => {
    const renamed = { ...answers[1], formerIds: ['small'] };
    expect(problems([question({ answers: [answers[0], renamed] })])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].answers[1].formerIds[0]: received duplicate id "small"; expected ids unique within a question (its answers' ids and former ids) (first used at questions[0].answers[0].id)"
    `);
  });

  test('names an answer that fits no stage', () => {
    const none = { ...answers[1], stages: [] };
    expect(problems([question({ answers: [answers[0], none] })])).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].answers[1].stages: received a list of 0 items; expected at least 1 item"
    `);
  });

  test('names an answer without stages', () => {
    expect(problems([question({ answers: [answers[0], { id: 'huge', label: 'Huge' }] })]))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/quiz/a-quiz.yaml
          questions[0].answers[1].stages: received nothing (the field is missing); expected an array"
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
      rule: {
        text: 'Rule',
        load: 'Load',
        principles: [],
        infrastructureAhead: { page: 'a', item: 'b' },
      },
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

describe('answer ranges and bands, checked against the stages’ order', () => {
  const stage = (id: string, order: number): CheckedEntry => ({
    collection: 'stages',
    id,
    file: `content/stages/${id}.mdx`,
    data: { order },
  });
  // Listed out of order on purpose: the rule orders stages by `order`, not by file.
  const stages = [stage('gamma', 3), stage('alpha', 1), stage('beta', 2)];
  const bands = { alpha: '1', beta: '1-2', gamma: '2+' };
  const ranged = (answerStages: string[][], fields: Record<string, unknown> = {}) =>
    question({
      bands,
      answers: answerStages.map((s, i) => ({ id: `answer-${i}`, label: `A${i}`, stages: s })),
      ...fields,
    });
  const check = (questions: unknown[]) =>
    checkQuizStages([
      ...stages,
      {
        collection: 'quiz',
        id: 'a-quiz',
        file: FILE,
        data: schema.parse(quizInput({ questions })),
      },
    ]).map((p) => `${p.path}: ${p.message}`);

  test('accepts overlapping runs in stage order that together fit every stage', () => {
    expect(check([ranged([['alpha', 'beta'], ['beta'], ['beta', 'gamma']])])).toEqual([]);
  });

  test('names a range with a gap, and the stage it misses', () => {
    expect(check([ranged([['alpha', 'gamma'], ['beta']])])).toEqual([
      'questions[0].answers[0].stages: received "alpha", "gamma"; expected a contiguous run of stages in lifecycle order, such as "alpha", "beta", "gamma" (missing "beta")',
    ]);
  });

  test('names a range out of lifecycle order', () => {
    expect(check([ranged([['beta', 'alpha'], ['gamma']])])).toEqual([
      'questions[0].answers[0].stages: received "beta", "alpha"; expected the stages in lifecycle order: "alpha", "beta"',
    ]);
  });

  test('names a stage listed twice', () => {
    expect(
      check([
        ranged([
          ['alpha', 'alpha'],
          ['beta', 'gamma'],
        ]),
      ]),
    ).toEqual([
      'questions[0].answers[0].stages: received "alpha", "alpha", which names "alpha" twice; expected each stage once',
    ]);
  });

  test('leaves a stage that does not exist to the reference check', () => {
    expect(
      check([
        ranged([
          ['alpha', 'omega'],
          ['beta', 'gamma'],
        ]),
      ]),
    ).toEqual([]);
    const entries = [
      ...stages,
      {
        collection: 'quiz' as const,
        id: 'a-quiz',
        file: FILE,
        data: schema.parse(quizInput({ questions: [ranged([['alpha', 'omega'], ['gamma']])] })),
      },
    ];
    expect(
      checkReferences(entries)
        .filter((p) => p.path.startsWith('questions'))
        .map((p) => `${p.path}: ${p.message}`),
    ).toEqual([
      'questions[0].answers[0].stages[1]: received "omega", which is not an entry of "stages"; expected one of "gamma", "alpha", "beta"',
    ]);
  });

  test('names answers out of stage order', () => {
    expect(check([ranged([['beta', 'gamma'], ['alpha']])])).toEqual([
      'questions[0].answers[1].stages: answer "answer-1" received "alpha", which starts or ends before the answer above it; expected the answers in stage order',
    ]);
  });

  test('names a stage no answer fits', () => {
    expect(check([ranged([['alpha'], ['beta']])])).toEqual([
      'questions[0].answers: question "question-one" received no answer that fits "gamma"; expected every stage fitted by some answer, so the quiz can place a team there',
    ]);
  });

  test('names missing and unknown band words', () => {
    expect(
      check([
        ranged([['alpha'], ['beta', 'gamma']], { bands: { alpha: '1', beta: '2', delta: '9' } }),
      ]),
    ).toEqual([
      `questions[0].bands: question "question-one" received words for "alpha", "beta", "delta"; expected the guide's words for every stage, missing "gamma"`,
      'questions[0].bands: question "question-one" received words for "delta", which are not stages; expected only "alpha", "beta", "gamma"',
    ]);
  });
});
