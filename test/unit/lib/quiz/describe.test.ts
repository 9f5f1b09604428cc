import { describe, expect, test } from 'vitest';
import { assess, type Answers, type Result } from '../../../../src/lib/quiz/assess.ts';
import {
  alignmentWords,
  gapSentences,
  missingSentence,
  stageSentence,
  stepLabel,
  timeBoxSentence,
  weakestSentence,
  whySentence,
} from '../../../../src/lib/quiz/describe.ts';
import { listNames } from '../../../../src/lib/quiz/strings.ts';
import { answersAt, fixtureModel } from './model-fixture.ts';

const model = fixtureModel();
function result(answers: Answers): Result {
  const r = assess(model, answers);
  if (r.status === 'empty') throw new Error('expected a result');
  return r;
}

describe('listNames', () => {
  test.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j → "%s"', (names, expected) => {
    expect(listNames(names)).toBe(expected);
  });
});

describe('the result in words', () => {
  test('names the stage by its heading', () => {
    expect(stageSentence(model, result(answersAt('beta')))).toBe('You are at Stage 2: beta.');
  });

  test('why: every answer agrees', () => {
    expect(whySentence(model, result(answersAt('beta')))).toBe('All 4 answers point to BETA.');
    expect(whySentence(model, result({ load: 'load-beta' }))).toBe(
      'Your one answer points to BETA.',
    );
  });

  test('why: the answers that hold the reader at the stage', () => {
    expect(whySentence(model, result(answersAt('gamma', { 'cap-a': 'beta' })))).toMatch(
      /^Name of cap-a points to BETA, the earliest stage among your answers/,
    );
    expect(
      whySentence(model, result(answersAt('gamma', { 'cap-a': 'beta', 'cap-c': 'beta' }))),
    ).toMatch(/^Name of cap-a and Name of cap-c point to BETA,/);
  });

  test('missing: names the open required questions', () => {
    expect(missingSentence(model, result({ load: 'load-beta' }))).toMatch(
      /^Still open: Name of cap-a, Name of cap-b and Name of cap-c\. Answer them/,
    );
    expect(missingSentence(model, result(answersAt('beta')))).toBe('');
  });

  test('alignment: load ahead and infrastructure ahead, nothing when aligned', () => {
    const loadAhead = alignmentWords(model, result(answersAt('alpha', { load: 'gamma' })));
    expect(loadAhead?.kind).toBe('load-ahead');
    expect(loadAhead?.text).toContain(
      'users are at GAMMA level, but your infrastructure is at ALPHA',
    );
    const infraAhead = alignmentWords(model, result(answersAt('gamma', { load: 'alpha' })));
    expect(infraAhead?.kind).toBe('infrastructure-ahead');
    expect(infraAhead?.text).toContain('infrastructure reaches GAMMA, but your users are at ALPHA');
    expect(alignmentWords(model, result(answersAt('beta')))).toBeUndefined();
  });

  test('weakest capability, only when capabilities differ', () => {
    expect(weakestSentence(model, result(answersAt('gamma', { 'cap-b': 'alpha' })))).toBe(
      'Weakest capability: Name of cap-b (ALPHA).',
    );
    expect(weakestSentence(model, result(answersAt('gamma')))).toBe('');
  });

  test('gaps: the reader’s answer and the next stage’s matrix words', () => {
    const gaps = gapSentences(model, result(answersAt('gamma', { load: 'beta', 'cap-a': 'beta' })));
    expect(gaps.map((g) => g.text)).toEqual([
      'Name of load: you have “load answer for beta”; GAMMA serves “load at gamma”. Load comes with growth, not with building.',
      'Name of cap-a: you have “cap-a answer for beta”; GAMMA needs “cap-a at gamma”.',
    ]);
    expect(gaps[1]).toMatchObject({ rowHref: '/compare/#table--cap-a', rowLabel: 'Row of cap-a' });
  });

  test('time box: each case in words', () => {
    const say = (stage: 'alpha' | 'beta' | 'gamma' | 'delta', time?: string) =>
      timeBoxSentence(model, result(answersAt(stage, {}, time ? { time } : {})));
    expect(say('alpha')).toBe(
      'Answer “How long?” to check ALPHA’s time box (at most 4 weeks before integration).',
    );
    expect(say('gamma')).toBe('');
    expect(say('alpha', 'short')).toBe(
      'Time box: within ALPHA’s limit of 4 weeks before integration.',
    );
    expect(say('alpha', 'month')).toMatch(
      /^Integration checkpoint due now: ALPHA may last at most 4 weeks/,
    );
    expect(say('beta', 'long')).toBe(
      'Integration checkpoint overdue: BETA may last at most 3 months before integration. Integration required: Fold beta in.',
    );
    expect(say('gamma', 'long')).toBe(
      'Time box: GAMMA has no fixed limit (Ongoing). Integration required: Keep folding in.',
    );
    expect(say('delta', 'long')).toBe('Time box: DELTA has none.');
  });

  test('next steps: a label for every kind', () => {
    const steps = [
      ...result(answersAt('beta', { load: 'delta' }, { time: 'long' })).nextSteps,
      ...result(answersAt('delta', { load: 'alpha' })).nextSteps,
    ];
    expect(steps.map((s) => stepLabel(model, s))).toEqual([
      'Do the BETA integration checkpoint',
      'Fill in the Template beta → gamma',
      'Start the beta → gamma migration checklist',
      'Read Stage 2: beta',
      'Compare every stage in the matrix',
      'Read Stage 1: alpha',
      'See what ALPHA does not need yet',
      'Plan the alpha → beta migration checklist',
      'Compare every stage in the matrix',
    ]);
  });
});
