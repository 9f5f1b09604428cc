import { describe, expect, test } from 'vitest';
import { shareFragment, readShareFragment } from '../../../../src/lib/checklist/share.ts';
import {
  progressKey,
  readSavedProgress,
  writeProgress,
  type StorageLike,
} from '../../../../src/lib/checklist/storage.ts';
import { planHrefForStage, planHrefForVerdicts } from '../../../../src/lib/plan/links.ts';
import { buildPlan } from '../../../../src/lib/plan/plan.ts';
import { planProgress } from '../../../../src/lib/plan/progress.ts';
import { savedProgressLine } from '../../../../src/lib/plan/saved-progress.ts';
import { parsePlanUrl } from '../../../../src/lib/plan/url.ts';
import { realPlanModel } from '../../../fixtures/plan-model.ts';

const model = realPlanModel();
const checklist = model.stages[0]?.migration?.checklist;
const other = model.stages[1]?.migration?.checklist;
if (checklist === undefined || other === undefined) throw new Error('two migrations needed');
const ids = checklist.sections.flatMap((s) => s.items.map((i) => i.id));
const [a = '', b = ''] = ids;

function memory(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('the progress the plan shows', () => {
  test('saved progress, read through the checklist storage API', () => {
    const s = memory();
    writeProgress(s, checklist, { [a]: { status: 'done' } }, false, new Date());
    expect(planProgress(s, checklist, undefined)).toEqual({
      items: { [a]: { status: 'done' } },
      source: { kind: 'saved' },
    });
  });
  test('progress the checklist saved with change times is the progress the plan shows', () => {
    const s = memory();
    const now = new Date('2026-11-20T10:00:00Z');
    const items = { [a]: { status: 'done' as const }, [b]: { status: 'na' as const, reason: 'x' } };
    writeProgress(s, checklist, items, false, now, { [a]: now.getTime(), [b]: now.getTime() });
    const { items: shown } = planProgress(s, checklist, undefined);
    expect(shown).toEqual(readSavedProgress(s, checklist)?.items);
    const first = model.stages[0];
    if (first === undefined) throw new Error('no stage');
    const plan = buildPlan(model, { answers: {}, stage: first.id, start: '' }, shown, {
      year: 2026,
      month: 11,
      day: 20,
    });
    expect(plan?.migration?.id).toBe(checklist.id);
    expect(plan?.migration?.counts).toMatchObject({ done: 1, notApplicable: 1 });
  });

  test('a link’s progress for the same checklist wins, and storage is not touched', () => {
    const s = memory();
    writeProgress(s, checklist, { [a]: { status: 'done' } }, false, new Date());
    const before = s.map.get(progressKey(checklist.id));
    const shared = readShareFragment(shareFragment(checklist, { [b]: { status: 'done' } }), [
      checklist.id,
    ]);
    expect(planProgress(s, checklist, shared).items).toEqual({ [b]: { status: 'done' } });
    expect(s.map.get(progressKey(checklist.id))).toBe(before);
  });
  test('a link for another checklist is not used', () => {
    const shared = parsePlanUrl(model, '', `#${shareFragment(other, {})}`).shared;
    expect(planProgress(memory(), checklist, shared).source).toEqual({ kind: 'none' });
  });
  test('unreadable and unavailable storage come back as kinds to tell', () => {
    const s = memory();
    s.map.set(progressKey(checklist.id), 'not json');
    expect(planProgress(s, checklist, undefined).source.kind).toBe('unreadable');
    expect(planProgress(undefined, checklist, undefined).source.kind).toBe('unavailable');
  });
});

describe('the checklists page line', () => {
  test('says what is saved, and nothing when nothing is', () => {
    const s = memory();
    expect(savedProgressLine(s, checklist.id, ids)).toBe('');
    writeProgress(
      s,
      checklist,
      { [a]: { status: 'done' }, [b]: { status: 'na' } },
      false,
      new Date(),
    );
    expect(savedProgressLine(s, checklist.id, ids)).toBe(
      `Saved in this browser: 1 of ${ids.length - 1} done, 1 not applicable.`,
    );
    s.map.set(progressKey(checklist.id), '{');
    expect(savedProgressLine(s, checklist.id, ids)).toBe('');
  });
});

describe('links into the plan', () => {
  test('from a quiz result and from a stage page, read back by the plan', () => {
    const [q] = model.quiz.questions;
    const answer = q?.answers[0]?.id ?? '';
    const href = planHrefForVerdicts([
      { questionId: q?.id ?? '', answerId: answer },
      { questionId: 'unanswered' },
    ]);
    const url = new URL(href, 'https://x.example');
    expect(url.pathname).toBe('/plan/');
    expect(parsePlanUrl(model, url.search, '').input.answers).toEqual({ [q?.id ?? '']: answer });
    const stage = model.stages[1]?.id ?? '';
    const stageUrl = new URL(planHrefForStage(stage), 'https://x.example');
    expect(parsePlanUrl(model, stageUrl.search, '').input.stage).toBe(stage);
  });
});
