import { describe, expect, test } from 'vitest';
import { TermSchema } from '../../../src/schemas/vocabulary.ts';
import { formattedIssues } from '../../fixtures/entries.ts';

const FILE = 'content/vocabulary.yaml';
const term = { group: 'priority', label: 'First', description: 'Do it first.' };

describe('a valid term', () => {
  test('passes without a symbol', () => {
    expect(TermSchema.parse(term)).toEqual(term);
  });

  test('passes with a symbol', () => {
    expect(TermSchema.parse({ ...term, symbol: '★' }).symbol).toBe('★');
  });
});

describe('an invalid term', () => {
  test('names an unknown group and the groups it expects', () => {
    expect(formattedIssues(TermSchema, { ...term, group: 'size' }, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/vocabulary.yaml
          group: received "size"; expected one of "requirement-level", "cell-level", "priority", "doc-need""
    `);
  });

  test('names a missing description', () => {
    expect(formattedIssues(TermSchema, { group: 'priority', label: 'First' }, FILE))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/vocabulary.yaml
          description: received nothing (the field is missing); expected a string"
    `);
  });

  test('names an empty symbol', () => {
    expect(formattedIssues(TermSchema, { ...term, symbol: '' }, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/vocabulary.yaml
          symbol: received ""; expected non-empty text"
    `);
  });
});
