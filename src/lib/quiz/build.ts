import type { ChecklistData } from '../../schemas/checklists.ts';
import type { Cell, MatrixData } from '../../schemas/matrices.ts';
import type { PageData } from '../../schemas/pages.ts';
import type { QuizData } from '../../schemas/quiz.ts';
import type { TermData } from '../../schemas/vocabulary.ts';
import { checklistTitle } from '../checklist/build.ts';
import { plainText } from '../inline.ts';
import { paths } from '../paths.ts';
import { fillTemplate } from '../template.ts';
import { sortStages, stageHeading, type StageEntry } from '../stages.ts';
import { strip } from '../decide/feature/build.ts';
import type { FeatureStatements } from '../features/statements.ts';
import type {
  AlsoRequired,
  MatrixRowView,
  Principle,
  QuizModel,
  QuizQuestion,
  QuizStage,
} from './model.ts';

/** The content the quiz is built from, as the collections give it (validated, ids resolved). */
export interface QuizSources {
  quiz: QuizData;
  stages: readonly StageEntry[];
  matrices: readonly { id: string; data: MatrixData }[];
  checklists: readonly { id: string; data: ChecklistData }[];
  pages: readonly { id: string; data: PageData }[];
  terms: ReadonlyMap<string, TermData>;
  /** What the guide says of each feature at each stage (the one derivation); none lists nothing. */
  statements?: readonly FeatureStatements[] | undefined;
}

/** The features some place requires at `stageId` that no must-have requirement item names. */
export function alsoRequiredAt(
  stageId: string,
  statements: readonly FeatureStatements[],
): AlsoRequired[] {
  return statements.flatMap((f) => {
    const requiring = f.stages.find((v) => v.stage === stageId)?.requiring ?? [];
    const inMustList = requiring.some((s) => s.place === 'requirement' && s.level === 'must');
    if (requiring.length === 0 || inMustList) return [];
    return [{ featureId: f.feature.id, name: f.feature.name, places: requiring.map(strip) }];
  });
}

/** Where each prose page of the `pages` collection is shown. */
const PAGE_PATHS: Record<string, string> = {
  overview: paths.home(),
  integration: paths.integration(),
  decide: paths.decide(),
  summary: paths.summary(),
};

/** The words of a matrix cell: its text, or its level's words when it has only a symbol. */
export function cellWords(cell: Cell, terms: ReadonlyMap<string, TermData>): string {
  if (cell.text !== undefined) return cell.text;
  const level = cell.level ?? '';
  const term = terms.get(level);
  if (term === undefined) throw new Error(`content/vocabulary.yaml has no term "${level}".`);
  return term.label;
}

function principle(
  cite: { page: { id: string }; item: string },
  pages: QuizSources['pages'],
): Principle {
  const page = pages.find((p) => p.id === cite.page.id);
  const item = page?.data.sections.flatMap((s) => s.items).find((i) => i.id === cite.item);
  const base = PAGE_PATHS[cite.page.id];
  if (item === undefined || base === undefined) {
    throw new Error(
      `content/quiz cites "${cite.item}" on page "${cite.page.id}", which has no such item or route.`,
    );
  }
  return { title: item.title, text: item.text, href: `${base}#${item.id}` };
}

function rowView(
  matrixRow: QuizData['questions'][number]['matrixRow'],
  sources: QuizSources,
): MatrixRowView | undefined {
  if (matrixRow === undefined) return undefined;
  const matrix = sources.matrices.find((m) => m.id === matrixRow.matrix.id);
  const row = matrix?.data.rows.find((r) => r.id === matrixRow.row);
  if (row === undefined) {
    throw new Error(
      `content/quiz links row "${matrixRow.row}" of "${matrixRow.matrix.id}", which does not exist.`,
    );
  }
  const cells = Object.fromEntries(
    Object.entries(row.cells).map(([stage, cell]) => [stage, cellWords(cell, sources.terms)]),
  );
  return { label: row.label, href: paths.matrixRow(matrixRow.matrix.id, row.id), cells };
}

/** The integration checklist template, titled for a stage pair ("Integration Checklist: MVP → Production"). */
function integrationFor(stage: string, nextStage: string, sources: QuizSources) {
  for (const { id, data } of sources.checklists) {
    if (data.kind !== 'template') continue;
    const title = fillTemplate(data.title, data.placeholders, { stage, nextStage });
    return { href: paths.checklist(id), title };
  }
  return undefined;
}

function stageView(stage: StageEntry, sources: QuizSources, names: Map<string, string>): QuizStage {
  const { data } = stage;
  const nextName = data.next && names.get(data.next.id);
  const migration = sources.checklists.find(
    (c) => c.data.kind === 'migration' && c.data.from.id === stage.id,
  );
  const { timeBox } = data;
  return {
    id: stage.id,
    shortName: data.shortName,
    heading: stageHeading(stage),
    href: paths.stage(stage.id),
    timeBox: timeBox && {
      maxDuration: timeBox.maxDuration,
      limit: timeBox.limit,
      integrationRequired: timeBox.integrationRequired,
    },
    // The stage page gives these sections these anchors (src/pages/stages/[id].astro).
    checkpointHref: data.integrationCheckpoint
      ? `${paths.stage(stage.id)}#integration-checkpoint`
      : undefined,
    mustHaves: data.requirements
      .filter((g) => g.level === 'must')
      .flatMap((g) => g.items.map((item) => ({ id: item.id, text: plainText(item.text) }))),
    alsoRequired: alsoRequiredAt(stage.id, sources.statements ?? []),
    migration: migration && {
      href: paths.checklist(migration.id),
      title: checklistTitle(migration.data, names),
    },
    integrationChecklist:
      nextName === undefined ? undefined : integrationFor(data.shortName, nextName, sources),
  };
}

/** Builds the quiz's island props from the content. Throws, naming the content, on a broken link. */
export function buildQuizModel(sources: QuizSources): QuizModel {
  const { quiz } = sources;
  const stages = sortStages(sources.stages);
  const names = new Map(stages.map((s) => [s.id, s.data.shortName]));
  const questions: QuizQuestion[] = quiz.questions.map((q) => ({
    id: q.id,
    name: q.name,
    prompt: q.prompt,
    clarification: q.clarification,
    measures: q.measures,
    required: q.required,
    row: rowView(q.matrixRow, sources),
    bands: { ...q.bands },
    answers: q.answers.map((a) => ({
      id: a.id,
      label: a.label,
      stages: a.stages.map((s) => s.id),
      formerIds: [...a.formerIds],
    })),
  }));
  return {
    title: quiz.title,
    rule: {
      text: quiz.rule.text,
      load: quiz.rule.load,
      principles: quiz.rule.principles.map((cite) => principle(cite, sources.pages)),
    },
    infrastructureAhead: principle(quiz.rule.infrastructureAhead, sources.pages),
    questions,
    timeQuestion: quiz.timeAtStage && {
      id: quiz.timeAtStage.id,
      name: quiz.timeAtStage.name,
      prompt: quiz.timeAtStage.prompt,
      options: quiz.timeAtStage.options.map((o) => ({
        id: o.id,
        label: o.label,
        over: o.over,
        upTo: o.upTo,
      })),
    },
    stages: stages.map((stage) => stageView(stage, sources, names)),
    compareHref: paths.compare(),
  };
}
