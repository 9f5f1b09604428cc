import { plainText } from '../inline.ts';
import { paths } from '../paths.ts';
import { sortStages } from '../stages.ts';
import type {
  Disagreement,
  FeatureStatements,
  StageStatements,
  Statement,
  StatementSources,
} from './model.ts';
import { disagreementSentence, type LevelLabel } from './sentences.ts';

/**
 * What the guide says of each feature at each stage, from every place that says it: requirement
 * lists, comparison-matrix cells, success criteria, exit criteria, priorities, documentation needs
 * and migration checklists. One derivation for every widget that needs the answer (the feature
 * advisor, topic tables, the disagreements page, the data API, the plan page).
 */

export type {
  Disagreement,
  FeatureStatements,
  PlaceKind,
  StageStatements,
  Statement,
  StatementSources,
} from './model.ts';

const CONDITION = /\((if [^)]*)\)|\b(if needed)\b/i;

/** The guide's condition in an item's words: "(if global users)" → "if global users". */
export function conditionOf(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    const match = text === undefined ? null : CONDITION.exec(text);
    if (match) return (match[1] ?? match[2] ?? '').toLowerCase();
  }
  return undefined;
}

type Linked = { features?: readonly { id: string }[] | undefined };
const ids = (item: Linked) => (item.features ?? []).map((f) => f.id);

/** Every statement of the guide, for every feature it links, in lifecycle order of stages. */
export function collectStatements(sources: StatementSources): Statement[] {
  const stages = sortStages(sources.stages);
  const out: Statement[] = [];
  const add = (item: Linked, s: Omit<Statement, 'feature'>) => {
    for (const feature of ids(item)) out.push({ feature, ...s });
  };
  for (const { id: stage, data } of stages) {
    const at = (itemId: string) => `${paths.stage(stage)}#${itemId}`;
    for (const group of data.requirements) {
      for (const item of group.items) {
        const text = plainText(item.text);
        add(item, {
          stage,
          place: 'requirement',
          level: group.level,
          text,
          href: at(item.id),
          context: group.heading,
          requires: group.level === 'must',
          condition: conditionOf(text),
        });
      }
    }
    for (const item of data.successCriteria) {
      const text = plainText(item.text);
      add(item, {
        stage,
        place: 'success',
        text,
        href: `${paths.stage(stage)}#success--${item.id}`,
        context: '',
        requires: true,
        condition: conditionOf(text),
      });
    }
    for (const item of data.exitCriteria) {
      const text = plainText(item.text);
      add(item, { stage, place: 'exit', text, href: at(item.id), context: '', requires: false });
    }
    for (const band of data.priorities) {
      for (const item of band.items) {
        const text = plainText(item.text);
        add(item, {
          stage,
          place: 'priority',
          level: band.level,
          text,
          href: at(item.id),
          context: band.level,
          requires: false,
          condition: conditionOf(text),
        });
      }
    }
    for (const group of data.docs) {
      for (const doc of group.items) {
        add(doc, {
          stage,
          place: 'docs',
          level: group.need,
          text:
            doc.label ?? sources.topicTitles?.get(doc.topic?.id ?? '') ?? doc.topic?.id ?? doc.id,
          href: at(doc.id),
          context: [doc.priority, doc.qualifier].filter(Boolean).join(', '),
          requires: false,
        });
      }
    }
  }
  for (const { id: matrix, data } of sources.matrices) {
    for (const row of data.rows) {
      for (const { id: stage } of stages) {
        const cell = row.cells[stage];
        if (cell === undefined) continue;
        const linked = { features: [...(row.features ?? []), ...(cell.features ?? [])] };
        const unique = { features: [...new Map(linked.features.map((f) => [f.id, f])).values()] };
        add(unique, {
          stage,
          place: 'matrix',
          level: cell.level,
          text: cell.text ?? '',
          href: paths.matrixRow(matrix, row.id),
          context: `${data.title}: ${row.label}`,
          requires: cell.level === 'yes',
        });
      }
    }
  }
  for (const { id: list, data } of sources.checklists) {
    if (data.kind !== 'migration') continue;
    const stage = data.to.id;
    const sections = [
      ...data.phases.map((p) => ({ title: p.title, period: p.period, items: p.items })),
      { title: '', period: undefined, items: data.validation },
    ];
    for (const section of sections) {
      for (const item of section.items) {
        const text = plainText(item.text);
        add(item, {
          stage,
          place: 'checklist',
          text,
          href: `${paths.checklist(list)}#item--${item.id}`,
          context: [section.period, section.title].filter(Boolean).join(': '),
          requires: true,
          condition: conditionOf(text, section.title),
        });
      }
    }
  }
  return out;
}

/** What the guide says of every feature, stage by stage, in the order of `sources.features`. */
export function deriveFeatureStatements(sources: StatementSources): FeatureStatements[] {
  const stages = sortStages(sources.stages);
  const all = collectStatements(sources);
  const shortName = new Map(stages.map((s) => [s.id, s.data.shortName]));
  return sources.features.map(({ id, data }) => {
    const mine = all.filter((s) => s.feature === id);
    let requiredAt: FeatureStatements['requiredAt'];
    let requiredIf: FeatureStatements['requiredIf'];
    let listedMust = false;
    let previousClean = false;
    const views = stages.map(({ id: stage }): StageStatements => {
      const statements = mine.filter((s) => s.stage === stage);
      const requiring = statements.filter((s) => s.requires && s.condition === undefined);
      const conditional = statements.filter((s) => s.requires && s.condition !== undefined);
      const listed = statements.filter((s) => s.place === 'requirement');
      const carriedFrom =
        requiredAt !== undefined && listed.length === 0 ? requiredAt.stage : undefined;
      const disagreement = findDisagreement(
        statements,
        requiring,
        listed,
        listedMust || previousClean,
        {
          feature: id,
          stage,
          shortName: (s: string) => shortName.get(s) ?? s,
          labels: sources.labels,
        },
      );
      if (requiredAt === undefined && requiring.length > 0) {
        requiredAt = { stage, places: requiring };
      }
      if (requiredIf === undefined && conditional.length > 0) {
        requiredIf = { stage, places: conditional };
      }
      if (listed.some((s) => s.level === 'must')) listedMust = true;
      // Required here with no list saying less: a later stage's silence carries it forward.
      previousClean = requiring.length > 0 && listed.every((s) => s.level === 'must');
      return { stage, statements, requiring, conditional, carriedFrom, disagreement };
    });
    return {
      feature: { id, name: data.name },
      stages: views,
      requiredAt,
      requiredIf: requiredAt === undefined ? requiredIf : undefined,
      disagreements: views.flatMap((v) => (v.disagreement ? [v.disagreement] : [])),
    };
  });
}

interface SentenceContext {
  feature: string;
  stage: string;
  shortName: (stage: string) => string;
  labels: ReadonlyMap<string, LevelLabel>;
}

/**
 * Places disagree at a stage when one requires the feature outright and another gives it a lower
 * level there (a should have, a ⚠️), or when no requirement list of the stage names it although
 * another place requires it, and it is not carried: no earlier list made it a must, and the stage
 * before did not require it with no list saying less.
 */
function findDisagreement(
  statements: readonly Statement[],
  requiring: readonly Statement[],
  listed: readonly Statement[],
  carried: boolean,
  context: SentenceContext,
): Disagreement | undefined {
  if (requiring.length === 0) return undefined;
  const against = statements.filter(
    (s) =>
      (s.place === 'requirement' && s.level !== 'must') ||
      (s.place === 'matrix' && (s.level === 'partial' || s.level === 'no')),
  );
  const kind =
    against.length > 0 ? 'lower' : listed.length === 0 && !carried ? 'unlisted' : undefined;
  if (kind === undefined) return undefined;
  const priorities = statements.filter((s) => s.place === 'priority');
  return {
    feature: context.feature,
    stage: context.stage,
    kind,
    requiring: [...requiring],
    against,
    sentence: disagreementSentence({ ...context, kind, requiring, against, priorities }),
  };
}
