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
  fitWords,
  renamedNote,
  stageRange,
} from '../../../../src/lib/quiz/describe.ts';
import { listWords as listNames } from '../../../../src/lib/words.ts';
import { answersAt, fixtureModel, withRanges } from './model-fixture.ts';

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
    expect(stageSentence(model, result(answersAt('beta')))).toBe(
      'Your infrastructure has reached Stage 2: beta.',
    );
  });

  test('why: every answer agrees', () => {
    expect(whySentence(model, result(answersAt('beta')))).toBe(
      'All 3 of your infrastructure answers reach BETA, and none reaches further.',
    );
    expect(whySentence(model, result({ load: 'load-gamma', 'cap-a': 'cap-a-beta' }))).toBe(
      'Your one infrastructure answer reaches BETA and no later stage.',
    );
  });

  test('why: the answers that hold the reader at the stage', () => {
    expect(whySentence(model, result(answersAt('gamma', { 'cap-a': 'beta' })))).toMatch(
      /^Name of cap-a fits no stage after BETA\. Your other infrastructure answers reach further/,
    );
    expect(
      whySentence(model, result(answersAt('gamma', { 'cap-a': 'beta', 'cap-c': 'beta' }))),
    ).toMatch(/^Name of cap-a and Name of cap-c fit no stage after BETA\./);
  });

  test('missing: names the open required questions', () => {
    expect(missingSentence(model, result({ 'cap-b': 'cap-b-beta' }))).toMatch(
      /^Still open: Name of load, Name of cap-a and Name of cap-c\. Answer them/,
    );
    expect(missingSentence(model, result(answersAt('beta')))).toBe('');
  });

  test('alignment: load ahead and load behind, nothing when aligned', () => {
    const loadAhead = alignmentWords(model, result(answersAt('alpha', { load: 'gamma' })));
    expect(loadAhead?.kind).toBe('load-ahead');
    expect(loadAhead?.text).toContain(
      'users are at GAMMA level, but your infrastructure has reached only ALPHA. Move now',
    );
    const behind = alignmentWords(model, result(answersAt('gamma', { load: 'alpha' })));
    expect(behind?.kind).toBe('load-behind');
    expect(behind?.title).toMatch(/behind your infrastructure, and that is fine/);
    expect(behind?.text).toContain(
      'Your infrastructure has reached GAMMA; your users are at ALPHA level. Keep the reliability you have built',
    );
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
      ...result(answersAt('gamma', { load: 'alpha' })).nextSteps,
    ];
    expect(steps.map((s) => stepLabel(model, s))).toEqual([
      'Do the BETA integration checkpoint',
      'Fill in the Template beta → gamma',
      'Start the beta → gamma migration checklist',
      'Read Stage 2: beta',
      'Compare every stage in the matrix',
      'Read Stage 3: gamma',
      'Plan the gamma → delta migration checklist',
      'Compare every stage in the matrix',
    ]);
  });
});

describe('answers that fit several stages, in words', () => {
  const ranged = withRanges();
  const question = (id: string) => {
    const q = ranged.questions.find((x) => x.id === id);
    if (!q) throw new Error(id);
    return q;
  };
  const answer = (questionId: string, id: string) => {
    const a = question(questionId).answers.find((x) => x.id === id);
    if (!a) throw new Error(id);
    return a;
  };

  test('an answer names each stage it fits with the guide’s band for it', () => {
    expect(fitWords(ranged, question('cap-b'), answer('cap-b', 'cap-b-beta-on'))).toBe(
      'fits BETA (cap-b band at beta), GAMMA (cap-b band at gamma) and DELTA (cap-b band at delta)',
    );
    expect(fitWords(ranged, question('load'), answer('load', 'load-alpha'))).toBe(
      'fits ALPHA (load band at alpha)',
    );
  });

  test('a run of stages reads first to last', () => {
    expect(stageRange(ranged, ['alpha', 'beta'])).toBe('ALPHA to BETA');
    expect(stageRange(ranged, ['gamma'])).toBe('GAMMA');
  });

  test('a renamed answer is named with today’s label', () => {
    expect(renamedNote(ranged, [])).toBe('');
    expect(
      renamedNote(ranged, [{ questionId: 'cap-c', from: 'cap-c-old', to: 'cap-c-delta' }]),
    ).toBe(
      'This link was made with an earlier version of the quiz. Its answers were read as today’s: Name of cap-c: “cap-c answer for delta”. Check that they still describe you.',
    );
  });
});
