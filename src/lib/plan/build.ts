/**
 * Build time: the plan page's model from the validated content. Reuses the quiz's model builder
 * and the checklist's model builder, so a stage name, item or phase is read the way every other
 * page reads it.
 */
import { checklistTitle, migrationModel } from '../checklist/build.ts';
import type { IntegrationToolData } from '../decide/integration/build.ts';
import { plainText } from '../inline.ts';
import { paths } from '../paths.ts';
import type { FeatureStatements } from '../features/statements.ts';
import { alsoRequiredAt, buildQuizModel, type QuizSources } from '../quiz/build.ts';
import { sortStages, type StageEntry } from '../stages.ts';
import { periodLength } from './milestones.ts';
import type { PlanMigration, PlanModel, Priority, Requirement } from './model.ts';

export interface PlanSources extends QuizSources {
  siteName: string;
  /** The decision tool's facts (time boxes and cadences), built from the same stages. */
  integration: IntegrationToolData;
  /** The heading of a migration checklist's validation list (as the checklist pages use it). */
  validationHeading: string;
  /** What the guide says of each feature at each stage: the one derivation (src/data). */
  statements: readonly FeatureStatements[];
}

/** The ids of the features an item or matrix row links. */
const featureIds = (item: { features?: readonly { id: string }[] | undefined }): string[] =>
  (item.features ?? []).map((f) => f.id);

/** Whether two lists of feature ids share one. */
export const shareAny = (a: readonly string[], b: readonly string[]) =>
  a.some((id) => b.includes(id));

/**
 * What the stage requires: its must-haves and P0 items, merged by feature, each with its priority
 * band; then the features other places of the guide require there that neither list names (the
 * quiz's "also required", from the one feature derivation). Each says where the guide's places
 * disagree about it at the stage, as /disagreements/ lists it.
 */
export function stageRequirements(
  stage: StageEntry,
  statements: readonly FeatureStatements[],
): Requirement[] {
  const { data } = stage;
  const href = (id: string) => `${paths.stage(stage.id)}#${id}`;
  const bandOf = (features: readonly string[]): Priority | undefined =>
    data.priorities.find((band) => band.items.some((i) => shareAny(featureIds(i), features)))
      ?.level;
  const disagreementOf = (features: readonly string[]) => {
    for (const f of statements) {
      if (!features.includes(f.feature.id)) continue;
      const found = f.stages.find((v) => v.stage === stage.id)?.disagreement;
      if (found)
        return { sentence: found.sentence, href: paths.disagreement(found.feature, stage.id) };
    }
    return undefined;
  };
  const listed = (item: {
    id: string;
    text: string;
    features?: readonly { id: string }[] | undefined;
  }) => {
    const features = featureIds(item);
    return {
      id: item.id,
      text: plainText(item.text),
      href: href(item.id),
      features,
      disagreement: disagreementOf(features),
    };
  };
  const musts: Requirement[] = data.requirements
    .filter((group) => group.level === 'must')
    .flatMap((group) =>
      group.items.map((item) => ({
        ...listed(item),
        priority: bandOf(featureIds(item)),
        must: true,
      })),
    );
  const p0Only: Requirement[] = data.priorities
    .filter((band) => band.level === 'P0')
    .flatMap((band) => band.items)
    .filter((item) => !musts.some((m) => shareAny(m.features, featureIds(item))))
    .map((item) => ({ ...listed(item), priority: 'P0', must: false }));
  const lists = [...musts, ...p0Only];
  const also: Requirement[] = alsoRequiredAt(stage.id, statements)
    .filter((a) => !lists.some((r) => r.features.includes(a.featureId)))
    .map((a) => ({
      id: `also--${a.featureId}`,
      text: a.name,
      href: a.places[0]?.href ?? paths.stage(stage.id),
      features: [a.featureId],
      priority: bandOf([a.featureId]),
      must: false,
      places: a.places,
      disagreement: disagreementOf([a.featureId]),
    }));
  return [...lists, ...also];
}

function migrationFor(
  stageId: string,
  sources: PlanSources,
  names: Map<string, string>,
): PlanMigration | undefined {
  const entry = sources.checklists.find(
    (c) => c.data.kind === 'migration' && c.data.from.id === stageId,
  );
  if (entry === undefined || entry.data.kind !== 'migration') return undefined;
  const data = entry.data;
  const checklist = migrationModel(
    entry.id,
    data,
    checklistTitle(data, names),
    sources.validationHeading,
  );
  const itemFeatures: Record<string, string[]> = {};
  for (const item of [...data.phases.flatMap((p) => p.items), ...data.validation]) {
    if (featureIds(item).length > 0) itemFeatures[item.id] = featureIds(item);
  }
  return {
    href: paths.checklist(entry.id),
    checklist,
    phases: checklist.sections.map((section) => {
      const phase = data.phases.find((p) => p.id === section.id);
      return {
        id: section.id,
        heading: section.heading,
        period: phase?.period,
        due: phase?.period ? periodLength(phase.period) : undefined,
      };
    }),
    itemFeatures,
  };
}

/** Builds the plan page's model. Throws, naming the content, on a broken link (as the quiz does). */
export function buildPlanModel(sources: PlanSources): PlanModel {
  // The quiz's own "also required" lists stay out of the plan's model: the plan shows them at the
  // stage it leads to, among the gaps (stageRequirements), from the same function.
  const quiz = buildQuizModel({ ...sources, statements: undefined });
  const stages = sortStages(sources.stages);
  const names = new Map(stages.map((s) => [s.id, s.data.shortName]));
  const questionFeatures: Record<string, string[]> = {};
  for (const q of sources.quiz.questions) {
    const matrix = sources.matrices.find((m) => m.id === q.matrixRow?.matrix.id);
    const row = matrix?.data.rows.find((r) => r.id === q.matrixRow?.row);
    if (row && featureIds(row).length > 0) questionFeatures[q.id] = featureIds(row);
  }
  const label = (id: string) => {
    const term = sources.terms.get(id);
    if (term === undefined) throw new Error(`content/vocabulary.yaml has no term "${id}".`);
    return term.label;
  };
  return {
    siteName: sources.siteName,
    labels: { must: label('must'), P0: label('P0'), P1: label('P1'), P2: label('P2') },
    quiz,
    questionFeatures,
    stages: stages.map((stage) => {
      const facts = sources.integration.stages.find((s) => s.id === stage.id);
      const quizStage = quiz.stages.find((s) => s.id === stage.id);
      return {
        id: stage.id,
        shortName: stage.data.shortName,
        heading: quizStage?.heading ?? stage.data.name,
        href: paths.stage(stage.id),
        requirements: stageRequirements(stage, sources.statements),
        timeBox: facts?.timeBox && {
          maxDuration: facts.timeBox.maxDuration,
          limit: facts.timeBox.limit,
          cadence: facts.timeBox.cadence,
        },
        checkpointHref: facts?.checkpoint?.stageHref,
        migration: migrationFor(stage.id, sources, names),
      };
    }),
  };
}
