import { describe, expect, test } from 'vitest';
import { markdownHeadings, usesMdx } from '../../../src/core/topic-sections.ts';
import type { CheckedEntry } from '../../../src/schemas/rules.ts';
import {
  checkFeatureTopics,
  checkRelatedTopics,
  checkTopicFormat,
  checkTopicLinks,
  checkTopicSections,
} from '../../../src/schemas/topic-rules.ts';

const COMPLETE =
  '### What it is\n\nText.\n\n### How to verify\n\n- a check\n\n### Pitfalls\n\n- a trap\n';

const topic = (id: string, body: string, ext = '.md', related?: string[]): CheckedEntry => ({
  collection: 'topics',
  id,
  file: `content/topics/${id}${ext}`,
  data: related ? { related } : {},
  body,
});
const feature = (id: string, data: Record<string, unknown>): CheckedEntry => ({
  collection: 'features',
  id,
  file: 'content/features.yaml',
  data,
});

describe('markdownHeadings', () => {
  test('reads ATX headings and skips fenced code', () => {
    const body = '## One\n\n```markdown\n## Not a heading\n```\n\n### Two ###\n#### Three\n';
    expect(markdownHeadings(body)).toEqual(['One', 'Two', 'Three']);
  });
});

describe('usesMdx', () => {
  test('an import, an export or a component counts; a component inside a code block does not', () => {
    expect(usesMdx("import X from './x.astro';\n\n<X />")).toBe(true);
    expect(usesMdx('Text with <Budget days={30} />')).toBe(true);
    expect(usesMdx('Plain text with <b>html</b> and a < b comparison.')).toBe(false);
    expect(usesMdx('```tsx\n<App />\n```\n')).toBe(false);
  });
});

describe('every topic has a verify section and a pitfalls section', () => {
  test('a complete topic passes', () => {
    expect(checkTopicSections([topic('ok', COMPLETE)])).toEqual([]);
  });

  test('a topic without them is named with what is missing', () => {
    expect(checkTopicSections([topic('thin', '### What it is\n\nText.\n')])).toEqual([
      {
        file: 'content/topics/thin.md',
        path: '(body)',
        message:
          'received no heading "How to verify"; expected a section with that heading (a definition of done a lead can check)',
      },
      {
        file: 'content/topics/thin.md',
        path: '(body)',
        message:
          'received no heading "Pitfalls"; expected a section with that heading (what goes wrong)',
      },
    ]);
  });

  test('a heading inside a code block does not count', () => {
    const body = '### How to verify\n\n```markdown\n### Pitfalls\n```\n';
    expect(checkTopicSections([topic('fenced', body)]).map((p) => p.message)).toEqual([
      expect.stringContaining('"Pitfalls"'),
    ]);
  });
});

describe('a topic is MDX only when it uses a component', () => {
  test('plain .md passes and MDX with a component passes', () => {
    expect(
      checkTopicFormat([topic('a', COMPLETE), topic('b', "import X from 'x';\n<X />", '.mdx')]),
    ).toEqual([]);
  });

  test('an .mdx topic without a component is asked to be .md', () => {
    expect(checkTopicFormat([topic('plain', COMPLETE, '.mdx')])).toEqual([
      {
        file: 'content/topics/plain.mdx',
        path: '(file)',
        message:
          'received an .mdx file that imports and uses no component; expected plain Markdown: rename it to plain.md',
      },
    ]);
  });
});

describe('related topics exist', () => {
  test('an unknown id and the topic itself are reported', () => {
    const problems = checkRelatedTopics([
      topic('a', COMPLETE, '.md', ['b', 'nope', 'a']),
      topic('b', COMPLETE),
    ]);
    expect(problems.map((p) => p.path)).toEqual(['related[1]', 'related[2]']);
    expect(problems[0]?.message).toContain('"nope", which is not a topic');
    expect(problems[1]?.message).toContain('the topic itself');
  });
});

describe('a topic body links no site-root path', () => {
  test('a Markdown link to a site path is reported with the path; other links pass', () => {
    const body = `${COMPLETE}\n[POC](/stages/poc/) [12 factors](https://12factor.net/) [cdn](//cdn.example/) [here](#x)\n`;
    const problems = checkTopicLinks([topic('a', body)]);
    expect(problems.map((p) => [p.file, p.path])).toEqual([['content/topics/a.md', '(body)']]);
    expect(problems[0]?.message).toContain('received a link to the site path "/stages/poc/"');
    expect(checkTopicLinks([topic('b', COMPLETE)])).toEqual([]);
  });
});

describe('every feature has a topic or a reason', () => {
  test('a topic or a reason passes', () => {
    expect(
      checkFeatureTopics([
        feature('a', { name: 'A', topic: { collection: 'topics', id: 'x' } }),
        feature('b', { name: 'B', noTopic: 'A product capability, not infrastructure.' }),
      ]),
    ).toEqual([]);
  });

  test('neither is reported on the feature', () => {
    expect(checkFeatureTopics([feature('cdn', { name: 'CDN' })])).toEqual([
      {
        file: 'content/features.yaml',
        path: 'cdn.topic',
        message:
          'received neither a topic nor a reason; expected `topic: <topic id>`, or `noTopic:` saying why no topic page covers it',
      },
    ]);
  });

  test('both is reported too', () => {
    const problems = checkFeatureTopics([
      feature('cdn', { name: 'CDN', topic: { collection: 'topics', id: 'cdn' }, noTopic: 'Why' }),
    ]);
    expect(problems.map((p) => p.path)).toEqual(['cdn.noTopic']);
  });
});
