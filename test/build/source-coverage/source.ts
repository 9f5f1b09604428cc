// Parses the source guide (a markdown file) into the items a reader must find on the built site:
// headings, list items (bulleted, numbered, task lists, also inside a fenced markdown block),
// table cells, bold-label lines, other paragraph lines, and the text of the ASCII diagrams.
// Each item keeps its line number and is cut into fragments, the pieces of text that rendering
// may set apart (a bold label and its value, a link and the note after it). Horizontal rules and
// table separator rows are structure, not items.
import { emojiOf, hasWords, normalise, stripEmoji, trimSeparators } from './normalise.ts';

export type ItemKind = 'heading' | 'list' | 'task' | 'label' | 'paragraph' | 'cell' | 'diagram';

export interface Fragment {
  /** Normalised texts, any one of which may stand for the fragment (a link: its text or its page's title). */
  alternatives: string[];
}

export interface SourceTable {
  /** Line of the header row. */
  line: number;
  /** Nearest heading above the table, and the level-2 section it is in (normalised). */
  heading: string;
  section: string;
  /** Raw cells: header row, then body rows. */
  header: string[];
  rows: string[][];
}

export interface CellRef {
  table: SourceTable;
  /** -1 for the header row. */
  row: number;
  col: number;
  /** Emoji of the cell (✅ ❌ ⚠): the site shows them as badges, in the same cell. */
  emoji: string[];
}

/** A list item "**Question?** → POC (a), MVP (b), …": on the site, a row of a stage table. */
export interface StageMap {
  question: string;
  values: { stage: string; value: string }[];
}

export interface SourceItem {
  line: number;
  kind: ItemKind;
  /** The source line, trimmed, for the report. */
  source: string;
  fragments: Fragment[];
  /** The headings the item sits under, outermost first (normalised), with their levels. */
  context: { level: number; text: string }[];
  cell?: CellRef;
  stageMap?: StageMap;
}

export interface ParseOptions {
  /** Normalised headings of sections that are not content: they and everything under them are skipped. */
  skipSections?: readonly string[];
  /** Normalised labels ("skip") whose list items are comma-separated terms, rendered one per line. */
  commaListLabels?: readonly string[];
  /** Normalised stage names that a StageMap list item may use. */
  stageNames?: readonly string[];
  /** The title of the site page a link target stands for (`security.md` → "Security"), if any. */
  linkTitle?: (target: string) => string | undefined;
}

export interface ParseResult {
  items: SourceItem[];
  tables: SourceTable[];
  /** Sections skipped through options.skipSections: heading, line and number of lines skipped. */
  skipped: { heading: string; line: number; lines: number }[];
}

const HR = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/;
const LIST = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const TASK = /^\[[ xX]\]\s+(.*)$/;
const TABLE_ROW = /^\s*\|/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const BOLD_LABEL = /^\*\*(.+?)\*\*\s*:?\s*$/;
/** Characters that draw the ASCII diagrams: box drawing and arrows. */
const DIAGRAM_GLYPHS = /[\u2500-\u257F\u2190-\u21FF]+/;
/** "- P0" or "- P1 (if needed)" after a link: a priority level and an optional note. */
const LEVEL_NOTE = /^\s*[-\u2013\u2014:]\s*(P\d)\b\s*(?:\(([^)]*)\))?\s*(?=,|$)/;

function fragment(text: string): Fragment | undefined {
  const value = trimSeparators(normalise(text));
  return hasWords(value) ? { alternatives: [value] } : undefined;
}

/**
 * Cuts inline markdown into fragments: each bold span, each link (its text, or the title of the
 * page it points to) and the plain text between them. A link followed by "- P0 (basic)" gives the
 * fragments "p0" and "basic" (the site shows a badge "P0: basic").
 */
export function fragmentsOf(
  text: string,
  options: ParseOptions = {},
  commaList = false,
): Fragment[] {
  const out: Fragment[] = [];
  const plain = (piece: string) => {
    const parts = commaList ? piece.split(/,\s*/) : [piece];
    for (const part of parts) {
      const f = fragment(part);
      if (f) out.push(f);
    }
  };
  const token = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let rest = text;
  for (;;) {
    token.lastIndex = 0;
    const match = token.exec(rest);
    if (!match) break;
    plain(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
    if (match[1] !== undefined) {
      const f = fragment(match[1]);
      if (f) out.push(f);
      continue;
    }
    const linkText = normalise(match[2] ?? '');
    const title = options.linkTitle?.(match[3] ?? '');
    const alternatives = [linkText];
    if (title !== undefined && normalise(title) !== linkText) alternatives.push(normalise(title));
    out.push({ alternatives });
    const level = LEVEL_NOTE.exec(rest);
    if (level) {
      out.push({ alternatives: [normalise(level[1] ?? '')] });
      const note = level[2] !== undefined ? fragment(level[2]) : undefined;
      if (note) out.push(note);
      rest = rest.slice(level[0].length);
    }
  }
  plain(rest);
  return out;
}

/** "**How many users?** → POC (1-5), MVP (10-100), …" as a question and its stage values. */
function stageMapOf(text: string, stageNames: readonly string[]): StageMap | undefined {
  const match = /^\*\*(.+?)\*\*\s*\u2192\s*(.+)$/.exec(text);
  if (!match || stageNames.length === 0) return undefined;
  const values: { stage: string; value: string }[] = [];
  const pair = /\s*([^,(]+?)\s*\(([^)]*)\)\s*(?:,|$)/y;
  const body = match[2] ?? '';
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = pair.exec(body)) !== null) {
    values.push({ stage: normalise(m[1] ?? ''), value: normalise(m[2] ?? '') });
    end = pair.lastIndex;
  }
  if (end !== body.length || values.length < 2) return undefined;
  if (!values.every((v) => stageNames.includes(v.stage))) return undefined;
  return { question: normalise(match[1] ?? ''), values };
}

function splitRow(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

/**
 * The text of an ASCII diagram: the pieces between box-drawing characters and arrows, one item
 * each; "POC (1-4 weeks)" gives "POC" and "1-4 weeks" (the site lays them out separately). An
 * indented line without glyphs continues the text line above it (a wrapped sentence).
 */
function diagramItems(lines: { text: string; line: number }[]): SourceItem[] {
  const items: SourceItem[] = [];
  let previousWasText = false;
  for (const { text, line } of lines) {
    if (text.trim() === '') {
      previousWasText = false;
      continue;
    }
    const hasGlyphs = DIAGRAM_GLYPHS.test(text);
    const last = items.at(-1);
    if (!hasGlyphs && previousWasText && /^\s/.test(text) && last) {
      last.source = `${last.source} ${text.trim()}`;
      last.fragments = [fragment(last.source)].filter((f): f is Fragment => f !== undefined);
      continue;
    }
    previousWasText = !hasGlyphs;
    for (const piece of text.split(DIAGRAM_GLYPHS)) {
      const trimmed = piece.trim();
      if (!hasWords(trimmed)) continue;
      const paren = /^(.+?)\s*\((.+)\)$/.exec(trimmed);
      const parts = paren ? [paren[1] ?? '', paren[2] ?? ''] : [trimmed];
      for (const part of parts) {
        const f = fragment(part);
        if (f)
          items.push({ line, kind: 'diagram', source: part.trim(), fragments: [f], context: [] });
      }
    }
  }
  return items;
}

/** Parses markdown lines; `firstLine` is the line number of lines[0] (1-based). */
export function parseSource(
  markdown: string,
  options: ParseOptions = {},
  firstLine = 1,
): ParseResult {
  const lines = markdown.split(/\r?\n/);
  const items: SourceItem[] = [];
  const tables: SourceTable[] = [];
  const skipped: ParseResult['skipped'] = [];
  const skipSections = options.skipSections ?? [];
  const commaListLabels = options.commaListLabels ?? [];

  let heading = '';
  let section = '';
  const stack: { level: number; text: string }[] = [];
  /** The bold label line ("**Skip**:") that introduces the lists below it, until a heading. */
  let label = '';
  let skipping: { level: number; entry: ParseResult['skipped'][number] } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = firstLine + i;
    const text = raw.trim();

    const h = HEADING.exec(raw);
    if (skipping) {
      if (!h || (h[1] ?? '').length > skipping.level) {
        skipping.entry.lines++;
        continue;
      }
      skipping = undefined;
    }

    const fence = FENCE.exec(raw);
    if (fence) {
      const marker = fence[1] ?? '```';
      const lang = (fence[2] ?? '').toLowerCase();
      const body: { text: string; line: number }[] = [];
      let j = i + 1;
      while (j < lines.length && !(lines[j] ?? '').trim().startsWith(marker)) {
        body.push({ text: lines[j] ?? '', line: firstLine + j });
        j++;
      }
      if (lang === 'markdown' || lang === 'md') {
        const inner = parseSource(body.map((b) => b.text).join('\n'), options, firstLine + i + 1);
        items.push(...inner.items);
        tables.push(...inner.tables);
      } else {
        for (const item of diagramItems(body)) items.push({ ...item, context: [...stack] });
      }
      i = j;
      continue;
    }

    if (text === '' || HR.test(raw)) continue;

    if (h) {
      const level = (h[1] ?? '').length;
      const title = normalise(h[2] ?? '');
      if (skipSections.includes(title)) {
        const entry = { heading: title, line: lineNo, lines: 0 };
        skipped.push(entry);
        skipping = { level, entry };
        continue;
      }
      heading = title;
      if (level <= 2) section = title;
      label = '';
      while ((stack.at(-1)?.level ?? 0) >= level) stack.pop();
      const f = fragment(h[2] ?? '');
      if (f)
        items.push({
          line: lineNo,
          kind: 'heading',
          source: text,
          fragments: [f],
          context: [...stack],
        });
      stack.push({ level, text: title });
      continue;
    }

    if (TABLE_ROW.test(raw)) {
      const rowLines: { cells: string[]; line: number }[] = [];
      let j = i;
      while (j < lines.length && TABLE_ROW.test(lines[j] ?? '')) {
        const row = lines[j] ?? '';
        if (!TABLE_SEPARATOR.test(row))
          rowLines.push({ cells: splitRow(row), line: firstLine + j });
        j++;
      }
      const [head, ...body] = rowLines;
      if (head) {
        const table: SourceTable = {
          line: head.line,
          heading,
          section,
          header: head.cells,
          rows: body.map((r) => r.cells),
        };
        tables.push(table);
        [head, ...body].forEach((row, r) => {
          row.cells.forEach((cell, col) => {
            const f = fragment(cell);
            items.push({
              line: row.line,
              kind: 'cell',
              source: cell,
              fragments: f ? [f] : [],
              context: [...stack],
              cell: { table, row: r - 1, col, emoji: emojiOf(cell) },
            });
          });
        });
      }
      i = j - 1;
      continue;
    }

    const list = LIST.exec(raw);
    if (list) {
      let content = list[2] ?? '';
      const task = TASK.exec(content);
      if (task) content = task[1] ?? '';
      const bare = stripEmoji(content).trim();
      const stageMap = stageMapOf(bare, options.stageNames ?? []);
      const item: SourceItem = {
        line: lineNo,
        kind: task ? 'task' : 'list',
        source: text,
        context: [...stack],
        fragments: stageMap
          ? [{ alternatives: [stageMap.question] }]
          : fragmentsOf(bare, options, commaListLabels.includes(label)),
      };
      if (stageMap) item.stageMap = stageMap;
      items.push(item);
      continue;
    }

    const bareText = stripEmoji(text).trim();
    const boldLabel = BOLD_LABEL.exec(bareText);
    if (boldLabel) label = trimSeparators(normalise(boldLabel[1] ?? ''));
    items.push({
      line: lineNo,
      kind: /^\*\*/.test(bareText) ? 'label' : 'paragraph',
      source: text,
      context: [...stack],
      fragments: fragmentsOf(bareText, options),
    });
  }
  return { items, tables, skipped };
}
