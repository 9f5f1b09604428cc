import type { StageData } from '../schemas/stages.ts';

/** "Stage 2": how the guide numbers its stages. */
export function stageNumber(order: number): string {
  return `Stage ${order}`;
}

/** A stage as the site's logic needs it: its id and validated data. */
export interface StageEntry {
  id: string;
  data: StageData;
}

/** The stages in lifecycle order. */
export function sortStages<T extends { data: { order: number } }>(stages: readonly T[]): T[] {
  return [...stages].sort((a, b) => a.data.order - b.data.order);
}

/** The stage's heading as the guide writes it: "Stage 1: Proof of Concept (POC)". */
export function stageHeading(stage: StageEntry): string {
  const { order, name, shortName } = stage.data;
  const suffix = name.includes(shortName) ? '' : ` (${shortName})`;
  return `${stageNumber(order)}: ${name}${suffix}`;
}

/** The stages before and after `id` in lifecycle order. */
export function neighbours<T extends { id: string; data: { order: number } }>(
  stages: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const sorted = sortStages(stages);
  const index = sorted.findIndex((s) => s.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}

/** A priority item with the number the guide gives it: numbering runs on across P0, P1, P2. */
export interface NumberedPriority {
  number: number;
  level: StageData['priorities'][number]['level'];
  item: StageData['priorities'][number]['items'][number];
}

/** Numbers a stage's priority items across the bands, as the source does (P1 starts after P0). */
export function numberPriorities(priorities: StageData['priorities']): NumberedPriority[][] {
  let number = 0;
  return priorities.map((band) =>
    band.items.map((item) => {
      number += 1;
      return { number, level: band.level, item };
    }),
  );
}
