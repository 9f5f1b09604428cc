import { describe, expect, test } from 'vitest';
import {
  assess,
  type Assessment,
  infrastructureStage,
  type Result,
} from '../../../../src/lib/quiz/assess.ts';
import {
  answersAt,
  fixtureModel,
  QUESTIONS,
  STAGES,
  type StageId,
  withRanges,
} from './model-fixture.ts';

const model = fixtureModel();

function result(assessment: Assessment): Result {
  if (assessment.status === 'empty') throw new Error('expected a result, got an empty assessment');
  return assessment;
}

describe('assess: the rule (the latest stage no capability answer falls short of)', () => {
  test.each(STAGES)('all answers at %s give %s, aligned and complete', (stage) => {
    const r = result(assess(model, answersAt(stage)));
    expect(r.stage).toBe(stage);
    expect(r.status).toBe('complete');
    expect(r.alignment).toEqual({ kind: 'aligned' });
    expect(r.weakest).toEqual([]);
    expect(r.verdicts.map((v) => v.part)).toEqual(
      QUESTIONS.map((q) => (q === 'load' ? 'load' : 'sets-stage')),
    );
  });

  // Each question alone one stage behind or ahead of the others.
  const pairs: { others: StageId; alone: StageId }[] = [
    { others: 'gamma', alone: 'beta' },
    { others: 'beta', alone: 'delta' },
  ];
  const capabilities = QUESTIONS.filter((q) => q !== 'load');
  const singles = capabilities.flatMap((q) => pairs.map((pair) => ({ q, ...pair })));
  test.each(singles)('$q alone at $alone, the others at $others', ({ q, others, alone }) => {
    const r = result(assess(model, answersAt(others, { [q]: alone })));
    const earliest = STAGES.indexOf(alone) < STAGES.indexOf(others) ? alone : others;
    expect(r.stage).toBe(earliest);
    const verdict = r.verdicts.find((v) => v.questionId === q);
    expect(verdict).toMatchObject({ answerId: `${q}-${alone}`, stages: [alone] });
    expect(verdict?.part).toBe(alone === earliest ? 'sets-stage' : 'ahead');
    expect(r.weakest).toEqual(alone === earliest ? [q] : capabilities.filter((c) => c !== q));
  });

  test.each(pairs)(
    'load alone at $alone never moves the stage from $others',
    ({ others, alone }) => {
      const r = result(assess(model, answersAt(others, { load: alone })));
      expect(r.stage).toBe(others);
      expect(r.verdicts.find((v) => v.questionId === 'load')?.part).toBe('load');
    },
  );
});

describe('assess: answers that fit several stages', () => {
  const ranged = withRanges();

  test('an answer counts for the last stage it fits', () => {
    const r = result(assess(ranged, { ...answersAt('beta'), 'cap-a': 'cap-a-alpha-beta' }));
    expect(r.stage).toBe('beta');
    expect(r.verdicts.find((v) => v.questionId === 'cap-a')).toMatchObject({
      stages: ['alpha', 'beta'],
      part: 'sets-stage',
    });
  });

  test('it caps the stage at its last stage when the others reach further', () => {
    const r = result(assess(ranged, { ...answersAt('delta'), 'cap-a': 'cap-a-alpha-beta' }));
    expect(r.stage).toBe('beta');
    expect(r.weakest).toEqual(['cap-a']);
  });

  test('an answer that fits the stage and later ones reaches further, not ahead', () => {
    const r = result(assess(ranged, { ...answersAt('gamma'), 'cap-b': 'cap-b-beta-on' }));
    expect(r.stage).toBe('gamma');
    expect(r.verdicts.find((v) => v.questionId === 'cap-b')?.part).toBe('reaches-further');
    expect(r.weakest).toEqual(['cap-a', 'cap-c']);
  });

  test('load that fits the stage among others is aligned', () => {
    const r = result(assess(ranged, { ...answersAt('delta'), load: 'load-gamma-delta' }));
    expect(r.alignment).toEqual({ kind: 'aligned' });
    const behind = result(assess(ranged, { ...answersAt('delta'), load: 'load-beta' }));
    expect(behind.alignment).toMatchObject({ kind: 'load-behind', load: 'beta', stagesApart: 2 });
    const ahead = result(assess(ranged, { ...answersAt('beta'), load: 'load-gamma-delta' }));
    expect(ahead.alignment).toMatchObject({ kind: 'load-ahead', load: 'gamma', stagesApart: 1 });
  });

  test('infrastructureStage is the stage assess reports', () => {
    const answers = { ...answersAt('delta'), 'cap-a': 'cap-a-alpha-beta' };
    expect(infrastructureStage(ranged, answers)).toBe('beta');
    expect(infrastructureStage(ranged, { load: 'load-delta' })).toBeUndefined();
  });
});

describe('assess: load beside the stage', () => {
  test('load ahead of infrastructure: at risk, with how far apart', () => {
    const r = result(assess(model, answersAt('beta', { load: 'delta' })));
    expect(r.stage).toBe('beta');
    expect(r.loadStages).toEqual(['delta']);
    expect(r.alignment).toEqual({
      kind: 'load-ahead',
      load: 'delta',
      capability: 'beta',
      stagesApart: 2,
    });
  });

  test('load behind infrastructure: the infrastructure still sets the stage', () => {
    const r = result(assess(model, answersAt('gamma', { load: 'alpha' })));
    expect(r.stage).toBe('gamma');
    expect(r.alignment).toEqual({
      kind: 'load-behind',
      load: 'alpha',
      capability: 'gamma',
      stagesApart: 2,
    });
  });

  test('the weakest capability sets the stage and is named when capabilities differ', () => {
    const r = result(assess(model, answersAt('gamma', { 'cap-b': 'beta', 'cap-c': 'beta' })));
    expect(r.stage).toBe('beta');
    expect(r.weakest).toEqual(['cap-b', 'cap-c']);
    expect(r.alignment).toMatchObject({ kind: 'load-ahead', load: 'gamma', capability: 'beta' });
  });

  test('no weakest capability when all capabilities agree', () => {
    expect(result(assess(model, answersAt('beta', { load: 'gamma' }))).weakest).toEqual([]);
  });

  test('alignment is unknown without the load answer', () => {
    const { load: _load, ...answers } = answersAt('beta');
    expect(result(assess(model, answers)).alignment).toEqual({ kind: 'unknown' });
  });
});

describe('assess: incomplete answers', () => {
  test('no answers: empty', () => {
    expect(assess(model, {})).toEqual({ status: 'empty' });
  });

  test('only the optional time answer: still empty', () => {
    expect(assess(model, { time: 'long' })).toEqual({ status: 'empty' });
  });

  test('only the load answer: empty, since load does not set the stage', () => {
    expect(assess(model, { load: 'load-gamma' })).toEqual({ status: 'empty' });
  });

  test('some answers: a provisional result from them, naming what is missing', () => {
    const r = result(assess(model, { load: 'load-gamma', 'cap-b': 'cap-b-beta' }));
    expect(r.status).toBe('provisional');
    expect(r.stage).toBe('beta');
    expect(r.missing).toEqual(['cap-a', 'cap-c']);
    expect(r.verdicts.filter((v) => v.part === 'missing').map((v) => v.questionId)).toEqual([
      'cap-a',
      'cap-c',
    ]);
  });

  test('an optional stage question may stay open in a complete result', () => {
    const optional = fixtureModel();
    const last = optional.questions[3];
    if (last) last.required = false;
    const { 'cap-c': _c, ...answers } = answersAt('beta');
    const r = result(assess(optional, answers));
    expect(r.status).toBe('complete');
    expect(r.missing).toEqual([]);
  });

  test('unknown question and answer ids count as unanswered', () => {
    const r = result(
      assess(model, { ...answersAt('gamma'), 'cap-a': 'no-such-answer', nope: 'x' }),
    );
    expect(r.status).toBe('provisional');
    expect(r.missing).toEqual(['cap-a']);
  });
});

describe('assess: gaps to the next stage', () => {
  test('lists each answered question short of the next stage with its matrix words', () => {
    const r = result(assess(model, answersAt('gamma', { 'cap-a': 'beta', load: 'beta' })));
    expect(r.nextStage).toBe('gamma');
    expect(r.gaps).toEqual([
      { questionId: 'load', measures: 'load', answerId: 'load-beta', needs: 'load at gamma' },
      {
        questionId: 'cap-a',
        measures: 'capability',
        answerId: 'cap-a-beta',
        needs: 'cap-a at gamma',
      },
    ]);
    expect(r.mustHaves).toEqual([{ id: 'gamma-must', text: 'Must have of gamma' }]);
  });

  test('the last stage has no next stage, gaps or must-haves', () => {
    const r = result(assess(model, answersAt('delta')));
    expect(r.nextStage).toBeUndefined();
    expect(r.gaps).toEqual([]);
    expect(r.mustHaves).toEqual([]);
  });
});

describe('assess: time box', () => {
  const at = (stage: StageId, time?: string) =>
    result(assess(model, answersAt(stage, {}, time ? { time } : {}))).timeBox;

  test('unanswered', () => {
    expect(at('alpha')).toEqual({ kind: 'unanswered' });
  });

  test('within the limit', () => {
    expect(at('alpha', 'short')).toMatchObject({ kind: 'within', maxDuration: '4 weeks' });
    expect(at('beta', 'month')).toMatchObject({ kind: 'within' });
  });

  test('due when the answer ends at the limit', () => {
    expect(at('alpha', 'month')).toMatchObject({
      kind: 'due',
      limit: { amount: 4, unit: 'weeks' },
    });
    expect(at('beta', 'quarter')).toMatchObject({ kind: 'due' });
  });

  test('overdue when the answer starts at or after the limit', () => {
    expect(at('alpha', 'quarter')).toMatchObject({ kind: 'overdue', optionId: 'quarter' });
    expect(at('alpha', 'long')).toMatchObject({ kind: 'overdue' });
    expect(at('beta', 'long')).toMatchObject({ kind: 'overdue', maxDuration: '3 months' });
  });

  test('no limit for an ongoing stage or a stage without a time box', () => {
    expect(at('gamma', 'long')).toEqual({ kind: 'no-limit', maxDuration: 'Ongoing' });
    expect(at('delta', 'long')).toEqual({ kind: 'no-limit', maxDuration: undefined });
  });

  test('an unknown time answer counts as unanswered', () => {
    expect(at('alpha', 'forever')).toEqual({ kind: 'unanswered' });
  });
});

describe('assess: next steps', () => {
  const kinds = (r: Result) => r.nextSteps.map((s) => s.kind);

  test('aligned, no time answer: the stage page, its migration, the matrix', () => {
    expect(kinds(result(assess(model, answersAt('beta'))))).toEqual([
      'stage',
      'migration',
      'compare',
    ]);
  });

  test('load ahead: the migration first, marked urgent', () => {
    const r = result(assess(model, answersAt('alpha', { load: 'gamma' })));
    expect(kinds(r)).toEqual(['migration', 'stage', 'compare']);
    expect(r.nextSteps[0]).toMatchObject({
      kind: 'migration',
      urgent: true,
      href: '/checklists/alpha-to-beta/',
    });
  });

  test('load behind: nothing about what the stage does not need, since reliability stays', () => {
    const r = result(assess(model, answersAt('gamma', { load: 'alpha' })));
    expect(kinds(r)).toEqual(['stage', 'migration', 'compare']);
  });

  test('overdue checkpoint: the checkpoint and the integration checklist come first', () => {
    const r = result(assess(model, answersAt('beta', {}, { time: 'long' })));
    expect(kinds(r)).toEqual([
      'checkpoint',
      'integration-checklist',
      'stage',
      'migration',
      'compare',
    ]);
    expect(r.nextSteps[1]).toMatchObject({ title: 'Template beta → gamma' });
  });

  test('the last stage: only its page', () => {
    expect(kinds(result(assess(model, answersAt('delta'))))).toEqual(['stage']);
  });
});
