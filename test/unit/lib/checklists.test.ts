import { describe, expect, test } from 'vitest';
import { checklistSections, checklistTitle, countItems } from '../../../src/lib/checklists.ts';
import { checklist, migrationInput, oneItem, templateInput } from '../../fixtures/entries.ts';

const migration = checklist(
  migrationInput({
    phases: [
      { id: 'phase-one', title: 'One', items: [...oneItem('a'), ...oneItem('b')] },
      { id: 'phase-two', title: 'Two', items: oneItem('c') },
    ],
    validation: [...oneItem('v1'), ...oneItem('v2'), ...oneItem('v3')],
  }),
);

const template = checklist(
  templateInput({
    sections: [
      { id: 'first', title: 'First', items: [...oneItem('a'), ...oneItem('b')] },
      { id: 'second', title: 'Second', items: oneItem('c') },
    ],
  }),
);

describe('checklistSections', () => {
  test("gives a migration's phases followed by its validation list under the given title", () => {
    const sections = checklistSections(migration, 'Check it');
    expect(sections.map((s) => [s.id, s.title, s.items.map((i) => i.id)])).toEqual([
      ['phase-one', 'One', ['a', 'b']],
      ['phase-two', 'Two', ['c']],
      ['validation', 'Check it', ['v1', 'v2', 'v3']],
    ]);
  });

  test("gives a template's sections as they are", () => {
    const sections = checklistSections(template, 'Check it');
    expect(sections.map((s) => s.id)).toEqual(['first', 'second']);
  });
});

describe('countItems', () => {
  test('counts every phase item and every validation item of a migration', () => {
    expect(countItems(migration)).toBe(6);
  });

  test('counts every item of a template', () => {
    expect(countItems(template)).toBe(3);
  });
});

describe('checklistTitle', () => {
  test('names a migration by its stages with an arrow', () => {
    const names = new Map([
      ['alpha', 'First'],
      ['beta', 'Second'],
    ]);
    expect(checklistTitle(migration, names)).toBe('First → Second');
  });

  test('falls back to the stage ids when a name is unknown', () => {
    expect(checklistTitle(migration, new Map())).toBe('alpha → beta');
  });

  test("gives a template's own title", () => {
    expect(checklistTitle(template, new Map())).toBe('From {this} to {that}');
  });
});
