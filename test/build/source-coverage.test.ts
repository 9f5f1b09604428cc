// Every item of the source guide reaches the built site, in words a reader recognises.
//
// The source (source/infrastructure-lifecycle-stages.md, part of the repository) is parsed
// into items: headings, list items (also in the fenced integration template), table cells,
// bold-label lines, other text lines and the text of the ASCII diagrams (source-coverage/source.ts).
// Both sides are normalised alike, which removes presentation only (source-coverage/normalise.ts).
// An item is found when its fragments (a bold label and its value, a link and its note, …) appear
// in order, each whole, separated by punctuation or a block boundary only, in the visible text of
// one page's <main> or of the footer. Headings must appear as a heading, caption, table header,
// term or navigation label. Table cells must also sit in the same row and column of the same table
// on the page that shows it, with their ✅/❌/⚠️ symbol. One failure lists every missing item.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './dist.ts';
import { emojiOf, normalise, wholeWords } from './source-coverage/normalise.ts';
import { readSite, type SitePage, type SiteTable } from './source-coverage/site.ts';
import { parseSource, type Fragment, type SourceItem } from './source-coverage/source.ts';

/** The guide the content comes from, kept in the repository so a clone alone passes. */
const SOURCE = resolve(ROOT, 'source', 'infrastructure-lifecycle-stages.md');

/**
 * The allowlist: the only source text not looked for on the site, each with its reason. An entry
 * that no longer matches anything fails the test, so the list cannot go stale.
 */
const ALLOWLIST = {
  /** Sections skipped whole, heading and all (normalised heading). */
  sections: [
    {
      heading: 'table of contents',
      why: 'The markdown table of contents (anchor links to the sections of the one-page guide) is replaced by the site navigation and the All pages page.',
    },
  ],
  /** Headings the site shows as body text, not as a heading: their words are still looked for. */
  headingsAsText: [
    {
      heading: 'infrastructure lifecycle stages',
      why: "The source document's title. The site has its own name (Infrastructure Lifecycle Guide) and names the guide, title and subtitle, in the home page's introduction.",
    },
    {
      heading: 'from poc to production-grade: complete journey',
      why: "The source document's subtitle, named with its title in the home page's introduction.",
    },
  ],
  /** Single fragments of an item not looked for; the rest of the item still is. */
  fragments: [
    {
      source: /^\*\*Context\*\*:/,
      fragment: 'context',
      why: 'The footer prints the guide\'s context sentence after its status, without the field name "Context:"; the sentence itself is looked for.',
    },
  ],
};

/**
 * Presentation rules of the site that the check knows about (not exemptions: the words are still
 * looked for).
 * - Lists under these labels are comma-separated terms ("Security, CI/CD, Monitoring, …"), which
 *   the site shows as one term per line: each term is a fragment.
 */
const COMMA_LIST_LABELS = ['skip'];
/** Stage names, for the "What Stage Am I In?" questions ("→ POC (1-5), MVP (10-100), …"). */
const STAGE_NAMES = ['poc', 'mvp', 'production', 'scale'];
/** The page that shows each table, by the table's heading or its level-2 section (normalised). */
const TABLE_PAGES: Record<string, string> = {
  'stage characteristics': '/',
  'time-boxed stages': '/integration/',
  'stage comparison matrix': '/compare/',
};
/** Labels the site's badges give the emoji of table cells (the symbol itself is also accepted). */
const BADGE_LABELS: Record<string, string[]> = { '✅': ['yes'], '❌': ['no'], '⚠': ['partial'] };
/** Most characters of punctuation or spacing between two fragments of one item. */
const MAX_GAP = 6;

/**
 * A floor under the number of items, whatever the source says: the guide as written has 841
 * (473 list items, 177 table cells, 96 headings, 73 bold-label lines, 21 diagram fragments, one
 * other line). An empty or truncated source fails here.
 */
const MIN_ITEMS = 800;

/**
 * Lower bounds counted from the raw source line by line, independently of the parser: list items
 * (table-of-contents entries, which link to #anchors, excepted), table cells (separator rows
 * excepted) and headings (the table of contents' own excepted).
 */
function rawCounts(markdown: string): { list: number; cell: number; heading: number } {
  const lines = markdown.split(/\r?\n/);
  const list = lines.filter(
    (l) => /^\s*(?:[-*+]|\d+[.)])\s+\S/.test(l) && !/^\s*\d+\.\s+\[[^\]]+\]\(#/.test(l),
  ).length;
  const cell = lines
    .filter((l) => /^\s*\|/.test(l) && !/^[\s|:-]+$/.test(l))
    .reduce(
      (sum, l) =>
        sum +
        l
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|').length,
      0,
    );
  const heading = lines.filter(
    (l) => /^#{1,6}\s/.test(l) && !/^#+\s+table of contents\s*$/i.test(l),
  ).length;
  return { list, cell, heading };
}

function readSource(): string {
  if (!existsSync(SOURCE)) {
    throw new Error(
      `Source guide not found: looked for ${SOURCE}. ` +
        'It is part of the repository (source/infrastructure-lifecycle-stages.md): restore it with git.',
    );
  }
  return readFileSync(SOURCE, 'utf8');
}

const site = readSite();
const pageByUrl = new Map(site.pages.map((p) => [p.url, p]));

/** Pages that stand for a document the guide links to (topic pages), not for a part of the guide. */
const linkedPages = new Set<string>();

/** `security.md`, `runbooks/` → the title of the site's topic page of that name, if any. */
function linkTitle(target: string): string | undefined {
  const slug = target
    .replace(/^\.\//, '')
    .replace(/#.*$/, '')
    .replace(/(?:\.md|\/)$/, '');
  const page = pageByUrl.get(`/topics/${slug}/`);
  if (page) linkedPages.add(page.url);
  return page?.title || undefined;
}

const parsed = parseSource(readSource(), {
  skipSections: ALLOWLIST.sections.map((s) => s.heading),
  commaListLabels: COMMA_LIST_LABELS,
  stageNames: STAGE_NAMES,
  linkTitle,
});

const gap = `[^\\p{L}\\p{N}]{0,${MAX_GAP}}`;
const alternativesOf = (f: Fragment) => `(?:${f.alternatives.map(wholeWords).join('|')})`;

/** The fragments, in order, separated by no more than a little punctuation or a block boundary. */
function sequence(fragments: Fragment[]): RegExp {
  return new RegExp(fragments.map(alternativesOf).join(gap), 'u');
}

/** Haystacks: each page's <main>, and the footer (which every page shows). */
const FOOTER = 'footer';
const haystacks = [
  ...site.pages.map((p) => ({ where: p.url, text: p.text })),
  { where: FOOTER, text: site.footer },
];

function where(pattern: RegExp): string[] {
  return haystacks.filter((h) => pattern.test(h.text)).map((h) => h.where);
}

/** A heading as a whole phrase at the start of a heading, caption, table header, term or nav label. */
function headingPattern(text: string): RegExp {
  return new RegExp(`^${wholeWords(text)}`, 'u');
}

/** Pages that show the text as a heading-like element. */
function pagesWithHeading(text: string): string[] {
  const pattern = headingPattern(text);
  return site.pages.filter((p) => p.headings.some((h) => pattern.test(h))).map((p) => p.url);
}

/** Normalised page titles (<h1>) → URL, for the pages that show parts of the guide. */
const pageByTitle = new Map(
  site.pages.filter((p) => !linkedPages.has(p.url)).map((p) => [normalise(p.title), p.url]),
);

/**
 * Where an item belongs, so that an item dropped from one place is caught even when its words
 * survive elsewhere (the same list in two stages, a checklist item repeated on a stage page):
 * - its home page: the page titled by its innermost enclosing heading that titles a page
 *   ("Stage 1: Proof of Concept (POC)" → /stages/poc/, "POC → MVP" → /checklists/poc-to-mvp/),
 *   topic pages excepted (they stand for linked documents: "POC Priorities" is both a heading of
 *   the guide and the title of the page for poc-priorities.md);
 * - its nearest heading ("Must Have", "Goals"), when the site shows that heading anywhere (a
 *   heading the site lacks is reported as its own item).
 * Returns the pages that satisfy both, and a description for the report.
 */
function contextOf(item: SourceItem): { pages: string[]; description: string } {
  const home = item.context
    .map((c) => pageByTitle.get(c.text))
    .filter((url) => url !== undefined)
    .at(-1);
  const nearest = item.context.at(-1)?.text;
  const withNearest = nearest === undefined ? [] : pagesWithHeading(nearest);
  let pages = site.pages.map((p) => p.url);
  const parts: string[] = [];
  if (home !== undefined) {
    pages = [home];
    parts.push(`page ${home}`);
  }
  if (nearest !== undefined && withNearest.length > 0) {
    pages = pages.filter((url) => withNearest.includes(url));
    parts.push(`heading "${nearest}"`);
  }
  return { pages, description: parts.join(' under ') };
}

/** Whether the item was found where it belongs (the footer is on every page). */
function inContext(item: SourceItem, found: string[]): string | undefined {
  if (found.includes(FOOTER)) return undefined;
  const { pages, description } = contextOf(item);
  if (found.some((url) => pages.includes(url))) return undefined;
  return `found on ${found.slice(0, 4).join(' ')}, but not where it belongs: ${description}`;
}

/** Why the fragments of an item are not found together, fragment by fragment. */
function explain(fragments: Fragment[]): string {
  const parts = fragments.map((f) => {
    const pages = where(new RegExp(alternativesOf(f), 'u'));
    const shown = f.alternatives.map((a) => `"${a}"`).join(' or ');
    return pages.length === 0 ? `${shown} nowhere` : `${shown} on ${pages.slice(0, 3).join(' ')}`;
  });
  return fragments.length === 1
    ? `not found: ${parts[0] ?? ''}`
    : `not found together (${parts.join('; ')})`;
}

function checkText(item: SourceItem, fragments: Fragment[]): string | undefined {
  if (fragments.length === 0) return undefined;
  const found = where(sequence(fragments));
  return found.length > 0 ? inContext(item, found) : explain(fragments);
}

const usedHeadingsAsText = new Set<string>();

function checkHeading(item: SourceItem): string | undefined {
  const text = item.fragments[0]?.alternatives[0];
  if (text === undefined) return undefined;
  if (ALLOWLIST.headingsAsText.some((h) => h.heading === text)) {
    usedHeadingsAsText.add(text);
    return checkText(item, item.fragments);
  }
  const found = pagesWithHeading(text);
  if (found.length > 0) return inContext(item, found);
  const inBody = where(new RegExp(wholeWords(text), 'u'));
  return inBody.length > 0
    ? `not a heading, title or navigation label anywhere (as body text on ${inBody.slice(0, 3).join(' ')})`
    : `not found: "${text}" nowhere`;
}

/** The table on `page` whose header row matches the source table's header. */
function findTable(page: SitePage, header: string[]): SiteTable | undefined {
  return page.tables.find((t) => {
    const first = t.rows[0]?.cells ?? [];
    return first.length === header.length && first.every((c, i) => c === header[i]);
  });
}

/**
 * Whether the site cell shows the source cell: its words whole, and its emoji as the same symbol
 * (when the site cell shows symbols) or else as the badge's label.
 */
function cellShows(
  siteText: string,
  siteRaw: string,
  sourceText: string,
  emoji: string[],
): boolean {
  if (sourceText !== '' && !new RegExp(wholeWords(sourceText), 'u').test(siteText)) return false;
  const symbols = emojiOf(siteRaw);
  if (symbols.length > 0) return emoji.join('') === symbols.join('');
  return emoji.every((e) =>
    (BADGE_LABELS[e] ?? []).some((label) => new RegExp(wholeWords(label), 'u').test(siteText)),
  );
}

function checkCell(item: SourceItem): string | undefined {
  const cell = item.cell;
  if (!cell) return undefined;
  const { table } = cell;
  const url = TABLE_PAGES[table.heading] ?? TABLE_PAGES[table.section];
  if (url === undefined) {
    return `no page is known for the table under "${table.heading}" (line ${table.line}): add it to TABLE_PAGES`;
  }
  const page = pageByUrl.get(url);
  if (!page) return `the table's page ${url} is not in dist/`;
  const header = table.header.map((h) => normalise(h));
  const siteTable = findTable(page, header);
  if (!siteTable) return `no table with the columns ${header.join(' | ')} on ${url}`;
  const sourceText = item.fragments[0]?.alternatives[0] ?? '';
  if (cell.row === -1) return undefined; // The header row matched as a whole.
  const label = normalise(table.rows[cell.row]?.[0] ?? '');
  const row = siteTable.rows.find((r) => r.cells[0] === label);
  if (!row) return `no row "${label}" in the table on ${url}`;
  const shows = cellShows(
    row.cells[cell.col] ?? '',
    row.raw[cell.col] ?? '',
    sourceText,
    cell.emoji,
  );
  return shows
    ? undefined
    : `row "${label}", column "${header[cell.col] ?? cell.col}" on ${url} shows "${(row.raw[cell.col] ?? '').replace(/\s+/g, ' ').trim()}"`;
}

function checkStageMap(item: SourceItem): string | undefined {
  const map = item.stageMap;
  if (!map) return undefined;
  for (const page of site.pages) {
    for (const table of page.tables) {
      const header = table.rows[0]?.cells ?? [];
      const row = table.rows.find((r) => r.cells[0] === map.question);
      if (!row) continue;
      const wrong = map.values.filter(
        (v) => header.indexOf(v.stage) === -1 || row.cells[header.indexOf(v.stage)] !== v.value,
      );
      if (wrong.length === 0) return undefined;
      return `row "${map.question}" on ${page.url} differs: ${wrong
        .map(
          (v) =>
            `${v.stage} should be "${v.value}", is "${row.cells[header.indexOf(v.stage)] ?? '(no column)'}"`,
        )
        .join('; ')}`;
    }
  }
  return `no table row "${map.question}" with a column per stage on any page`;
}

test('the source guide is parsed into items (a real lower bound)', () => {
  const raw = rawCounts(readSource());
  const count = (...kinds: SourceItem['kind'][]) =>
    parsed.items.filter((i) => kinds.includes(i.kind)).length;
  expect(count('list', 'task'), 'list items').toBeGreaterThanOrEqual(raw.list);
  expect(count('cell'), 'table cells').toBeGreaterThanOrEqual(raw.cell);
  expect(count('heading'), 'headings').toBeGreaterThanOrEqual(raw.heading);
  expect(count('label'), 'bold-label lines').toBeGreaterThan(0);
  expect(count('diagram'), 'diagram fragments').toBeGreaterThan(0);
  expect(parsed.items.length, 'items').toBeGreaterThanOrEqual(MIN_ITEMS);
});

test('every item of the source guide appears on the built site', () => {
  const missing: string[] = [];
  const usedFragments = new Set<number>();
  let checked = 0;

  for (const item of parsed.items) {
    // Allowlisted fragments are dropped from the item; the rest is still looked for.
    const fragments = item.fragments.filter((f) => {
      const index = ALLOWLIST.fragments.findIndex(
        (a) => a.source.test(item.source) && f.alternatives.includes(a.fragment),
      );
      if (index !== -1) usedFragments.add(index);
      return index === -1;
    });
    checked++;
    const problems = [
      item.kind === 'heading' ? checkHeading(item) : checkText(item, fragments),
      checkCell(item),
      checkStageMap(item),
    ].filter((p): p is string => p !== undefined);
    if (problems.length > 0) {
      missing.push(
        `  line ${item.line} [${item.kind}] ${item.source}\n      → ${problems.join('\n      → ')}`,
      );
    }
  }

  const stale = [
    ...ALLOWLIST.sections
      .filter((s) => !parsed.skipped.some((k) => k.heading === s.heading))
      .map((s) => `section "${s.heading}"`),
    ...ALLOWLIST.headingsAsText
      .filter((h) => !usedHeadingsAsText.has(h.heading))
      .map((h) => `heading as text "${h.heading}"`),
    ...ALLOWLIST.fragments
      .filter((_, i) => !usedFragments.has(i))
      .map((f) => `fragment "${f.fragment}" of ${String(f.source)}`),
  ];

  console.info(
    `source coverage: ${checked} items of ${SOURCE} checked against ${site.pages.length} pages; ${missing.length} missing`,
  );
  expect(checked, 'items checked').toBeGreaterThanOrEqual(MIN_ITEMS);
  expect(stale, 'allowlist entries that match nothing in the source').toEqual([]);
  expect(
    missing.length,
    `${missing.length} of ${checked} source items are missing or garbled on the built site ` +
      `(source: ${SOURCE}):\n${missing.join('\n')}\n`,
  ).toBe(0);
});

test('no raw markdown reaches the text of the built pages', () => {
  const leaks = [
    ...site.pages.map((p) => ({ where: p.url, raw: p.raw })),
    { where: 'footer', raw: site.footerRaw },
  ].flatMap(({ where, raw }) =>
    [...raw.matchAll(/\*\*[^*\n]*\*\*|\[[^\]\n]*\]\([^)\n]*\)|`[^`\n]+`/g)].map(
      (m) => `${where}: ${m[0]}`,
    ),
  );
  expect(leaks, 'markdown syntax shown as text').toEqual([]);
});
