import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import {
  checkUniqueIds,
  formatPath,
  IdSchema,
  idRef,
  IsoDateSchema,
  placeIds,
  TextSchema,
} from '../../../src/schemas/shared.ts';
import { formattedIssues } from '../../fixtures/entries.ts';

describe('IdSchema', () => {
  test.each(['a', 'poc', 'p0', 'step-2', '10-to-99', 'a-b-c'])('accepts %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  test.each([
    '',
    'A',
    'camelCase',
    'snake_case',
    '-lead',
    'trail-',
    'double--hyphen',
    'with space',
    'dot.ted',
  ])('rejects %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });

  test('says what a kebab-case id is', () => {
    expect(formattedIssues(IdSchema, 'Not_Kebab')).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/test/entry.yaml
          (top level): received "Not_Kebab"; expected a kebab-case id (lowercase letters and digits joined by single hyphens)"
    `);
  });
});

describe('idRef', () => {
  test('turns an id into a reference to its collection', () => {
    expect(idRef('topics').parse('logging')).toEqual({ collection: 'topics', id: 'logging' });
  });

  test('names the collection when the id is not kebab-case', () => {
    expect(formattedIssues(idRef('stages'), 'Stage One')).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/test/entry.yaml
          (top level): received "Stage One"; expected the kebab-case id of an entry in "stages""
    `);
  });
});

describe('TextSchema', () => {
  test('trims text', () => {
    expect(TextSchema.parse('  words ')).toBe('words');
  });

  test('rejects blank text', () => {
    expect(TextSchema.safeParse(' \n ').success).toBe(false);
  });
});

describe('IsoDateSchema', () => {
  test('accepts a YYYY-MM-DD date, a leap day included', () => {
    expect(IsoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });

  test('turns a Date into YYYY-MM-DD', () => {
    expect(IsoDateSchema.parse(new Date(Date.UTC(2023, 11, 31)))).toBe('2023-12-31');
  });

  test.each(['2023-02-29', '2023-13-01', '2023-1-5', '5 January 2023', ''])(
    'rejects %j',
    (date) => {
      expect(IsoDateSchema.safeParse(date).success).toBe(false);
    },
  );
});

describe('formatPath', () => {
  test('joins names with dots and puts indexes in brackets', () => {
    expect(formatPath(['requirements', 2, 'items', 0, 'id'])).toBe('requirements[2].items[0].id');
  });

  test('starts with an index when the path does', () => {
    expect(formatPath([0, 'id'])).toBe('[0].id');
  });

  test('gives empty text for the top level', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('checkUniqueIds', () => {
  const schema = z
    .object({ a: z.array(z.object({ id: z.string() })), b: z.array(z.object({ id: z.string() })) })
    .superRefine((value, ctx) => {
      checkUniqueIds([...placeIds(value.a, ['a']), ...placeIds(value.b, ['b'])], ctx, 'a test');
    });

  test('accepts distinct ids', () => {
    expect(schema.safeParse({ a: [{ id: 'x' }], b: [{ id: 'y' }] }).success).toBe(true);
  });

  test('reports every repeat at its own path and names the first use', () => {
    expect(
      formattedIssues(schema, { a: [{ id: 'x' }, { id: 'y' }], b: [{ id: 'x' }, { id: 'x' }] }),
    ).toMatchInlineSnapshot(`
      "Content check failed: 2 problems.
        content/test/entry.yaml
          b[0].id: received duplicate id "x"; expected ids unique within a test (first used at a[0].id)
          b[1].id: received duplicate id "x"; expected ids unique within a test (first used at a[0].id)"
    `);
  });
});
