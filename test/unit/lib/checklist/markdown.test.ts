import { describe, expect, test } from 'vitest';
import {
  escapeMarkdown,
  inlineMarkdown,
  readerText,
  toMarkdown,
} from '../../../../src/lib/checklist/markdown.ts';
import { demoModel, singleListModel } from './fixtures.ts';

const META = {
  date: '30 November 2026',
  siteName: 'The Guide',
  sourceUrl: 'https://example.test/checklists/demo/',
};

describe('toMarkdown', () => {
  test('writes a GFM task list: title, phases as headings, ticks, N/A with reason, notes', () => {
    const markdown = toMarkdown(
      demoModel(),
      {
        a: { status: 'done' },
        b: { status: 'na', reason: 'We have no b' },
        c: { status: 'open', note: 'Ask ops\nbefore Friday' },
      },
      META,
    );
    expect(markdown).toBe(
      [
        '# Migration checklist: Alpha → Beta',
        '',
        'Progress: 1 of 3 done, 1 not applicable.',
        'From The Guide (https://example.test/checklists/demo/), 30 November 2026.',
        '',
        '## Week 1: One',
        '',
        '- [x] Do a',
        '- [x] ~~**B first**: then b~~ (not applicable: We have no b)',
        '',
        '## Week 2: Two',
        '',
        '- [ ] Do c',
        '  - Note: Ask ops',
        '    before Friday',
        '',
        '## Validation',
        '',
        '- [ ] Check v',
        '',
      ].join('\n'),
    );
  });

  test('an N/A item without a reason says only that it does not apply', () => {
    const markdown = toMarkdown(demoModel(), { c: { status: 'na' } }, META);
    expect(markdown).toContain('- [x] ~~Do c~~ (not applicable)');
  });

  test('a one-list checklist has no section heading; without a URL the source line names the site', () => {
    const markdown = toMarkdown(
      singleListModel(),
      { y: { status: 'done' } },
      { date: '1 May 2027', siteName: 'The Guide' },
    );
    expect(markdown).toBe(
      [
        '# Alpha: Success Criteria',
        '',
        'Progress: 1 of 2 done.',
        'From The Guide, 1 May 2027.',
        '',
        '- [ ] Works',
        '- [x] Ships',
        '',
      ].join('\n'),
    );
  });

  test('ticks in the export match the progress item by item', () => {
    const model = demoModel();
    const markdown = toMarkdown(model, { a: { status: 'done' }, v: { status: 'done' } }, META);
    const ticked = [...markdown.matchAll(/^- \[x\] (.*)$/gm)].map((m) => m[1]);
    const open = [...markdown.matchAll(/^- \[ \] (.*)$/gm)].map((m) => m[1]);
    expect(ticked).toEqual(['Do a', 'Check v']);
    expect(open).toEqual(['**B first**: then b', 'Do c']);
  });
});

describe('escaping', () => {
  test('escapes inline markup and line-start markers in plain text', () => {
    expect(escapeMarkdown('a_b *c* [d](e) <f> `g` ~h~ |i|')).toBe(
      'a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\`g\\` \\~h\\~ \\|i\\|',
    );
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a bullet')).toBe('\\- not a bullet');
  });

  test("keeps the guide's **strong** marks and escapes what is inside and around them", () => {
    expect(inlineMarkdown('**Key_item**: use *this*')).toBe('**Key\\_item**: use \\*this\\*');
  });

  test('an unmatched ** is plain text, escaped', () => {
    expect(inlineMarkdown('2 ** 3')).toBe('2 \\*\\* 3');
  });
});

describe('the reader’s own text stays inside its item', () => {
  const meta = { date: '30 November 2026', siteName: 'Guide' };
  const exportWith = (note: string, reason = '') =>
    toMarkdown(
      demoModel(),
      {
        a: { status: 'open', note },
        ...(reason ? { b: { status: 'na' as const, reason } } : {}),
      },
      meta,
    );
  /** The task-list items, headings and images a Markdown reader would find in the export. */
  const structure = (markdown: string) => ({
    tasks: markdown.split('\n').filter((l) => /^\s*[-*+] \[[ xX]\]/.test(l)).length,
    headings: markdown.split('\n').filter((l) => /^\s{0,3}#{1,6}\s/.test(l)).length,
    images: /(?<!\\)!\[[^\]]*(?<!\\)\]\(/.test(markdown),
  });
  const plain = structure(exportWith('plain note'));

  test.each([
    '- [x] done',
    '# heading',
    '![x](y)',
    'line one\n- [x] smuggled tick\n## smuggled heading',
    'first\n\n\n- [ ] after blank lines',
    'a\n===',
    'a\n---',
    '  * [x] indented',
    '1. [x] numbered',
    '<img src=x onerror=alert(1)>',
    '&lt;b&gt;',
  ])('a note of %j adds no task, heading or image', (note) => {
    expect(structure(exportWith(note))).toEqual(plain);
  });

  test('a reason with line breaks and markup stays on its item’s line', () => {
    const markdown = exportWith('n', 'none\n- [x] tick\n# h');
    expect(structure(markdown)).toEqual(plain);
    expect(markdown).toContain('(not applicable: none - \\[x\\] tick # h)');
  });

  test('an entity is escaped, a plain ampersand is left as it is', () => {
    expect(escapeMarkdown('&lt;b&gt; &#60; A & B')).toBe('\\&lt;b\\&gt; \\&#60; A & B');
  });

  test('every line of a multi-line note is escaped and indented under its item', () => {
    expect(readerText('# one\n- [x] two\n\n   three', '    ')).toBe(
      '\\# one\n    \\- \\[x\\] two\n    three',
    );
  });
});
