import { describe, expect, test } from 'vitest';
import { makeFeatureSchema } from '../../../src/schemas/features.ts';
import { idRef } from '../../../src/schemas/shared.ts';
import { formattedIssues } from '../../fixtures/entries.ts';

const schema = makeFeatureSchema(idRef);
const FILE = 'content/features.yaml';

describe('a valid feature', () => {
  test('passes with a name', () => {
    expect(schema.parse({ name: 'Logs' })).toEqual({ name: 'Logs' });
  });

  test('links to its topic', () => {
    expect(schema.parse({ name: 'Logs', topic: 'logging' }).topic).toEqual({
      collection: 'topics',
      id: 'logging',
    });
  });
});

describe('aliases', () => {
  test('are kept as written', () => {
    expect(schema.parse({ name: 'Logs', aliases: ['Log files', 'syslog'] }).aliases).toEqual([
      'Log files',
      'syslog',
    ]);
  });

  test('must not be an empty list or hold empty words', () => {
    expect(formattedIssues(schema, { name: 'Logs', aliases: [] }, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/features.yaml
          aliases: received a list of 0 items; expected at least 1 item"
    `);
    expect(formattedIssues(schema, { name: 'Logs', aliases: ['  '] }, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/features.yaml
          aliases[0]: received "  "; expected non-empty text"
    `);
  });
});

describe('an invalid feature', () => {
  test('names a missing name', () => {
    expect(formattedIssues(schema, { topic: 'logging' }, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/features.yaml
          name: received nothing (the field is missing); expected a string"
    `);
  });

  test('names a topic link that is not a kebab-case id', () => {
    expect(formattedIssues(schema, { name: 'Logs', topic: 'Logging Guide' }, FILE))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/features.yaml
          topic: received "Logging Guide"; expected the kebab-case id of an entry in "topics""
    `);
  });

  test('names an unknown field', () => {
    expect(formattedIssues(schema, { name: 'Logs', stage: 'alpha' }, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/features.yaml
          (top level): received unknown field "stage"; expected only the fields the schema documents (see src/schemas/)"
    `);
  });
});
