import type { ChecklistData } from './checklists.ts';
import { closestIds, editDistance } from './did-you-mean.ts';
import { byCollection, checkFeatureMentions, checkFeatureNames } from './feature-rules.ts';
import type { MatrixData } from './matrices.ts';
import type { PageData } from './pages.ts';
import type { QuizData } from './quiz.ts';
import { checkQuizStages } from './quiz-rules.ts';
import {
  CellLevelSchema,
  DocNeedSchema,
  PrioritySchema,
  RequirementLevelSchema,
  type CollectionName,
  type Ref,
} from './shared.ts';
import type { StageData } from './stages.ts';
import type { TermData } from './vocabulary.ts';

/**
 * Build-time rules that no single schema can state: they look across entries and collections.
 * Each broken rule becomes a problem naming the entry, the field, what was found and what was
 * expected. Dangling references are checked here because Astro only logs them.
 */

/** A validated entry, as the rules see it. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** The file the entry came from, relative to the project root. */
  file: string;
  data: unknown;
  /** A Markdown or MDX entry's body, after the frontmatter. */
  body?: string;
}

/** A broken rule: where, and what was received against what was expected. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** The pages the site's routes read by id. */
export const REQUIRED_PAGES = ['overview', 'integration', 'decide', 'summary'] as const;

/** The terms every level value needs, so no badge is shown without words. */
export const REQUIRED_TERMS: Record<TermData['group'], readonly string[]> = {
  'requirement-level': RequirementLevelSchema.options,
  'cell-level': CellLevelSchema.options,
  priority: PrioritySchema.options,
  'doc-need': DocNeedSchema.options,
};

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    'collection' in value &&
    'id' in value &&
    typeof value.id === 'string' &&
    typeof value.collection === 'string' &&
    Object.keys(value).length === 2
  );
}

/** Finds every reference inside `data`, with the path where it stands. */
export function findRefs(data: unknown, path = ''): { path: string; ref: Ref }[] {
  if (isRef(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findRefs(item, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) =>
      findRefs(value, path === '' ? key : `${path}.${key}`),
    );
  }
  return [];
}

function listIds(ids: Iterable<string>): string {
  return [...ids].map((id) => `"${id}"`).join(', ');
}

/** Describes the ids a reference may take: all of them when few, else the closest few. */
export function expectedIds(
  received: string,
  known: readonly string[],
  collection: string,
): string {
  if (known.length === 0) return `an entry of "${collection}", which has none`;
  if (known.length <= 8) return `one of ${listIds(known)}`;
  const closest = closestIds(received, known);
  return `one of the ${known.length} ids in "${collection}"; closest: ${listIds(closest)}`;
}

/** Every reference points at an entry that exists. */
export function checkReferences(entries: readonly CheckedEntry[]): Problem[] {
  const known = new Map<string, Set<string>>();
  for (const entry of entries) {
    const ids = known.get(entry.collection) ?? new Set<string>();
    ids.add(entry.id);
    known.set(entry.collection, ids);
  }
  return entries.flatMap((entry) =>
    findRefs(entry.data)
      .filter(({ ref }) => !known.get(ref.collection)?.has(ref.id))
      .map(({ path, ref }) => ({
        file: entry.file,
        path,
        message: `received "${ref.id}", which is not an entry of "${ref.collection}"; expected ${expectedIds(ref.id, [...(known.get(ref.collection) ?? [])], ref.collection)}`,
      })),
  );
}

/** The stages form one chain: orders 1..n without gaps, each `next` is the following stage. */
export function checkStageChain(entries: readonly CheckedEntry[]): Problem[] {
  const stages = byCollection<StageData>(entries, 'stages').sort(
    (a, b) => a.data.order - b.data.order,
  );
  const problems: Problem[] = [];
  stages.forEach((stage, index) => {
    const expectedOrder = index + 1;
    if (stage.data.order !== expectedOrder) {
      problems.push({
        file: stage.file,
        path: 'order',
        message: `received ${stage.data.order}; expected ${expectedOrder}, so that stage orders run 1, 2, 3 … without gaps or repeats`,
      });
    }
    const following = stages[index + 1];
    const next = stage.data.next?.id;
    if (following === undefined && next !== undefined) {
      problems.push({
        file: stage.file,
        path: 'next',
        message: `received "${next}"; expected no next stage, because "${stage.id}" is the last stage`,
      });
    } else if (following !== undefined && next !== following.id) {
      problems.push({
        file: stage.file,
        path: 'next',
        message: `received ${next === undefined ? 'nothing' : `"${next}"`}; expected "${following.id}", the stage with order ${following.data.order}`,
      });
    }
  });
  return problems;
}

/** Every matrix row has exactly one cell per stage. */
export function checkMatrixCells(entries: readonly CheckedEntry[]): Problem[] {
  const stageIds = byCollection<StageData>(entries, 'stages')
    .sort((a, b) => a.data.order - b.data.order)
    .map((s) => s.id);
  return byCollection<MatrixData>(entries, 'matrices').flatMap((matrix) =>
    matrix.data.rows.flatMap((row, r) => {
      const keys = Object.keys(row.cells);
      const missing = stageIds.filter((id) => !keys.includes(id));
      const unknown = keys.filter((key) => !stageIds.includes(key));
      const problems: Problem[] = [];
      if (missing.length > 0) {
        problems.push({
          file: matrix.file,
          path: `rows[${r}].cells`,
          message: `row "${row.id}" received cells for ${listIds(keys)}; expected a cell for every stage, missing ${listIds(missing)}`,
        });
      }
      if (unknown.length > 0) {
        problems.push({
          file: matrix.file,
          path: `rows[${r}].cells`,
          message: `row "${row.id}" received cells for ${listIds(unknown)}, which are not stages; expected only ${listIds(stageIds)}`,
        });
      }
      return problems;
    }),
  );
}

/** A migration checklist goes from a stage to the stage right after it in lifecycle order. */
export function checkMigrations(entries: readonly CheckedEntry[]): Problem[] {
  const stages = byCollection<StageData>(entries, 'stages').sort(
    (a, b) => a.data.order - b.data.order,
  );
  return byCollection<ChecklistData>(entries, 'checklists').flatMap((list) => {
    if (list.data.kind !== 'migration') return [];
    const fromId: string = list.data.from.id;
    const index = stages.findIndex((s) => s.id === fromId);
    if (index === -1) return []; // reported as a dangling reference
    const following = stages[index + 1];
    if (following?.id === list.data.to.id) return [];
    return [
      {
        file: list.file,
        path: 'to',
        message: `received "${list.data.to.id}"; expected ${following === undefined ? `no migration from "${list.data.from.id}", the last stage` : `"${following.id}", the stage after "${list.data.from.id}"`}`,
      },
    ];
  });
}

/** A quiz question's matrix row exists in the table it names. */
export function checkQuizRows(entries: readonly CheckedEntry[]): Problem[] {
  const matrices = new Map(
    byCollection<MatrixData>(entries, 'matrices').map((m) => [m.id, m.data]),
  );
  return byCollection<QuizData>(entries, 'quiz').flatMap((quiz) =>
    quiz.data.questions.flatMap((q, i) => {
      if (q.matrixRow === undefined) return [];
      const matrix = matrices.get(q.matrixRow.matrix.id);
      if (matrix === undefined) return [];
      const rows = matrix.rows.map((row) => row.id);
      if (rows.includes(q.matrixRow.row)) return [];
      return [
        {
          file: quiz.file,
          path: `questions[${i}].matrixRow.row`,
          message: `received "${q.matrixRow.row}", which is not a row of "${q.matrixRow.matrix.id}"; expected one of ${listIds(rows)}`,
        },
      ];
    }),
  );
}

/** The page items the quiz's rule cites (the guide's principles) exist on the pages they name. */
export function checkQuizPageItems(entries: readonly CheckedEntry[]): Problem[] {
  const pages = new Map(byCollection<PageData>(entries, 'pages').map((p) => [p.id, p.data]));
  return byCollection<QuizData>(entries, 'quiz').flatMap((quiz) => {
    const cited = [
      ...quiz.data.rule.principles.map((cite, i) => ({ cite, path: `rule.principles[${i}].item` })),
      { cite: quiz.data.rule.infrastructureAhead, path: 'rule.infrastructureAhead.item' },
    ];
    return cited.flatMap(({ cite, path }) => {
      const page = pages.get(cite.page.id);
      if (page === undefined) return []; // reported as a dangling reference
      const items = page.sections.flatMap((section) => section.items.map((item) => item.id));
      if (items.includes(cite.item)) return [];
      return [
        {
          file: quiz.file,
          path,
          message: `received "${cite.item}", which is not an item of the page "${cite.page.id}"; expected ${items.length <= 8 ? `one of ${listIds(items)}` : `one of its ${items.length} item ids; closest: ${listIds(closestIds(cite.item, items))}`}`,
        },
      ];
    });
  });
}

/** The pages the routes read exist. */
export function checkRequiredEntries(entries: readonly CheckedEntry[]): Problem[] {
  const pages = new Set(byCollection(entries, 'pages').map((p) => p.id));
  const terms = byCollection<TermData>(entries, 'vocabulary');
  const problems: Problem[] = REQUIRED_PAGES.filter((id) => !pages.has(id)).map((id) => ({
    file: `content/pages/${id}.mdx`,
    path: '(file)',
    message: `received no such file; expected the page "${id}", which a route of the site shows`,
  }));
  for (const [group, ids] of Object.entries(REQUIRED_TERMS)) {
    for (const id of ids) {
      const term = terms.find((t) => t.id === id);
      if (term === undefined || term.data.group !== group) {
        problems.push({
          file: 'content/vocabulary.yaml',
          path: id,
          message: `received ${term === undefined ? 'no entry' : `group "${term.data.group}"`}; expected a term "${id}" in group "${group}", so its badge has words`,
        });
      }
    }
  }
  return problems;
}

export { checkFeatureNames, editDistance };

/** The rules of the content's structure: references, the stage chain, matrix cells, migrations. */
export function checkStructure(entries: readonly CheckedEntry[]): Problem[] {
  return [
    ...checkReferences(entries),
    ...checkStageChain(entries),
    ...checkMatrixCells(entries),
    ...checkMigrations(entries),
  ];
}

/**
 * Runs every cross-entry rule the schemas state. (The readings rule, which runs the widgets'
 * derivation, is in src/content-check/feature-readings.ts.)
 */
export function checkRules(entries: readonly CheckedEntry[]): Problem[] {
  return [
    ...checkStructure(entries),
    ...checkQuizRows(entries),
    ...checkQuizPageItems(entries),
    ...checkQuizStages(entries),
    ...checkRequiredEntries(entries),
    ...checkFeatureNames(entries),
    ...checkFeatureMentions(entries),
  ];
}
