import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { formatProblems, problemsFromIssues } from '../../../src/content-check/zod-issues.ts';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to fail');
  return result.error.issues;
};

describe('problemsFromIssues', () => {
  test('names the file, the field, what was received and what was expected', () => {
    const schema = z.object({ a: z.object({ b: z.string() }) });
    const input = { a: { b: 7 } };
    expect(problemsFromIssues('content/x.yaml', input, issuesOf(schema, input))).toEqual([
      { file: 'content/x.yaml', path: 'a.b', message: 'received number 7; expected a string' },
    ]);
  });

  test('lists every unknown field of an object in one problem', () => {
    const schema = z.strictObject({ a: z.string() });
    const input = { a: 'x', b: 1, c: 2 };
    expect(problemsFromIssues('f', input, issuesOf(schema, input))).toEqual([
      {
        file: 'f',
        path: '(top level)',
        message:
          'received unknown fields "b", "c"; expected only the fields the schema documents (see src/schemas/)',
      },
    ]);
  });

  test('says "an" before a type that starts with a vowel', () => {
    const schema = z.object({ list: z.array(z.string()), map: z.object({}) });
    const input = { list: 'x', map: 'y' };
    expect(problemsFromIssues('f', input, issuesOf(schema, input)).map((p) => p.message)).toEqual([
      'received "x"; expected an array',
      'received "y"; expected an object',
    ]);
  });
});

describe('formatProblems', () => {
  test('groups problems by file, in the order the files first appear, one line per problem', () => {
    const text = formatProblems([
      { file: 'content/b.yaml', path: 'x', message: 'received 1; expected 2' },
      { file: 'content/a.yaml', path: 'y', message: 'received 3; expected 4' },
      { file: 'content/b.yaml', path: 'z', message: 'received 5; expected 6' },
    ]);
    expect(text).toMatchInlineSnapshot(`
      "Content check failed: 3 problems.
        content/b.yaml
          x: received 1; expected 2
          z: received 5; expected 6
        content/a.yaml
          y: received 3; expected 4"
    `);
  });

  test('counts a single problem in the singular', () => {
    expect(formatProblems([{ file: 'f', path: 'p', message: 'm' }]).split('\n')[0]).toBe(
      'Content check failed: 1 problem.',
    );
  });
});
