import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePlanUrl, planLink, planQuery } from '../../../../src/lib/plan/url.ts';
import { realPlanModel } from '../../../fixtures/plan-model.ts';

const model = realPlanModel();
const [question] = model.quiz.questions;
const [first] = model.stages;
const checklist = first?.migration?.checklist;
if (question === undefined || first === undefined || checklist === undefined) {
  throw new Error('content lacks a question or a first migration');
}
const answer = question.answers[1] ?? question.answers[0];
const [itemA, itemB, itemC] = checklist.sections.flatMap((s) => s.items);

describe('plan links', () => {
  test('a link opens the same plan: answers, start date and progress with notes', () => {
    const input = { answers: { [question.id]: answer?.id ?? '' }, start: '2026-11-02' };
    const progress = {
      [itemA?.id ?? '']: { status: 'done' as const },
      [itemB?.id ?? '']: { status: 'na' as const, reason: 'No users yet' },
      [itemC?.id ?? '']: { status: 'open' as const, note: 'Owner: Sam & Kim #1' },
    };
    const link = planLink('https://x.example', '/plan/', model, input, checklist, progress);
    const url = new URL(link);
    expect(url.hash).toContain('notes=');
    expect(url.search).not.toContain('Sam');
    const parsed = parsePlanUrl(model, url.search, url.hash);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.input).toEqual({ ...input, stage: undefined });
    expect(parsed.shared?.snapshot.checklistId).toBe(checklist.id);
    expect(parsed.shared?.snapshot.items).toEqual(progress);
  });

  test('the chosen stage is written only when no answer places the reader', () => {
    expect(planQuery(model, { answers: {}, stage: first.id, start: '' })).toBe(
      `?stage=${first.id}`,
    );
    expect(
      planQuery(model, {
        answers: { [question.id]: answer?.id ?? '' },
        stage: first.id,
        start: '',
      }),
    ).not.toContain('stage=');
  });

  test('unknown keys, bad values and foreign fragments are reported, the rest is used', () => {
    const parsed = parsePlanUrl(
      model,
      `?${question.id}=nope&start=2026-02-30&__proto__=x&constructor=1&stage=${first.id}`,
      '#foo=bar',
    );
    expect(parsed.input.stage).toBe(first.id);
    expect(parsed.input.start).toBe('');
    expect(parsed.ignored.map((i) => [i.key, i.reason])).toEqual([
      [question.id, 'invalid-value'],
      ['start', 'invalid-value'],
      ['__proto__', 'unknown-parameter'],
      ['constructor', 'unknown-parameter'],
      ['#', 'unknown-parameter'],
    ]);
    expect(parsed.note).toMatch(/ignored/);
  });

  test('a plain anchor is no setting', () => {
    expect(parsePlanUrl(model, '', '#gaps').ignored).toEqual([]);
  });

  test('any query and fragment: never throws; every key it cannot use is reported', () => {
    const known = new Set([
      ...model.quiz.questions.map((q) => q.id),
      'stage',
      'start',
      ...(model.quiz.timeQuestion ? [model.quiz.timeQuestion.id] : []),
    ]);
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'stage', 'start', question.id),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), fc.string(), (pairs, hash) => {
        const search = new URLSearchParams(pairs).toString();
        const parsed = parsePlanUrl(model, `?${search}`, `#${hash}`);
        const reported = new Set(parsed.ignored.map((i) => i.key));
        for (const [k] of new URLSearchParams(search)) {
          if (!known.has(k)) expect(reported.has(k)).toBe(true);
        }
        expect(typeof parsed.note).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
