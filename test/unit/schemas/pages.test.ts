import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { makePageSchema } from '../../../src/schemas/pages.ts';
import { idRef } from '../../../src/schemas/shared.ts';
import { formattedIssues, guideInput, pageInput } from '../../fixtures/entries.ts';

const schema = makePageSchema(idRef);
const FILE = 'content/pages/a-page.mdx';

describe('a valid page', () => {
  test('passes with a title and a description, with no sections', () => {
    expect(schema.parse(pageInput()).sections).toEqual([]);
  });

  test('fills in the defaults of a section', () => {
    const page = schema.parse(pageInput({ sections: [{ id: 'first', heading: 'First' }] }));
    expect(page.sections).toEqual([{ id: 'first', heading: 'First', ordered: false, items: [] }]);
  });

  test('links an item to its topic', () => {
    const page = schema.parse(
      pageInput({
        sections: [
          { id: 's', heading: 'S', items: [{ id: 'i', text: 'See', topic: 'logs', level: 'yes' }] },
        ],
      }),
    );
    expect(page.sections[0]?.items[0]?.topic).toEqual({ collection: 'topics', id: 'logs' });
  });

  test('accepts a guide status block with dates written YYYY-MM-DD', () => {
    expect(schema.parse(pageInput({ guide: guideInput() })).guide?.lastUpdated).toBe('2024-02-29');
  });

  test('accepts a Date object for lastUpdated and turns it into YYYY-MM-DD', () => {
    const page = schema.parse(
      pageInput({ guide: guideInput({ lastUpdated: new Date(Date.UTC(2025, 0, 28)) }) }),
    );
    expect(page.guide?.lastUpdated).toBe('2025-01-28');
  });

  test('accepts the Date a YAML 1.1 loader makes of an unquoted date', () => {
    const frontmatter = parse('lastUpdated: 2025-01-28\nlastReviewed: 2025-02-03\n', {
      schema: 'yaml-1.1',
    }) as Record<string, unknown>;
    expect(frontmatter['lastUpdated']).toBeInstanceOf(Date);
    const page = schema.parse(pageInput({ guide: guideInput(frontmatter) }));
    expect(page.guide).toMatchObject({ lastUpdated: '2025-01-28', lastReviewed: '2025-02-03' });
  });
});

describe('an invalid page', () => {
  test('names a date that does not exist', () => {
    expect(
      formattedIssues(
        schema,
        pageInput({ guide: guideInput({ lastUpdated: '2025-02-30' }) }),
        FILE,
      ),
    ).toMatchInlineSnapshot(`
        "Content check failed: 1 problem.
          content/pages/a-page.mdx
            guide.lastUpdated: received "2025-02-30"; expected a date written YYYY-MM-DD"
      `);
  });

  test('names a date written in another form', () => {
    expect(
      formattedIssues(
        schema,
        pageInput({ guide: guideInput({ lastReviewed: '28/01/2025' }) }),
        FILE,
      ),
    ).toMatchInlineSnapshot(`
        "Content check failed: 1 problem.
          content/pages/a-page.mdx
            guide.lastReviewed: received "28/01/2025"; expected a date written YYYY-MM-DD"
      `);
  });

  test('names a date given as a number', () => {
    expect(
      formattedIssues(schema, pageInput({ guide: guideInput({ lastUpdated: 20250128 }) }), FILE),
    ).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/pages/a-page.mdx
          guide.lastUpdated: received number 20250128; expected a date written YYYY-MM-DD"
    `);
  });

  test('names a duplicate id across a section and an item, and where it was first used', () => {
    const sections = [
      { id: 'first', heading: 'First' },
      { id: 'second', heading: 'Second', items: [{ id: 'first', text: 'Again' }] },
    ];
    expect(formattedIssues(schema, pageInput({ sections }), FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/pages/a-page.mdx
          sections[1].items[0].id: received duplicate id "first"; expected ids unique within a page (first used at sections[0].id)"
    `);
  });

  test("names an item's unknown level", () => {
    const sections = [{ id: 's', heading: 'S', items: [{ id: 'i', text: 'T', level: 'maybe' }] }];
    expect(formattedIssues(schema, pageInput({ sections }), FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/pages/a-page.mdx
          sections[0].items[0].level: received "maybe"; expected one of "no", "partial", "yes""
    `);
  });

  test('names a missing field of the guide status block', () => {
    const guide = guideInput();
    delete guide['status'];
    expect(formattedIssues(schema, pageInput({ guide }), FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/pages/a-page.mdx
          guide.status: received nothing (the field is missing); expected a string"
    `);
  });
});
