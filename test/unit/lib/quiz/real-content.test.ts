// The real quiz places real teams: the review's scenarios (content-review.md §2.3) and their
// neighbours across every band boundary, on the model built from content/. Stages are named by
// their place in the lifecycle as content orders them; answers by their stable ids.
import { describe, expect, test } from 'vitest';
import { assess, type Answers, type Result } from '../../../../src/lib/quiz/assess.ts';
import { buildQuizModel } from '../../../../src/lib/quiz/build.ts';
import { timeBoxSentence } from '../../../../src/lib/quiz/describe.ts';
import type { QuizQuestion } from '../../../../src/lib/quiz/model.ts';
import { load } from '../../../fixtures/real-content.ts';

const [quiz] = load('quiz');
if (quiz === undefined) throw new Error('content/quiz/ holds no quiz');
const model = buildQuizModel({
  quiz: quiz.data,
  stages: load('stages'),
  matrices: load('matrices'),
  checklists: load('checklists'),
  pages: load('pages'),
  terms: new Map(load('vocabulary').map((t) => [t.id, t.data])),
});
const [poc, mvp, production, scale] = model.stages.map((s) => s.id);
if (scale === undefined) throw new Error('the scenarios expect four stages');

function result(answers: Answers): Result {
  const r = assess(model, answers);
  if (r.status === 'empty') throw new Error('expected a result');
  return r;
}

function question(id: string): QuizQuestion {
  const q = model.questions.find((x) => x.id === id);
  if (q === undefined) throw new Error(`content/quiz has no question "${id}"`);
  return q;
}

/** Answers by question id; fails loudly when content no longer has an answer id used here. */
function team(answers: Record<string, string>): Answers {
  for (const [q, a] of Object.entries(answers)) {
    if (q === model.timeQuestion?.id) continue;
    expect(
      question(q).answers.map((x) => x.id),
      `answer "${a}" of "${q}"`,
    ).toContain(a);
  }
  return answers;
}

const typicalMvp = team({
  users: '10-to-99',
  uptime: '95-to-under-99',
  monitoring: 'basic-metrics',
  runbooks: 'basic',
  instances: '1-instance',
});
const productionGrade = {
  uptime: '99-9-plus',
  monitoring: 'comprehensive',
  runbooks: 'comprehensive',
  instances: '2-to-4-behind-load-balancer',
};

describe('the review’s scenarios', () => {
  test('A. a textbook MVP with one instance is at MVP, load fitting', () => {
    const r = result(typicalMvp);
    expect(r.stage).toBe(mvp);
    expect(r.status).toBe('complete');
    expect(r.alignment).toEqual({ kind: 'aligned' });
  });

  test('A. its time box is MVP’s: 4 weeks to 3 months is never a POC checkpoint overdue', () => {
    const time = model.timeQuestion;
    if (time === undefined) throw new Error('the quiz has no time question');
    const stage = model.stages.find((s) => s.id === mvp);
    for (const option of time.options) {
      const r = result({ ...typicalMvp, [time.id]: option.id });
      expect(r.stage).toBe(mvp);
      if (r.timeBox.kind !== 'unanswered' && r.timeBox.kind !== 'no-limit') {
        expect(r.timeBox.limit).toEqual(stage?.timeBox?.limit);
      }
      expect(r.nextSteps.filter((s) => s.kind === 'checkpoint').map((s) => s.href)).not.toContain(
        model.stages.find((s) => s.id === poc)?.checkpointHref,
      );
      const sentence = timeBoxSentence(model, r);
      expect(sentence).not.toContain(model.stages[0]?.shortName);
    }
    const quarter = result({ ...typicalMvp, [time.id]: '4-weeks-to-3-months' });
    expect(quarter.timeBox.kind).not.toBe('overdue');
  });

  test('B. an MVP without runbooks, two instances and no load balancer is at MVP', () => {
    const r = result({
      ...typicalMvp,
      runbooks: 'none',
      instances: '2-plus-without-load-balancer',
    });
    expect(r.stage).toBe(mvp);
  });

  test('C. a low-traffic system built to production standard is at Production, load behind', () => {
    const r = result(team({ users: '10-to-99', ...productionGrade }));
    expect(r.stage).toBe(production);
    expect(r.alignment).toEqual({
      kind: 'load-behind',
      load: mvp,
      capability: production,
      stagesApart: 1,
    });
    // Never told what MVP (or any stage) "does not need yet", and never sent back to MVP.
    const hrefs = r.nextSteps.map((s) => s.href);
    expect(hrefs.some((h) => h.includes('dont-need'))).toBe(false);
    expect(hrefs).not.toContain(model.stages.find((s) => s.id === mvp)?.href);
    expect(r.nextSteps.some((s) => s.kind === 'migration' && s.urgent)).toBe(false);
  });

  test('D. an 8-user internal tool in real use, built to production standard, is not a POC', () => {
    const r = result(team({ users: 'under-10', ...productionGrade, uptime: '99-to-under-99-9' }));
    expect(r.stage).toBe(production);
    expect(r.alignment).toMatchObject({ kind: 'load-behind', load: poc, stagesApart: 2 });
  });

  test('one instance behind a managed platform’s router is an MVP like one without', () => {
    expect(result({ ...typicalMvp, instances: '1-behind-router' }).stage).toBe(mvp);
    expect(
      result({ ...productionGrade, users: '10-to-99', instances: '1-behind-router' }).stage,
    ).toBe(mvp);
  });

  test('three or four instances without a load balancer stop at MVP, instances setting it', () => {
    const r = result({
      users: '100-to-9999',
      ...productionGrade,
      instances: '2-plus-without-load-balancer',
    });
    expect(r.stage).toBe(mvp);
    expect(r.weakest).toEqual(['instances']);
    expect(r.alignment).toMatchObject({ kind: 'load-ahead', load: production });
  });

  test('measured uptime below 95% has its own answer, and it is not MVP', () => {
    expect(result({ ...typicalMvp, uptime: 'below-95' }).stage).toBe(poc);
  });

  test('load ahead of an MVP’s infrastructure: move now, the migration first', () => {
    const r = result({ ...typicalMvp, users: '100-to-9999' });
    expect(r.stage).toBe(mvp);
    expect(r.alignment).toMatchObject({ kind: 'load-ahead', load: production, capability: mvp });
    expect(r.nextSteps[0]).toMatchObject({ kind: 'migration', urgent: true });
  });

  test('everything advanced at 10,000 users is Scale', () => {
    const r = result(
      team({
        users: '10000-plus',
        uptime: '99-9-plus',
        monitoring: 'advanced',
        runbooks: 'advanced',
        instances: '5-plus-behind-load-balancer',
      }),
    );
    expect(r.stage).toBe(scale);
    expect(r.alignment).toEqual({ kind: 'aligned' });
  });
});

// For every stage a team can reach and every capability question: start from the answers that
// reach exactly that stage, then move one question one answer down or up. Down across a band
// boundary, the result drops to the last stage the lower answer fits; up, it stays (the other
// answers still hold it).
describe('neighbours at every band boundary', () => {
  const capabilities = model.questions.filter((q) => q.measures === 'capability');
  const lastOf = (q: QuizQuestion, index: number) => q.answers[index]?.stages.at(-1) ?? '';
  const topAt = (q: QuizQuestion, stage: string) =>
    q.answers.findLastIndex((a) => a.stages.at(-1) === stage);
  const reachable = model.stages
    .map((s) => s.id)
    .filter((stage) => capabilities.every((q) => topAt(q, stage) !== -1));
  const position = (id: string) => model.stages.findIndex((s) => s.id === id);

  // POC has no such answers: no runbooks also fits MVP, so POC is reached only from below (the
  // "down" cases at MVP), as a team with logs only or unmeasured uptime is.
  test('every stage after the first can be reached with the top answers that fit it', () => {
    expect(reachable).toEqual([mvp, production, scale]);
  });

  const cases = reachable.flatMap((stage) =>
    capabilities.flatMap((q) => {
      const top = topAt(q, stage);
      return [
        { stage, q, index: top - 1, direction: 'down' },
        { stage, q, index: top + 1, direction: 'up' },
      ].filter((c) => c.index >= 0 && c.index < q.answers.length);
    }),
  );

  test.each(cases.map((c) => [c.stage, c.q.id, c.direction, c.q.answers[c.index]?.id, c] as const))(
    'at %s, %s one answer %s (%s)',
    (_s, _q, _d, _a, { stage, q, index }) => {
      const base = Object.fromEntries(
        capabilities.map((c) => [c.id, c.answers[topAt(c, stage)]?.id ?? '']),
      );
      expect(result(base).stage).toBe(stage);
      const moved = result({ ...base, [q.id]: q.answers[index]?.id ?? '' });
      const last = lastOf(q, index);
      const expected = position(last) < position(stage) ? last : stage;
      expect(moved.stage).toBe(expected);
      if (expected !== stage) expect(moved.weakest).toEqual([q.id]);
    },
  );

  test('load never moves the stage, at any band', () => {
    const users = model.questions.find((q) => q.measures === 'load');
    for (const answer of users?.answers ?? []) {
      expect(result({ ...typicalMvp, [users?.id ?? '']: answer.id }).stage).toBe(mvp);
    }
  });
});
