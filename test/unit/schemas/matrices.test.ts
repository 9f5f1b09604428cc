import { describe, expect, test } from 'vitest';
import { makeMatrixSchema } from '../../../src/schemas/matrices.ts';
import { idRef } from '../../../src/schemas/shared.ts';
import { formattedIssues, matrixInput } from '../../fixtures/entries.ts';

const schema = makeMatrixSchema(idRef);
const FILE = 'content/matrices/a-table.yaml';
const withCells = (cells: Record<string, unknown>) =>
  formattedIssues(
    schema,
    matrixInput({ rows: [{ id: 'row-one', label: 'Row one', cells }] }),
    FILE,
  );

describe('a valid table', () => {
  test('reads a bare number as the cell\'s text, as YAML gives "0" written without quotes', () => {
    const table = schema.parse(
      matrixInput({ rows: [{ id: 'row-one', label: 'Row one', cells: { a: 0 } }] }),
    );
    expect(table.rows[0]?.cells['a']).toEqual({ text: '0' });
  });

  test('passes with one row', () => {
    expect(schema.safeParse(matrixInput()).success).toBe(true);
  });

  test('turns every cell into a level and a text', () => {
    const table = schema.parse(
      matrixInput({
        rows: [
          {
            id: 'row-one',
            label: 'Row one',
            features: ['logs'],
            cells: {
              a: 'Plain words',
              b: { level: 'no' },
              c: { level: 'partial', text: 'Some' },
              d: { text: 'N/A' },
            },
          },
        ],
      }),
    );
    const [row] = table.rows;
    expect(row?.features).toEqual([{ collection: 'features', id: 'logs' }]);
    expect(row?.cells).toEqual({
      a: { level: undefined, text: 'Plain words' },
      b: { level: 'no', text: undefined },
      c: { level: 'partial', text: 'Some' },
      d: { level: undefined, text: 'N/A' },
    });
  });
});

describe('an invalid table', () => {
  test('names a cell with neither a level nor a text', () => {
    expect(withCells({ alpha: {} })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/matrices/a-table.yaml
          rows[0].cells.alpha: received an empty object; expected a level, a text or both"
    `);
  });

  test('names a cell that is a list', () => {
    expect(withCells({ alpha: ['a', 'b'] })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/matrices/a-table.yaml
          rows[0].cells.alpha: received a list of 2 items; expected plain text, or an object with "level" and/or "text""
    `);
  });

  test('names an empty cell', () => {
    expect(withCells({ alpha: '' })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/matrices/a-table.yaml
          rows[0].cells.alpha: received ""; expected plain text, or an object with "level" and/or "text""
    `);
  });

  test('names the allowed levels when a cell has an unknown level', () => {
    const text = withCells({ alpha: { level: 'maybe' } });
    expect(text).toContain('rows[0].cells.alpha');
    expect(text).toMatch(/"no", "partial", "yes"/);
  });

  test('names an unknown field in a cell', () => {
    expect(withCells({ alpha: { level: 'yes', colour: 'green' } })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/matrices/a-table.yaml
          rows[0].cells.alpha: received unknown field "colour"; expected only the fields the schema documents (see src/schemas/)"
    `);
  });

  test('names a duplicate row id and where it was first used', () => {
    const row = { id: 'same', label: 'Same', cells: { alpha: 'x' } };
    expect(formattedIssues(schema, matrixInput({ rows: [row, row] }), FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/matrices/a-table.yaml
          rows[1].id: received duplicate id "same"; expected ids unique within a table (first used at rows[0].id)"
    `);
  });

  test('names a cell key that is not a kebab-case stage id, and what a key must be', () => {
    const text = withCells({ 'Stage One': 'x' });
    expect(text).toContain('rows[0].cells');
    expect(text).toContain('received the key "Stage One"');
    expect(text).toContain('expected a stage id in kebab-case as the key');
  });

  test('names a table without rows', () => {
    expect(formattedIssues(schema, matrixInput({ rows: [] }), FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/matrices/a-table.yaml
          rows: received a list of 0 items; expected at least 1 item"
    `);
  });
});
