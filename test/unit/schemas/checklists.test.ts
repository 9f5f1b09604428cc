import { describe, expect, test } from 'vitest';
import { makeChecklistSchema } from '../../../src/schemas/checklists.ts';
import { idRef } from '../../../src/schemas/shared.ts';
import { formattedIssues, migrationInput, oneItem, templateInput } from '../../fixtures/entries.ts';

const schema = makeChecklistSchema(idRef);
const FILE = 'content/checklists/a-list.yaml';

describe('a valid checklist', () => {
  test('passes as a migration', () => {
    const list = schema.parse(migrationInput());
    expect(list.kind).toBe('migration');
    if (list.kind !== 'migration') return;
    expect(list.from).toEqual({ collection: 'stages', id: 'alpha' });
    expect(list.to).toEqual({ collection: 'stages', id: 'beta' });
  });

  test('passes as a template', () => {
    expect(schema.parse(templateInput()).kind).toBe('template');
  });

  test('links an item to its features', () => {
    const list = schema.parse(
      migrationInput({ validation: [{ id: 'check-one', text: 'Check', features: ['logs'] }] }),
    );
    if (list.kind !== 'migration') throw new Error('expected a migration');
    expect(list.validation[0]?.features).toEqual([{ collection: 'features', id: 'logs' }]);
  });
});

describe('an invalid checklist', () => {
  test('names an unknown kind and the kinds it expects', () => {
    const text = formattedIssues(schema, migrationInput({ kind: 'plan' }), FILE);
    expect(text).toContain('kind: received "plan"');
    expect(text).toMatch(/expected kind "migration" or "template"$/);
  });

  test('names a missing kind and the kinds it expects', () => {
    const input = migrationInput();
    delete input['kind'];
    const text = formattedIssues(schema, input, FILE);
    expect(text).toContain('kind: received nothing (the field is missing)');
    expect(text).toMatch(/expected kind "migration" or "template"$/);
  });

  test('names a duplicate item id across a phase and the validation list, and where it was first used', () => {
    expect(formattedIssues(schema, migrationInput({ validation: oneItem('item-one') }), FILE))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/checklists/a-list.yaml
          validation[0].id: received duplicate id "item-one"; expected ids unique within a checklist (first used at phases[0].items[0].id)"
    `);
  });

  test('names a duplicate item id across two template sections, and where it was first used', () => {
    const sections = [
      { id: 'first', title: 'First', items: oneItem('same') },
      { id: 'second', title: 'Second', items: oneItem('same') },
    ];
    expect(formattedIssues(schema, templateInput({ sections }), FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/checklists/a-list.yaml
          sections[1].items[0].id: received duplicate id "same"; expected ids unique within a checklist (first used at sections[0].items[0].id)"
    `);
  });

  test('names an item id that is not kebab-case', () => {
    expect(formattedIssues(schema, migrationInput({ validation: oneItem('Check One') }), FILE))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/checklists/a-list.yaml
          validation[0].id: received "Check One"; expected a kebab-case id (lowercase letters and digits joined by single hyphens)"
    `);
  });

  test("names a template's field used in a migration as unknown", () => {
    expect(formattedIssues(schema, migrationInput({ sections: [] }), FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/checklists/a-list.yaml
          (top level): received unknown field "sections"; expected only the fields the schema documents (see src/schemas/)"
    `);
  });

  test('names a version that is not a whole number', () => {
    expect(formattedIssues(schema, migrationInput({ version: '1' }), FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/checklists/a-list.yaml
          version: received "1"; expected a number"
    `);
  });

  test('names a missing placeholder of a template', () => {
    expect(formattedIssues(schema, templateInput({ placeholders: { stage: '{this}' } }), FILE))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/checklists/a-list.yaml
          placeholders.nextStage: received nothing (the field is missing); expected a string"
    `);
  });
});
