import type { ChecklistData } from '../../../schemas/checklists.ts';
import type { FeatureData } from '../../../schemas/features.ts';
import type { MatrixData } from '../../../schemas/matrices.ts';
import type { StageData } from '../../../schemas/stages.ts';
import type { TermData } from '../../../schemas/vocabulary.ts';
import { deriveFeatureStatements, type Statement } from '../../features/statements.ts';
import { paths } from '../../paths.ts';
import { sortStages } from '../../stages.ts';

/**
 * The facts the "Should I add feature X?" tool answers from, built at build time from the one
 * derivation of what the guide says of each feature (src/lib/features/statements.ts): every
 * statement at every stage, where it becomes required, and where the guide's places disagree.
 * Small plain data, fit for island props: each statement is stored once, and the places that
 * require it are given by their index in the stage's list.
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
}

/** One statement, without the feature and stage it sits under. */
export type Place = Omit<Statement, 'feature' | 'stage'>;

/** What the guide says of a feature at one stage. */
export interface FeatureStage {
  stage: string;
  places: Place[];
  /** Indexes into `places` of those that require the feature outright. */
  requiring: number[];
  /** Indexes into `places` of those that require it under a condition. */
  conditional: number[];
  /** The stage it has been required since, when it carries forward here unlisted. */
  carriedFrom?: string | undefined;
  /** Where the places disagree: the sentence, the site's reading and its entry's link. */
  disagreement?: { sentence: string; reading?: string | undefined; href: string } | undefined;
}

/** An alias that is also another feature's use, and what the tool says of it. */
export interface AliasNote {
  alias: string;
  note: string;
  see: { id: string; name: string }[];
}

/** One feature and everything the guide says of it. */
export interface FeatureFacts {
  id: string;
  name: string;
  aliases: string[];
  aliasNotes: AliasNote[];
  topic?: { title: string; href: string } | undefined;
  stages: FeatureStage[];
  /** The first stage where a place requires it outright. */
  requiredAt?: string | undefined;
  /** When none does: the first stage where a place requires it under a condition. */
  requiredIf?: string | undefined;
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
  /** Words for requirement levels, matrix cell levels, priorities and document needs. */
  words: Record<string, LevelWords>;
  /** The page that lists every disagreement. */
  disagreementsHref: string;
}

/** The collections, as the builder reads them (plain data; collection entries fit). */
export interface FeatureToolSources {
  stages: readonly { id: string; data: StageData }[];
  matrices: readonly { id: string; data: MatrixData }[];
  checklists: readonly { id: string; data: ChecklistData }[];
  features: readonly { id: string; data: FeatureData }[];
  topicTitles: ReadonlyMap<string, string>;
  terms: ReadonlyMap<string, TermData>;
  /** The id prefix of the rule list items on /decide/ (`add-feature-<stage>`). */
  ruleAnchor: (stageId: string) => string;
}

/** A statement as a place of the guide, without the feature and stage it is about. */
export const strip = ({ feature: _f, stage: _s, ...place }: Statement): Place => place;

/** Builds the tool's data from the collections. */
export function buildFeatureToolData(sources: FeatureToolSources): FeatureToolData {
  const stages = sortStages(sources.stages);
  const derived = deriveFeatureStatements({
    stages,
    matrices: sources.matrices,
    checklists: sources.checklists,
    features: sources.features,
    topicTitles: sources.topicTitles,
    labels: sources.terms,
  });
  const features = derived
    .map((d): FeatureFacts => {
      const entry = sources.features.find((f) => f.id === d.feature.id);
      const data = entry?.data;
      const topicId = data?.topic?.id;
      const topicTitle = topicId === undefined ? undefined : sources.topicTitles.get(topicId);
      const nameOf = (id: string) => sources.features.find((f) => f.id === id)?.data.name ?? id;
      return {
        id: d.feature.id,
        name: d.feature.name,
        aliases: [...(data?.aliases ?? [])],
        aliasNotes: (data?.aliasNotes ?? []).map((n) => ({
          alias: n.alias,
          note: n.note,
          see: (n.see ?? []).map((ref) => ({ id: ref.id, name: nameOf(ref.id) })),
        })),
        topic:
          topicId !== undefined && topicTitle !== undefined
            ? { title: topicTitle, href: paths.topic(topicId) }
            : undefined,
        stages: d.stages.map((view) => ({
          stage: view.stage,
          places: view.statements.map(strip),
          requiring: view.requiring.map((s) => view.statements.indexOf(s)),
          conditional: view.conditional.map((s) => view.statements.indexOf(s)),
          carriedFrom: view.carriedFrom,
          disagreement: view.disagreement && {
            sentence: view.disagreement.sentence,
            reading: data?.readings?.[view.stage],
            href: paths.disagreement(d.feature.id, view.stage),
          },
        })),
        requiredAt: d.requiredAt?.stage,
        requiredIf: d.requiredIf?.stage,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const words: Record<string, LevelWords> = {};
  for (const [id, term] of sources.terms) {
    words[id] = { label: term.label, symbol: term.symbol, description: term.description };
  }

  return {
    stages: stages.map((stage) => ({
      id: stage.id,
      shortName: stage.data.shortName,
      rule: stage.data.addFeatureRule,
      href: paths.stage(stage.id),
      ruleHref: `${paths.decide()}#${sources.ruleAnchor(stage.id)}`,
    })),
    features,
    words,
    disagreementsHref: paths.disagreements(),
  };
}
