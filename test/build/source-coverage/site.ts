// The built site as text a reader sees: for each page of dist/, the visible text of <main> (scripts,
// styles, templates and hidden elements dropped) with one line per block, its heading-like texts
// (headings, captions, table headers, terms, navigation labels) and its tables, cell by cell.
import { builtPages, isNotFoundPage, parsePage } from '../dist.ts';
import { normalise } from './normalise.ts';

/** Elements that start a new block of text: their text never runs into their neighbours'. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore

/** Elements whose content is never shown as text. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

/** Visible text of a node, with "\n" at every block boundary (not yet normalised). */
export function visibleText(node: Node): string {
  const out: string[] = [];
  const walk = (n: Node, pre: boolean) => {
    if (n.nodeType === 3) {
      // A line break in the HTML source is a space, except in <pre>, where it shows.
      const text = n.textContent ?? '';
      out.push(pre ? text : text.replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (INVISIBLE.has(el.tagName) || el.hasAttribute('hidden')) return;
    const block = BLOCKS.has(el.tagName);
    if (block) out.push('\n');
    for (const child of el.childNodes) walk(child, pre || el.tagName === 'PRE');
    if (block) out.push('\n');
  };
  walk(node, false);
  return out.join('');
}

/** Normalised text on one line (for a cell or a heading). */
const oneLine = (node: Node) => normalise(visibleText(node)).replace(/\n/g, ' ');

export interface SiteTable {
  /** Rows of normalised cell texts, and the raw texts (for the emoji of badges). */
  rows: { cells: string[]; raw: string[] }[];
}

export interface SitePage {
  url: string;
  /** The page's <h1>, as written. */
  title: string;
  /** Raw visible text of <main>. */
  raw: string;
  /** Normalised visible text of <main>, blocks on separate lines. */
  text: string;
  /** Normalised heading-like texts of the whole page, including navigation labels. */
  headings: string[];
  tables: SiteTable[];
}

export interface Site {
  pages: SitePage[];
  /** The site footer (the same on every page), raw and normalised. */
  footerRaw: string;
  footer: string;
}

const HEADING_LIKE = 'h1, h2, h3, h4, h5, h6, caption, th, dt, summary, legend, nav a';

/** Reads every page of dist/ (each index.html; not the 404 page). */
export function readSite(): Site {
  const pages: SitePage[] = [];
  let footerRaw = '';
  for (const page of builtPages()) {
    if (isNotFoundPage(page) || !page.rel.endsWith('index.html')) continue;
    const doc = parsePage(page);
    const main = doc.querySelector('main');
    if (!main) continue;
    if (footerRaw === '') {
      const footer = doc.querySelector('body > footer, footer.site-footer');
      if (footer) footerRaw = visibleText(footer);
    }
    const raw = visibleText(main);
    const tables = [...main.querySelectorAll('table')].map((table) => ({
      rows: [...table.querySelectorAll('tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')];
        return { cells: cells.map(oneLine), raw: cells.map((c) => visibleText(c)) };
      }),
    }));
    pages.push({
      url: page.url,
      title: (doc.querySelector('main h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      raw,
      text: normalise(raw),
      headings: [...doc.querySelectorAll(HEADING_LIKE)].map(oneLine).filter(Boolean),
      tables,
    });
  }
  return { pages, footerRaw, footer: normalise(footerRaw) };
}
