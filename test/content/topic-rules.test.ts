// The topic rules on copies of the real content with one break each: a topic that loses its
// pitfalls section, a feature that loses its topic, a topic written as MDX without a component.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblems } from '../../src/content-check/zod-issues.ts';
import { copyContent, editYaml, removeCopy } from '../fixtures/content-copy.ts';

let root = '';
beforeEach(() => {
  root = copyContent('topic-rules-');
});
afterEach(() => {
  removeCopy(root);
});

const report = () => formatProblems(checkContent(root));

test('a topic whose pitfalls section is removed fails the check, naming the file', () => {
  const file = join(root, 'content/topics/backups.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^### Pitfalls$/m, '### Things to avoid'));
  expect(report()).toMatchInlineSnapshot(`
    "Content check failed: 1 problem.
      content/topics/backups.md
        (body): received no heading "Pitfalls"; expected a section with that heading (what goes wrong)"
  `);
});

test('a feature with neither a topic nor a reason fails the check', () => {
  editYaml(root, 'content/features.yaml', (doc) => {
    doc.deleteIn(['cdn', 'topic']);
  });
  expect(report()).toMatchInlineSnapshot(`
    "Content check failed: 1 problem.
      content/features.yaml
        cdn.topic: received neither a topic nor a reason; expected \`topic: <topic id>\`, or \`noTopic:\` saying why no topic page covers it"
  `);
});

test('a topic renamed to .mdx without using a component fails the check', () => {
  renameSync(join(root, 'content/topics/cdn.md'), join(root, 'content/topics/cdn.mdx'));
  expect(report()).toMatchInlineSnapshot(`
    "Content check failed: 1 problem.
      content/topics/cdn.mdx
        (file): received an .mdx file that imports and uses no component; expected plain Markdown: rename it to cdn.md"
  `);
});

test('a related topic that does not exist fails the check', () => {
  editYaml(root, 'content/topics/cdn.md', (doc) => {
    doc.setIn(['related'], ['intelligent-cache']);
  });
  expect(report()).toContain(
    'related[0]: received "intelligent-cache", which is not a topic; expected the id of a file in content/topics/',
  );
});
