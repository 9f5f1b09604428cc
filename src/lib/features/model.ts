// The shapes of what the guide says of each feature (derived in statements.ts).
import type { ChecklistData } from '../../schemas/checklists.ts';
import type { MatrixData } from '../../schemas/matrices.ts';
import type { CellLevel, DocNeed, Priority, RequirementLevel } from '../../schemas/shared.ts';
import type { StageData } from '../../schemas/stages.ts';
import type { LevelLabel } from './sentences.ts';

/** The places the guide speaks of a feature. */
export type PlaceKind =
  'requirement' | 'matrix' | 'success' | 'exit' | 'priority' | 'docs' | 'checklist';

/** One thing one place of the guide says of one feature at one stage. */
export interface Statement {
  feature: string;
  stage: string;
  place: PlaceKind;
  /** Requirement level, matrix cell symbol, priority band or document need; none for criteria and tasks. */
  level?: RequirementLevel | CellLevel | Priority | DocNeed | undefined;
  /** The item's own words (a matrix cell: its text, if any). */
  text: string;
  /** Where the words stand on the site. */
  href: string;
  /** The group the item stands in: a requirement heading, "Table: Row", a checklist phase. */
  context: string;
  /** Whether this place makes the feature required: a must, a ✅, a success criterion, a task. */
  requires: boolean;
  /** The guide's condition on it ("if needed"), from the item's or its phase's words. */
  condition?: string | undefined;
}

/** The guide's places at one stage that do not agree on a feature. */
export interface Disagreement {
  feature: string;
  stage: string;
  /** `lower`: another place gives a lower level; `unlisted`: the stage's lists never name it. */
  kind: 'lower' | 'unlisted';
  /** The places that require it. */
  requiring: Statement[];
  /** The places that give it a lower level (empty when `unlisted`). */
  against: Statement[];
  /** The disagreement in plain words. */
  sentence: string;
}

/** What the guide says of a feature at one stage. */
export interface StageStatements {
  stage: string;
  statements: Statement[];
  /** Places that require it at this stage without a condition. */
  requiring: Statement[];
  /** Places that require it only under a condition ("if global users"). */
  conditional: Statement[];
  /** Required at an earlier stage and not listed again here: the requirement carries forward. */
  carriedFrom?: string | undefined;
  disagreement?: Disagreement | undefined;
}

/** Everything the guide says of one feature. */
export interface FeatureStatements {
  feature: { id: string; name: string };
  stages: StageStatements[];
  /** The first stage where a place requires it without a condition, with those places. */
  requiredAt?: { stage: string; places: Statement[] } | undefined;
  /** The first stage where a place requires it under a condition, when none does without. */
  requiredIf?: { stage: string; places: Statement[] } | undefined;
  disagreements: Disagreement[];
}

/** Plain data in, nothing from Astro: collection entries fit these shapes, and so do fixtures. */
export interface StatementSources {
  stages: readonly { id: string; data: StageData }[];
  matrices: readonly { id: string; data: MatrixData }[];
  checklists: readonly { id: string; data: ChecklistData }[];
  features: readonly { id: string; data: { name: string } }[];
  /** Topic titles by id, for documentation needs that name a topic without words of their own. */
  topicTitles?: ReadonlyMap<string, string> | undefined;
  /** The vocabulary's labels by level value ("should" → "Should have"), for the sentences. */
  labels: ReadonlyMap<string, LevelLabel>;
}
