import { describe, expect, test } from 'vitest';
import { addPeriod, parseIsoDate, toIsoDate } from '../../../../src/lib/decide/calendar-date.ts';
import type { Progress } from '../../../../src/lib/checklist/state.ts';
import { periodLength } from '../../../../src/lib/plan/milestones.ts';
import { shareAny } from '../../../../src/lib/plan/build.ts';
import { buildPlan, type PlanInput } from '../../../../src/lib/plan/plan.ts';
import { loadWords } from '../../../../src/lib/plan/quiz-adapter.ts';
import { assess } from '../../../../src/lib/quiz/assess.ts';
import { stageRange } from '../../../../src/lib/quiz/describe.ts';
import { stageIndex } from '../../../../src/lib/quiz/model.ts';
import { quizStrings } from '../../../../src/lib/quiz/strings.ts';
import { alsoRequiredAt } from '../../../../src/lib/quiz/build.ts';
import {
  answerIncluding,
  answersAt,
  realFeatureStatements,
  realPlanModel,
} from '../../../fixtures/plan-model.ts';

const model = realPlanModel();
const statements = realFeatureStatements();
const [first, second] = model.stages;
if (first === undefined || second === undefined)
  throw new Error('content has fewer than two stages');
const today = { year: 2026, month: 11, day: 20 };

/** Answers that place the reader at the first stage, load there too. */
const earliestAnswers = () => answersAt(model, first.id, first.id);
const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  answers: earliestAnswers(),
  start: '',
  ...over,
});

describe('the plan model built from content', () => {
  test('a stage’s requirements: must-haves, P0 items no must-have covers, then the quiz’s “also required”', () => {
    for (const stage of model.stages) {
      expect(stage.requirements.length).toBeGreaterThan(0);
      const listed = stage.requirements.filter((r) => r.places === undefined);
      const also = stage.requirements.filter((r) => r.places !== undefined);
      expect(stage.requirements).toEqual([...listed, ...also]);
      const firstP0Only = listed.findIndex((r) => !r.must);
      if (firstP0Only !== -1) {
        expect(listed.slice(firstP0Only).every((r) => !r.must && r.priority === 'P0')).toBe(true);
      }
      for (const r of listed) expect(r.href).toBe(`${stage.href}#${r.id}`);
      // The one derivation: what the quiz lists as also required there, less what a list names.
      const expected = alsoRequiredAt(stage.id, statements).filter(
        (a) => !listed.some((r) => r.features.includes(a.featureId)),
      );
      expect(also.map((r) => [r.features, r.places])).toEqual(
        expected.map((a) => [[a.featureId], a.places]),
      );
    }
  });

  test('a requirement says where the guide’s places disagree about it at the stage', () => {
    let shown = 0;
    for (const stage of model.stages) {
      for (const r of stage.requirements) {
        const found = statements
          .filter((f) => r.features.includes(f.feature.id))
          .map((f) => f.stages.find((v) => v.stage === stage.id)?.disagreement)
          .find((d) => d !== undefined);
        expect(r.disagreement?.sentence, `${stage.id} ${r.id}`).toBe(found?.sentence);
        if (found) shown += 1;
      }
    }
    expect(shown, 'the content has disagreements at some stage').toBeGreaterThan(0);
  });

  test('every migration phase with a period gets a length of time from the start', () => {
    for (const stage of model.stages) {
      for (const phase of stage.migration?.phases ?? []) {
        if (phase.period) expect(phase.due, phase.period).toEqual(periodLength(phase.period));
      }
    }
    expect(periodLength('Quarter 2')).toEqual({ amount: 6, unit: 'months' });
    expect(periodLength('Week 3')).toEqual({ amount: 3, unit: 'weeks' });
    expect(periodLength('Sprint 1')).toBeUndefined();
  });
});

describe('buildPlan', () => {
  test('no answers and no chosen stage: no plan', () => {
    expect(buildPlan(model, input({ answers: {} }), {}, today)).toBeUndefined();
  });

  test('the quiz’s stage, the next stage’s gaps, most urgent first', () => {
    const plan = buildPlan(model, input(), {}, today);
    expect(plan?.basis).toBe('quiz');
    expect(plan?.stage.id).toBe(first.id);
    expect(plan?.target.id).toBe(second.id);
    expect(plan?.gaps.length).toBe(second.requirements.length);
    // Nothing is ticked: a gap is in place only where an answer reaches the next stage.
    const closed = plan?.gaps.filter((g) => g.closed) ?? [];
    expect(closed.every((g) => g.closed?.by === 'answer')).toBe(true);
    const open = plan?.gaps.filter((g) => !g.closed) ?? [];
    const ranks = open.map((g) => ['P0', 'P1', 'P2'].indexOf(g.priority ?? 'none'));
    const ranked = ranks.map((r) => (r === -1 ? 3 : r));
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
  });

  test('a chosen stage places the reader when no answer does', () => {
    const plan = buildPlan(model, input({ answers: {}, stage: second.id }), {}, today);
    expect(plan?.basis).toBe('chosen');
    expect(plan?.stage.id).toBe(second.id);
  });

  test('an answer that reaches the next stage closes the gap about its feature', () => {
    const [questionId, features = []] =
      Object.entries(model.questionFeatures).find(([, f]) =>
        second.requirements.some((r) => shareAny(r.features, f)),
      ) ?? [];
    const question = model.quiz.questions.find((q) => q.id === questionId);
    if (question === undefined) throw new Error('no question to test');
    const reaching = answerIncluding(model, question.id, second.id);
    const plan = buildPlan(
      model,
      input({ answers: { ...earliestAnswers(), [question.id]: reaching.id } }),
      {},
      today,
    );
    const gap = plan?.gaps.find((g) => shareAny(g.features, features));
    expect(gap?.closed).toEqual({ by: 'answer', questionId: question.id });
    expect(plan?.gaps.at(-1)?.closed).toBeDefined();
  });

  test('checklist items finished for a feature close its gap; one open item keeps it', () => {
    const migration = first.migration;
    const req = second.requirements.find((r) =>
      Object.values(migration?.itemFeatures ?? {}).some((f) => shareAny(r.features, f)),
    );
    const ids = Object.entries(migration?.itemFeatures ?? {})
      .filter(([, f]) => shareAny(req?.features ?? [], f))
      .map(([id]) => id);
    expect(ids.length).toBeGreaterThan(0);
    const progress: Record<string, Progress[string]> = {};
    ids.forEach(
      (id, i) => (progress[id] = i === 0 ? { status: 'na', reason: 'x' } : { status: 'done' }),
    );
    const closed = buildPlan(model, input(), progress, today);
    expect(closed?.gaps.find((g) => g.id === req?.id)?.closed?.by).toBe('checklist');
    const lastId = ids.at(-1) ?? '';
    const { [lastId]: _dropped, ...partial } = progress;
    if (ids.length > 1) {
      const open = buildPlan(model, input(), partial, today);
      expect(open?.gaps.find((g) => g.id === req?.id)?.closed).toBeUndefined();
    }
  });

  test('a start date gives the deadline from the time box and each phase its due date', () => {
    const start = '2026-11-02';
    const plan = buildPlan(model, input({ start }), {}, today);
    const startDate = parseIsoDate(start);
    if (!startDate.ok || first.timeBox?.limit === undefined) throw new Error('no time box');
    expect(plan?.integration.kind).toBe('deadline');
    if (plan?.integration.kind === 'deadline') {
      expect(plan.integration.deadline).toEqual(addPeriod(startDate.date, first.timeBox.limit));
    }
    for (const p of plan?.migration?.phases ?? []) {
      if (p.phase.due)
        expect(toIsoDate(p.due ?? today)).toBe(toIsoDate(addPeriod(startDate.date, p.phase.due)));
      else expect(p.due).toBeUndefined();
    }
  });

  test('three next actions: an overdue deadline first, then the first open phase', () => {
    const plan = buildPlan(model, input({ start: '2025-01-01' }), {}, today);
    expect(plan?.actions.length).toBe(3);
    expect(plan?.actions[0]).toMatchObject({ kind: 'integrate', overdue: true });
    expect(plan?.actions[1]).toMatchObject({ kind: 'phase' });
    const phase = plan?.migration?.phases[0];
    expect(plan?.actions[1]).toMatchObject({ href: `${first.migration?.href}#${phase?.phase.id}` });
    expect(plan?.migration?.phases[0]?.late).toBe(true);
  });

  test('without a start date, one action asks for it', () => {
    const plan = buildPlan(model, input(), {}, today);
    expect(plan?.actions.some((a) => a.kind === 'set-start')).toBe(true);
  });

  test('a finished phase is skipped by the actions', () => {
    const section = first.migration?.checklist.sections[0];
    const progress = Object.fromEntries(
      (section?.items ?? []).map((i) => [i.id, { status: 'done' as const }]),
    );
    const plan = buildPlan(model, input(), progress, today);
    expect(plan?.migration?.phases[0]?.finished).toBe(true);
    const phaseAction = plan?.actions.find((a) => a.kind === 'phase');
    expect(phaseAction).toMatchObject({ heading: first.migration?.checklist.sections[1]?.heading });
  });
});

describe('the plan reads the quiz’s result', () => {
  const third = model.stages[2];

  test('the stage is the quiz’s result: the stage the infrastructure has reached', () => {
    for (const stage of model.stages) {
      const answers = answersAt(model, stage.id);
      const result = assess(model.quiz, answers);
      const plan = buildPlan(model, input({ answers }), {}, today);
      expect(result.status !== 'empty' && result.stage).toBe(stage.id);
      expect(plan?.stage.id).toBe(stage.id);
    }
  });

  test('load ahead: the quiz’s “move now” words, and migrating is the first action', () => {
    const answers = answersAt(model, first.id, second.id);
    const plan = buildPlan(model, input({ answers }), {}, today);
    expect(plan?.stage.id).toBe(first.id);
    expect(plan?.assessment?.alignment?.kind).toBe('load-ahead');
    expect(plan?.assessment?.alignment?.title).toBe(quizStrings.loadAheadTitle);
    expect(plan?.actions.map((a) => a.kind)).toContain('migrate-now');
  });

  test('load behind: the quiz’s “fine” words; the stage, gaps and actions stay as they are', () => {
    if (third === undefined) throw new Error('content has fewer than three stages');
    const aligned = buildPlan(
      model,
      input({ answers: answersAt(model, second.id, second.id) }),
      {},
      today,
    );
    const behind = buildPlan(
      model,
      input({ answers: answersAt(model, second.id, first.id) }),
      {},
      today,
    );
    expect(behind?.assessment?.alignment?.kind).toBe('load-behind');
    expect(behind?.assessment?.alignment?.title).toBe(quizStrings.loadBehindTitle);
    expect(behind?.stage.id).toBe(second.id);
    expect(behind?.gaps).toEqual(aligned?.gaps);
    expect(behind?.actions).toEqual(aligned?.actions);
  });

  test('the load answer’s range is said in the quiz’s words', () => {
    const load = model.quiz.questions.find((q) => q.measures === 'load');
    const ranged = load?.answers.find((a) => a.stages.length > 1) ?? load?.answers[0];
    if (load === undefined || ranged === undefined) throw new Error('no load question');
    const plan = buildPlan(
      model,
      input({ answers: { ...earliestAnswers(), [load.id]: ranged.id } }),
      {},
      today,
    );
    expect(loadWords(model.quiz, plan?.assessment)).toBe(stageRange(model.quiz, ranged.stages));
  });

  test('an answer closes a gap exactly when the quiz does not list it as short of the next stage', () => {
    let checked = 0;
    for (const [questionId, features] of Object.entries(model.questionFeatures)) {
      const question = model.quiz.questions.find((q) => q.id === questionId);
      for (const answer of question?.answers ?? []) {
        const answers = { ...earliestAnswers(), [questionId]: answer.id };
        const result = assess(model.quiz, answers);
        const plan = buildPlan(model, input({ answers }), {}, today);
        if (result.status === 'empty' || plan === undefined) throw new Error('no result');
        const gap = plan.gaps.find((g) => shareAny(g.features, features));
        if (gap === undefined || plan.target.id !== result.nextStage) continue;
        checked += 1;
        const short = result.gaps.some((g) => g.questionId === questionId);
        const closedByIt = gap.closed?.by === 'answer' && gap.closed.questionId === questionId;
        expect(closedByIt, `${questionId}=${answer.id}`).toBe(!short);
        expect(closedByIt).toBe(
          answer.stages.some(
            (s) => stageIndex(model.quiz, s) >= stageIndex(model.quiz, plan.target.id),
          ),
        );
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
