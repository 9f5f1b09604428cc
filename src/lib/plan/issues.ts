/**
 * "Open as GitHub issue": one prefilled new-issue link for the whole plan, or, when that would
 * not fit in a URL (GitHub refuses about 8 KB), the plan's summary and one link per phase.
 * Built on the checklist's issue links (src/lib/checklist/github.ts).
 */
import { toMarkdown } from '../checklist/markdown.ts';
import { issueLink, type Repository } from '../checklist/github.ts';
import type { Progress } from '../checklist/state.ts';
import { planMarkdown, planSummaryMarkdown, planTitle, type PlanExportMeta } from './markdown.ts';
import type { PlanModel } from './model.ts';
import type { Plan } from './plan.ts';

export interface IssueLinkView {
  title: string;
  url: string;
  /** Whether the body had to be left out (a title-only link). */
  bodyLeftOut: boolean;
}

/** One link when the whole plan fits; else the summary and one per phase. */
export function planIssueLinks(
  repository: Repository,
  model: PlanModel,
  plan: Plan,
  progress: Progress,
  meta: PlanExportMeta,
  limit?: number,
): { split: boolean; links: IssueLinkView[] } {
  const title = planTitle(plan);
  const whole = issueLink(repository, title, planMarkdown(model, plan, progress, meta), limit);
  if (whole.fits) return { split: false, links: [{ title, url: whole.url, bodyLeftOut: false }] };
  const view = (t: string, body: string): IssueLinkView => {
    const link = issueLink(repository, t, body, limit);
    return link.fits
      ? { title: t, url: link.url, bodyLeftOut: false }
      : { title: t, url: link.emptyIssueUrl, bodyLeftOut: true };
  };
  const links = [view(title, planSummaryMarkdown(model, plan, meta))];
  const checklist = model.stages.find((s) => s.id === plan.stage.id)?.migration?.checklist;
  for (const section of checklist?.sections ?? []) {
    if (checklist === undefined) break;
    const one = {
      ...checklist,
      title: `${checklist.title}: ${section.heading}`,
      sections: [section],
    };
    const body = toMarkdown(one, progress, {
      date: meta.date,
      siteName: model.siteName,
      sourceUrl: meta.url,
    });
    links.push(view(one.title, body));
  }
  return { split: true, links };
}
