// Small made-up checklists for the checklist logic's tests. Not the guide's content: the ids and
// words stand for any checklist.
import type { ChecklistModel } from '../../../../src/lib/checklist/model.ts';
import { createMemoryStorage } from './memory-storage.ts';

export { createMemoryStorage };

/** A checklist with two phases (a, b / c) and a validation list (v). */
export function demoModel(overrides: Partial<ChecklistModel> = {}): ChecklistModel {
  return {
    id: 'demo',
    title: 'Migration checklist: Alpha → Beta',
    contentVersion: '1',
    sections: [
      {
        id: 'phase-one',
        heading: 'Week 1: One',
        items: [
          { id: 'a', text: 'Do a' },
          { id: 'b', text: '**B first**: then b' },
        ],
      },
      { id: 'phase-two', heading: 'Week 2: Two', items: [{ id: 'c', text: 'Do c' }] },
      { id: 'validation', heading: 'Validation', items: [{ id: 'v', text: 'Check v' }] },
    ],
    ...overrides,
  };
}

/** A one-list checklist (like a stage's success criteria). */
export function singleListModel(): ChecklistModel {
  return {
    id: 'stages/alpha/success-criteria',
    title: 'Alpha: Success Criteria',
    contentVersion: 'ids-00000000',
    sections: [
      {
        id: 'stages--alpha--success-criteria',
        heading: 'Alpha: Success Criteria',
        items: [
          { id: 'x', text: 'Works' },
          { id: 'y', text: 'Ships' },
        ],
      },
    ],
  };
}
