import type { ChecklistData } from '../schemas/checklists.ts';

/** A checklist's sections: a migration's phases plus its validation list, or the template's sections. */
export function checklistSections(list: ChecklistData, validationTitle: string) {
  if (list.kind === 'template') return list.sections;
  return [...list.phases, { id: 'validation', title: validationTitle, items: list.validation }];
}

/** How many items a checklist has, validation included. */
export function countItems(list: ChecklistData): number {
  const sections =
    list.kind === 'template' ? list.sections : [...list.phases, { items: list.validation }];
  return sections.reduce((sum, section) => sum + section.items.length, 0);
}

/** A checklist's title: "POC → MVP" for a migration, the template's own title otherwise. */
export function checklistTitle(list: ChecklistData, stageNames: Map<string, string>): string {
  if (list.kind === 'template') return list.title;
  const from = stageNames.get(list.from.id) ?? list.from.id;
  const to = stageNames.get(list.to.id) ?? list.to.id;
  return `${from} → ${to}`;
}
