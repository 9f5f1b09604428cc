/**
 * Build time: the checklist models the island receives, made from the content collections'
 * validated data. Only plain, small data leaves here (ids, words, headings), never whole entries.
 */
import type { ChecklistData } from '../../schemas/checklists.ts';
import { fillTemplate } from '../template.ts';
import { contentVersionOf } from './content-version.ts';
import type { ChecklistModel, ChecklistSectionModel } from './model.ts';

type Migration = Extract<ChecklistData, { kind: 'migration' }>;
type Template = Extract<ChecklistData, { kind: 'template' }>;

/** A checklist's title: "POC → MVP" for a migration, the template's own title otherwise. */
export function checklistTitle(list: ChecklistData, stageNames: Map<string, string>): string {
  if (list.kind === 'template') return list.title;
  const from = stageNames.get(list.from.id) ?? list.from.id;
  const to = stageNames.get(list.to.id) ?? list.to.id;
  return `${from} → ${to}`;
}

/** A stage as the models need it. */
export interface StageName {
  readonly id: string;
  readonly shortName: string;
}

/** Two consecutive stages: the transitions the integration template is filled in for. */
export interface StagePair {
  /** "poc-to-mvp". */
  readonly id: string;
  readonly stage: StageName;
  readonly nextStage: StageName;
  /** "POC → MVP". */
  readonly label: string;
}

/** Each stage with the next one, in lifecycle order (the stages must be sorted). */
export function consecutivePairs(stages: readonly StageName[]): StagePair[] {
  return stages.slice(1).map((nextStage, i) => {
    const stage = stages[i] as StageName;
    return {
      id: `${stage.id}-to-${nextStage.id}`,
      stage,
      nextStage,
      label: `${stage.shortName} → ${nextStage.shortName}`,
    };
  });
}

/** A section's heading: "Week 1: Reliability" when it has a period, its title otherwise. */
function headingOf(section: { period?: string | undefined; title: string }): string {
  return section.period ? `${section.period}: ${section.title}` : section.title;
}

function ids(sections: readonly ChecklistSectionModel[]): string[] {
  return sections.flatMap((s) => s.items.map((i) => i.id));
}

/** A migration checklist: its phases ("Week 1: Reliability") and its validation list. */
export function migrationModel(
  id: string,
  data: Migration,
  title: string,
  validationHeading: string,
): ChecklistModel {
  const sections: ChecklistSectionModel[] = [
    ...data.phases.map((phase) => ({
      id: phase.id,
      heading: headingOf(phase),
      items: phase.items.map(({ id: itemId, text }) => ({ id: itemId, text })),
    })),
    {
      id: 'validation',
      heading: validationHeading,
      items: data.validation.map(({ id: itemId, text }) => ({ id: itemId, text })),
    },
  ];
  return { id, title, contentVersion: contentVersionOf(data.version, ids(sections)), sections };
}

/**
 * A checklist entry as its own page, its table of contents and its CSV show it: a migration's
 * phases and validation list (titled `title`), or the template as written, placeholders and all
 * (titled by its own title).
 */
export function entryModel(
  id: string,
  data: ChecklistData,
  title: string,
  validationHeading: string,
): ChecklistModel {
  return data.kind === 'migration'
    ? migrationModel(id, data, title, validationHeading)
    : templateModel(id, data);
}

/**
 * The integration template, filled in for a stage pair (its id is "<template id>/<pair id>", so
 * each transition keeps its own progress), or as written, placeholders and all, without one.
 */
export function templateModel(id: string, data: Template, pair?: StagePair): ChecklistModel {
  const sections: ChecklistSectionModel[] = data.sections.map((section) => ({
    id: section.id,
    heading: headingOf(section),
    items: section.items.map((item) => ({ id: item.id, text: item.text })),
  }));
  const blank: ChecklistModel = {
    id,
    title: data.title,
    contentVersion: contentVersionOf(data.version, ids(sections)),
    sections,
  };
  return pair === undefined ? blank : fillTemplateModel(blank, data.placeholders, pair);
}

/**
 * The template as written (`templateModel` without a pair) filled in for a stage pair: the same
 * items and content version, its own id. The island fills pairs itself from the blank model, so
 * the page carries the template's words once.
 */
export function fillTemplateModel(
  blank: ChecklistModel,
  placeholders: Template['placeholders'],
  pair: StagePair,
): ChecklistModel {
  const names = { stage: pair.stage.shortName, nextStage: pair.nextStage.shortName };
  const fill = (text: string) => fillTemplate(text, placeholders, names);
  return {
    id: `${blank.id}/${pair.id}`,
    title: fill(blank.title),
    contentVersion: blank.contentVersion,
    sections: blank.sections.map((section) => ({
      id: section.id,
      heading: fill(section.heading),
      items: section.items.map((item) => ({ id: item.id, text: fill(item.text) })),
    })),
  };
}

/**
 * A list of a stage (success criteria, an integration checkpoint list). Stage lists have no
 * `version`: their content version is the fingerprint of their item ids (content-version.ts).
 */
export function listModel(
  id: string,
  title: string,
  heading: string,
  items: readonly { id: string; text: string }[],
): ChecklistModel {
  const sections = [
    { id: id.replace(/\//g, '--'), heading, items: items.map((i) => ({ id: i.id, text: i.text })) },
  ];
  return { id, title, contentVersion: contentVersionOf(undefined, ids(sections)), sections };
}
