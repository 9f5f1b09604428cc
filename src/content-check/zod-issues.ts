import type { z } from 'astro/zod';
import { formatPath } from '../schemas/shared.ts';
import type { Problem } from '../schemas/rules.ts';
import { describeValue, valueAt } from './describe.ts';

type Issue = z.core.$ZodIssue;

/** "a string", "an object": the expected type in words. */
function withArticle(type: string): string {
  if (type === 'int') return 'a whole number';
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** Whether Zod wrote the message itself rather than taking one from our schemas. */
function isDefaultMessage(message: string): boolean {
  return message.startsWith('Invalid input') || message.startsWith('Invalid key');
}

function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return isDefaultMessage(issue.message)
        ? `expected ${withArticle(issue.expected)}`
        : issue.message;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'expected non-empty text'
          : `expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return 'expected only the fields the schema documents (see src/schemas/)';
    case 'invalid_key':
      return isDefaultMessage(issue.message) ? 'expected a kebab-case key' : issue.message;
    case 'invalid_union':
      return isDefaultMessage(issue.message)
        ? 'expected one of the shapes the schema allows'
        : issue.message;
    default:
      // Custom and format issues carry their own "expected …" message from the schema.
      return issue.message;
  }
}

/**
 * Turns Zod's issues for one file into problems that name the file, the field, what was
 * received and what was expected.
 */
export function problemsFromIssues(
  file: string,
  data: unknown,
  issues: readonly Issue[],
): Problem[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path) || '(top level)';
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        path,
        message: `received unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}; ${expectation(issue)}`,
      };
    }
    const expected = expectation(issue);
    if (expected.startsWith('received')) return { file, path, message: expected };
    if (issue.code === 'invalid_key') {
      const key = String(issue.path[issue.path.length - 1]);
      return { file, path, message: `received the key "${key}"; ${expected}` };
    }
    const received = describeValue(valueAt(data, issue.path));
    return { file, path, message: `received ${received}; ${expected}` };
  });
}

/** Formats problems as the build prints them: one line per problem, grouped by file. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const lines = [
    `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
  ];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const p of list) lines.push(`    ${p.path}: ${p.message}`);
  }
  return lines.join('\n');
}
