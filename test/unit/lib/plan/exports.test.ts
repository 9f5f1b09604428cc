import { describe, expect, test } from 'vitest';
import { parseRepository } from '../../../../src/lib/checklist/github.ts';
import { toIsoDate } from '../../../../src/lib/decide/calendar-date.ts';
import { buildCalendar, planEvents } from '../../../../src/lib/plan/ics.ts';
import { planIssueLinks } from '../../../../src/lib/plan/issues.ts';
import { demoteHeadings, planMarkdown } from '../../../../src/lib/plan/markdown.ts';
import { buildPlan } from '../../../../src/lib/plan/plan.ts';
import { answersAt, realPlanModel } from '../../../fixtures/plan-model.ts';

const model = realPlanModel();
const [first] = model.stages;
const checklist = first?.migration?.checklist;
if (first === undefined || checklist === undefined) throw new Error('no first migration');
const items = checklist.sections.flatMap((s) => s.items);
const [a, b, c] = items;
const answers = answersAt(model, first.id, first.id);
const progress = {
  [a?.id ?? '']: { status: 'done' as const },
  [b?.id ?? '']: { status: 'na' as const, reason: 'Single instance' },
  [c?.id ?? '']: { status: 'open' as const, note: 'Owner: Sam' },
};
const today = { year: 2026, month: 11, day: 20 };
const plan = buildPlan(model, { answers, start: '2026-11-02' }, progress, today);
if (plan === undefined) throw new Error('no plan');
const meta = { url: 'https://x.example/plan/?a=b', date: '20 November 2026', today };

describe('Markdown', () => {
  const md = planMarkdown(model, plan, progress, meta);
  test('one document: stage, actions, gaps, and every phase as a task list with progress', () => {
    expect(md.split('\n')[0]).toBe(
      `# Infrastructure plan: ${plan.stage.shortName} → ${plan.target.shortName}`,
    );
    expect(md.match(/^# /gm)?.length).toBe(1);
    for (const section of checklist.sections) expect(md).toContain(`### ${section.heading}`);
    expect(md).toContain(`- [x] ${a?.text}`);
    expect(md).toMatch(/- \[x\] ~~.*~~ \(.*Single instance\)/);
    expect(md).toContain('Owner: Sam');
    for (const gap of plan.gaps) expect(md).toContain(gap.text);
    expect(md).toContain(meta.url);
  });
  test('demoteHeadings moves headings only', () => {
    expect(demoteHeadings('# A\n- \\# not\n## B')).toBe('## A\n- \\# not\n### B');
  });
});

describe('calendar', () => {
  const events = planEvents(plan, 'https://x.example/');
  const ics = buildCalendar(events, 'https://x.example/', new Date('2026-11-20T10:00:00Z'));
  test('one event per dated phase plus the integration deadline', () => {
    const dated = plan.migration?.phases.filter((p) => p.due) ?? [];
    expect(dated.length).toBeGreaterThan(0);
    expect(events.length).toBe(dated.length + 1);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(events.length);
    if (plan.integration.kind !== 'deadline') throw new Error('expected a deadline');
    expect(ics).toContain(
      `DTSTART;VALUE=DATE:${toIsoDate(plan.integration.deadline).replace(/-/g, '')}`,
    );
    for (const p of dated)
      expect(ics).toContain(`DTSTART;VALUE=DATE:${toIsoDate(p.due ?? today).replace(/-/g, '')}`);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
  test('no start date: nothing to put in a calendar', () => {
    const undated = buildPlan(model, { answers, start: '' }, progress, today);
    expect(undated && planEvents(undated, 'https://x.example/')).toEqual([]);
  });
});

describe('GitHub issue links', () => {
  const repo = parseRepository('octo/plans');
  if (repo === undefined) throw new Error('repo');
  test('the whole plan in one link when it fits', () => {
    const { split, links } = planIssueLinks(repo, model, plan, progress, meta);
    expect(split).toBe(false);
    expect(links.length).toBe(1);
    expect(decodeURIComponent(links[0]?.url ?? '')).toContain(`- [x] ${a?.text}`);
  });
  test('one link per phase (and the summary) when it would not fit', () => {
    const whole = planIssueLinks(repo, model, plan, progress, meta).links[0]?.url.length ?? 0;
    const { split, links } = planIssueLinks(repo, model, plan, progress, meta, whole - 1);
    expect(split).toBe(true);
    expect(links.length).toBe(checklist.sections.length + 1);
    for (const link of links) expect(link.url.length).toBeLessThanOrEqual(whole - 1);
  });
});
