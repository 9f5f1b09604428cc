import type { FeatureData } from '../../schemas/features.ts';
import type { MatrixData } from '../../schemas/matrices.ts';
import type { CellLevel, Priority, RequirementLevel } from '../../schemas/shared.ts';
import type { TermData } from '../../schemas/vocabulary.ts';
import { plainText } from '../inline.ts';
import { paths } from '../paths.ts';
import { sortStages, type StageEntry } from '../stages.ts';

/**
 * The facts the "Should I add feature X?" tool answers from, built at build time from the
 * collections: every feature with what each stage's requirements, priorities and comparison-matrix
 * cells say of it, in the content's own words, with links. Small plain data, fit for island props.
 */

/** A stage as the tool shows it. */
export interface StageRule {
  id: string;
  shortName: string;
  /** The stage's "should I add a feature?" rule, in the guide's words. */
  rule: string;
  /** The stage page. */
  href: string;
  /** Where the decision framework states the rule on /decide/. */
  ruleHref: string;
  /** The heading of the stage's must-have group ("Must Have (Add from MVP)"), if it has one. */
  mustHeading?: string | undefined;
}

/** A requirement item that names the feature. */
export interface FeatureRequirement {
  stage: string;
  level: RequirementLevel;
  text: string;
  /** The level group's heading ("Must Have (Add from POC)"). */
  heading: string;
  href: string;
}

/** A priority item that names the feature. */
export interface FeaturePriority {
  stage: string;
  level: Priority;
  text: string;
  href: string;
}

/** A comparison-matrix cell of a row about the feature. */
export interface FeatureCell {
  stage: string;
  matrix: string;
  row: string;
  level?: CellLevel | undefined;
  text?: string | undefined;
  href: string;
}

/** One feature and everything the guide says of it. */
export interface FeatureFacts {
  id: string;
  name: string;
  aliases: string[];
  topic?: { title: string; href: string } | undefined;
  requirements: FeatureRequirement[];
  priorities: FeaturePriority[];
  cells: FeatureCell[];
}

/** The words behind a level ("Must have", "✅", "Required at this stage."). */
export interface LevelWords {
  label: string;
  symbol?: string | undefined;
  description: string;
}

/** Everything the feature tool needs. */
export interface FeatureToolData {
  stages: StageRule[];
  /** Sorted by name. */
  features: FeatureFacts[];
  /** Words for requirement levels, matrix cell levels and priorities, by level value. */
  words: Record<string, LevelWords>;
}

/** The collections, as the builder reads them. */
export interface FeatureToolSources {
  stages: readonly StageEntry[];
  matrices: readonly { id: string; data: MatrixData }[];
  features: readonly { id: string; data: FeatureData }[];
  topicTitles: ReadonlyMap<string, string>;
  terms: ReadonlyMap<string, TermData>;
  /** The id prefix of the rule list items on /decide/ (`add-feature-<stage>`). */
  ruleAnchor: (stageId: string) => string;
}

const WORD_GROUPS: ReadonlySet<TermData['group']> = new Set([
  'requirement-level',
  'cell-level',
  'priority',
]);

/** Builds the tool's data from the collections. */
export function buildFeatureToolData(sources: FeatureToolSources): FeatureToolData {
  const stages = sortStages(sources.stages);
  const requirements = stages.flatMap((stage) =>
    stage.data.requirements.flatMap((group) =>
      group.items.flatMap((item) =>
        item.feature
          ? [
              {
                feature: item.feature.id,
                fact: {
                  stage: stage.id,
                  level: group.level,
                  text: plainText(item.text),
                  heading: group.heading,
                  href: `${paths.stage(stage.id)}#${item.id}`,
                } satisfies FeatureRequirement,
              },
            ]
          : [],
      ),
    ),
  );
  const priorities = stages.flatMap((stage) =>
    stage.data.priorities.flatMap((band) =>
      band.items.flatMap((item) =>
        item.feature
          ? [
              {
                feature: item.feature.id,
                fact: {
                  stage: stage.id,
                  level: band.level,
                  text: plainText(item.text),
                  href: `${paths.stage(stage.id)}#${item.id}`,
                } satisfies FeaturePriority,
              },
            ]
          : [],
      ),
    ),
  );
  const cells = sources.matrices.flatMap((matrix) =>
    matrix.data.rows.flatMap((row) => {
      const feature = row.feature?.id;
      if (feature === undefined) return [];
      return stages.flatMap((stage) => {
        const cell = row.cells[stage.id];
        if (cell === undefined) return [];
        const fact: FeatureCell = {
          stage: stage.id,
          matrix: matrix.data.title,
          row: row.label,
          level: cell.level,
          text: cell.text,
          href: paths.matrixRow(matrix.id, row.id),
        };
        return [{ feature, fact }];
      });
    }),
  );
  const about = <T>(list: { feature: string; fact: T }[], id: string) =>
    list.filter((entry) => entry.feature === id).map((entry) => entry.fact);

  const features = sources.features
    .map((feature): FeatureFacts => {
      const topicId = feature.data.topic?.id;
      const topicTitle = topicId === undefined ? undefined : sources.topicTitles.get(topicId);
      return {
        id: feature.id,
        name: feature.data.name,
        aliases: [...(feature.data.aliases ?? [])],
        topic:
          topicId !== undefined && topicTitle !== undefined
            ? { title: topicTitle, href: paths.topic(topicId) }
            : undefined,
        requirements: about(requirements, feature.id),
        priorities: about(priorities, feature.id),
        cells: about(cells, feature.id),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const words: Record<string, LevelWords> = {};
  for (const [id, term] of sources.terms) {
    if (WORD_GROUPS.has(term.group)) {
      words[id] = { label: term.label, symbol: term.symbol, description: term.description };
    }
  }

  return {
    stages: stages.map((stage) => ({
      id: stage.id,
      shortName: stage.data.shortName,
      rule: stage.data.addFeatureRule,
      href: paths.stage(stage.id),
      ruleHref: `${paths.decide()}#${sources.ruleAnchor(stage.id)}`,
      mustHeading: stage.data.requirements.find((group) => group.level === 'must')?.heading,
    })),
    features,
    words,
  };
}
