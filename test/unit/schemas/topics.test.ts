import { describe, expect, test } from 'vitest';
import { TopicSchema } from '../../../src/schemas/topics.ts';
import { formattedIssues, topicInput } from '../../fixtures/entries.ts';

const FILE = 'content/topics/a-topic.mdx';
const resolvedTo = (href: string) => ({ href, label: 'Go there', note: 'Because' });
const accepts = (fields: Record<string, unknown>) =>
  TopicSchema.safeParse(topicInput(fields)).success;

describe('a valid topic', () => {
  test('passes with a title, a summary and a source link', () => {
    expect(accepts({})).toBe(true);
  });

  test('accepts a source link to a file or to a folder', () => {
    expect(accepts({ sourceLink: 'graceful-shutdown.md' })).toBe(true);
    expect(accepts({ sourceLink: 'runbooks/' })).toBe(true);
  });

  test('accepts a site path as the place it resolves to', () => {
    expect(accepts({ resolvedTo: resolvedTo('/checklists/a-list/') })).toBe(true);
    expect(accepts({ resolvedTo: resolvedTo('/') })).toBe(true);
    expect(accepts({ resolvedTo: resolvedTo('/compare/#a-table') })).toBe(true);
  });
});

describe('an invalid topic', () => {
  test.each([
    'Runbooks.md',
    'runbooks',
    'docs/runbooks.md',
    'https://example.com/a.md',
    'a.txt',
    '',
  ])('rejects the source link %j', (sourceLink) => {
    expect(accepts({ sourceLink })).toBe(false);
  });

  test('says what form a source link takes', () => {
    expect(formattedIssues(TopicSchema, topicInput({ sourceLink: 'Runbooks.md' }), FILE))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/topics/a-topic.mdx
          sourceLink: received "Runbooks.md"; expected the source link target, a file name ending in .md or a folder ending in /"
    `);
  });

  test.each([
    'checklists/a-list/',
    '/checklists/a-list',
    'https://example.com/',
    '/Checklists/',
    '/a//b/',
  ])('rejects the site path %j', (href) => {
    expect(accepts({ resolvedTo: resolvedTo(href) })).toBe(false);
  });

  test('says what form a site path takes', () => {
    expect(
      formattedIssues(
        TopicSchema,
        topicInput({ resolvedTo: resolvedTo('/checklists/a-list') }),
        FILE,
      ),
    ).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/topics/a-topic.mdx
          resolvedTo.href: received "/checklists/a-list"; expected a site path such as "/checklists/mvp-to-production/""
    `);
  });

  test('names a missing summary', () => {
    const input = topicInput();
    delete input['summary'];
    expect(formattedIssues(TopicSchema, input, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/topics/a-topic.mdx
          summary: received nothing (the field is missing); expected a string"
    `);
  });

  test('names a field a topic must not have, such as stage needs', () => {
    expect(formattedIssues(TopicSchema, topicInput({ stages: ['alpha'] }), FILE))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/topics/a-topic.mdx
          (top level): received unknown field "stages"; expected only the fields the schema documents (see src/schemas/)"
    `);
  });
});
