/**
 * The shape every trackable checklist of the site takes in the browser: a migration checklist, the
 * integration template filled in for one stage pair, or a list of a stage page. Built at build time
 * from content/ (see build.ts) and handed to the checklist island as plain data.
 */

/** One item: its stable id (the key of saved progress) and its words, `**strong**` marks kept. */
export interface ChecklistItemModel {
  readonly id: string;
  readonly text: string;
}

/** A group of items under a heading: a phase ("Week 1: Reliability") or a template section. */
export interface ChecklistSectionModel {
  /** The heading's anchor id on the page, stable (the table of contents links to it). */
  readonly id: string;
  /** The heading as shown, exported and printed ("Week 1: Reliability"). */
  readonly heading: string;
  readonly items: readonly ChecklistItemModel[];
}

/** A checklist as the island, the exports and the stored progress know it. */
export interface ChecklistModel {
  /**
   * Stable id of the list, the key of its saved progress: "poc-to-mvp",
   * "integration-template/poc-to-mvp", "stages/poc/success-criteria".
   */
  readonly id: string;
  /** The title used in exports and the issue title ("Migration checklist: POC → MVP"). */
  readonly title: string;
  /** The content version the progress is saved against (see content-version.ts). */
  readonly contentVersion: string;
  readonly sections: readonly ChecklistSectionModel[];
}

/** Every item of the checklist, in page order. */
export function allItems(model: ChecklistModel): ChecklistItemModel[] {
  return model.sections.flatMap((section) => section.items);
}

/** Every item id of the checklist, in page order. */
export function itemIds(model: ChecklistModel): string[] {
  return allItems(model).map((item) => item.id);
}

/** The item with this id, or undefined. */
export function findItem(model: ChecklistModel, id: string): ChecklistItemModel | undefined {
  return allItems(model).find((item) => item.id === id);
}

/** The section that holds the item with this id, or undefined. */
export function sectionOf(model: ChecklistModel, id: string): ChecklistSectionModel | undefined {
  return model.sections.find((section) => section.items.some((item) => item.id === id));
}
