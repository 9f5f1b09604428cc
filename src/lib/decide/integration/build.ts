import type { ChecklistData } from '../../../schemas/checklists.ts';
import { checklistTitle } from '../../checklist/build.ts';
import { plainText } from '../../inline.ts';
import { paths } from '../../paths.ts';
import { sortStages, type StageEntry } from '../../stages.ts';
import { fillTemplate } from '../../template.ts';
import type { Duration } from '../../../core/duration.ts';

/**
 * The facts the "When must I integrate?" tool answers from, built at build time from the stages
 * and checklists: each stage's time box, its checkpoint's must-do lists and where to work
 * through them. Small plain data, fit for island props.
 */

/** A list of the checkpoint ("Must Do", "If POC is invalidated"). */
export interface CheckpointList {
  id: string;
  title?: string | undefined;
  items: { id: string; text: string }[];
}

/** A link with its words. */
export interface Link {
  text: string;
  href: string;
}

/** A stage as the tool needs it. */
export interface IntegrationStage {
  id: string;
  shortName: string;
  href: string;
  timeBox?:
    | {
        /** "4 weeks", "Ongoing". */
        maxDuration: string;
        integrationRequired: string;
        limit?: Duration | undefined;
        /** The cadence with the checkpoint item's words that state it. */
        cadence?: (Duration & { text: string }) | undefined;
        /** "Maximum 4 weeks before integration required". */
        timeLimit?: string | undefined;
      }
    | undefined;
  checkpoint?:
    | {
        when?: string | undefined;
        critical?: string | undefined;
        lists: CheckpointList[];
        /** The stage page's integration checkpoint section, where it has one. */
        stageHref?: string | undefined;
        /** The stage's entry under "Integration Checkpoint Requirements". */
        requirementsHref?: string | undefined;
      }
    | undefined;
  /** The migration checklist that leaves the stage. */
  checklist?: Link | undefined;
  /** The integration checklist template, filled in for this stage and the next. */
  template?: Link | undefined;
}

/** Everything the integration tool needs. */
export interface IntegrationToolData {
  stages: IntegrationStage[];
  /** The site's absolute address, for calendar links and event ids. */
  site: string;
  /** Where the mandatory integration triggers are listed. */
  triggersHref: string;
}

/** The collections, as the builder reads them. */
export interface IntegrationToolSources {
  stages: readonly StageEntry[];
  checklists: readonly { id: string; data: ChecklistData }[];
  site: string;
  triggersHref: string;
}

/** Builds the tool's data from the collections. */
export function buildIntegrationToolData(sources: IntegrationToolSources): IntegrationToolData {
  const stages = sortStages(sources.stages);
  const names = new Map(stages.map((s) => [s.id, s.data.shortName]));
  const template = sources.checklists.find((c) => c.data.kind === 'template');

  return {
    site: sources.site,
    triggersHref: sources.triggersHref,
    stages: stages.map((stage): IntegrationStage => {
      const data = stage.data;
      const box = data.timeBox;
      const ic = data.integrationCheckpoint;
      const cr = data.checkpointRequirements;
      const cadenceItem = box?.cadence
        ? ic?.lists.flatMap((l) => l.items).find((item) => item.id === box.cadence?.item)
        : undefined;
      const leaving = sources.checklists.find(
        (c) => c.data.kind === 'migration' && c.data.from.id === stage.id,
      );
      const next = data.next ? names.get(data.next.id) : undefined;
      const lists = cr?.lists ?? ic?.lists ?? [];
      return {
        id: stage.id,
        shortName: data.shortName,
        href: paths.stage(stage.id),
        timeBox: box && {
          maxDuration: box.maxDuration,
          integrationRequired: box.integrationRequired,
          limit: box.limit && { ...box.limit },
          cadence:
            box.cadence && cadenceItem
              ? {
                  amount: box.cadence.amount,
                  unit: box.cadence.unit,
                  text: plainText(cadenceItem.text),
                }
              : undefined,
          timeLimit: ic?.timeLimit,
        },
        checkpoint:
          lists.length > 0
            ? {
                when: cr?.when,
                critical: plainText(cr?.critical ?? ic?.critical ?? '') || undefined,
                lists: lists.map((list) => ({
                  id: list.id,
                  title: list.title,
                  items: list.items.map((item) => ({ id: item.id, text: plainText(item.text) })),
                })),
                stageHref: ic ? `${paths.stage(stage.id)}#integration-checkpoint` : undefined,
                requirementsHref: cr ? `${paths.integration()}#checkpoint-${stage.id}` : undefined,
              }
            : undefined,
        checklist: leaving && {
          text: checklistTitle(leaving.data, names),
          href: paths.checklist(leaving.id),
        },
        template:
          template?.data.kind === 'template' && next !== undefined
            ? {
                text: fillTemplate(template.data.title, template.data.placeholders, {
                  stage: data.shortName,
                  nextStage: next,
                }),
                href: paths.checklist(template.id),
              }
            : undefined,
      };
    }),
  };
}
