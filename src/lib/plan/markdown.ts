/**
 * The plan as one Markdown document, a tracking issue: the stage, the next actions, the dates, the
 * gaps, and the migration checklist's phases as task lists with ticks, N/A reasons and notes (the
 * checklist's own Markdown export, its headings moved one level down).
 */
import { escapeMarkdown, toMarkdown } from '../checklist/markdown.ts';
import type { Progress } from '../checklist/state.ts';
import type { CalendarDate } from '../decide/calendar-date.ts';
import type { PlanModel } from './model.ts';
import type { Plan } from './plan.ts';
import { loadWords } from './quiz-adapter.ts';
import { actionText, datesLines } from './describe.ts';
import { planStrings as t } from './strings.ts';

export interface PlanExportMeta {
  /** The plan's link (query only: the fragment may hold notes the reader did not mean to post). */
  url: string;
  date: string;
  today: CalendarDate;
}

/** Moves every heading of a Markdown text one level down ("# A" → "## A"). */
export function demoteHeadings(markdown: string): string {
  return markdown.replace(/^(#{1,5}) /gm, '#$1 ');
}

/** The plan's title: "Infrastructure plan: MVP → Production". */
export function planTitle(plan: Plan): string {
  return t.markdown.title(plan.stage.shortName, plan.target.shortName);
}

/** The plan without its checklist: stage, actions, dates and gaps. */
export function planSummaryMarkdown(model: PlanModel, plan: Plan, meta: PlanExportMeta): string {
  const m = t.markdown;
  const lines = [`# ${escapeMarkdown(planTitle(plan))}`, ''];
  lines.push(m.stageLine(escapeMarkdown(plan.stage.heading)));
  const load = loadWords(model.quiz, plan.assessment);
  if (load) lines.push('', m.loadLine(escapeMarkdown(load)));
  if (plan.assessment?.alignment) {
    const a = plan.assessment.alignment;
    lines.push('', `**${escapeMarkdown(a.title)}.** ${escapeMarkdown(a.text)}`);
  }
  lines.push('', m.source(model.siteName, meta.url, meta.date));
  lines.push('', `## ${m.actionsHeading}`, '');
  plan.actions.forEach((action, i) =>
    lines.push(`${i + 1}. ${escapeMarkdown(actionText(action))}`),
  );
  lines.push('', `## ${m.datesHeading}`, '');
  for (const line of datesLines(plan)) lines.push(`- ${escapeMarkdown(line)}`);
  lines.push('', `## ${m.gapsHeading}: ${escapeMarkdown(plan.target.shortName)}`, '');
  for (const gap of plan.gaps) {
    const tag = [
      gap.priority && model.labels[gap.priority],
      gap.must ? model.labels.must : undefined,
      gap.places ? t.gaps.also : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`- [${gap.closed ? 'x' : ' '}] ${escapeMarkdown(gap.text)} (${tag})`);
  }
  return `${lines.join('\n')}\n`;
}

/** The whole plan: the summary, then the checklist with its progress. */
export function planMarkdown(
  model: PlanModel,
  plan: Plan,
  progress: Progress,
  meta: PlanExportMeta,
): string {
  const summary = planSummaryMarkdown(model, plan, meta);
  const checklist = model.stages.find((s) => s.id === plan.stage.id)?.migration?.checklist;
  if (checklist === undefined) return summary;
  const list = toMarkdown(checklist, progress, {
    sourceUrl: undefined,
    date: meta.date,
    siteName: model.siteName,
  });
  return `${summary}\n${demoteHeadings(list)}`;
}
