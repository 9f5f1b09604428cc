/**
 * The checklist as a GitHub-flavoured Markdown task list, for "Copy as Markdown", "Download .md"
 * and the body of a new GitHub issue: the title, each phase as a heading, `- [x]` / `- [ ]` items,
 * N/A items struck through with their reason, and notes under their item.
 */
import { parseInline } from '../inline.ts';
import { countProgress, itemProgress, type Progress } from './state.ts';
import type { ChecklistModel } from './model.ts';
import { checklistStrings } from './strings.ts';

/**
 * Backslash-escapes the characters Markdown reads as inline markup: emphasis, code, links and
 * images (`[`, `]`), HTML and entities (`<`, `>`, `&`), strike-through and tables.
 */
function escapeInline(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
      // Only an ampersand that starts an entity ("&lt;", "&#60;") is markup; "A & B" stays as it is.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
  );
}

/**
 * Escapes a line start Markdown would read as a heading, list, quote, rule, setext underline or
 * code fence marker.
 */
function escapeLineStart(text: string): string {
  // A digit cannot be escaped in CommonMark: "1\." is how an ordered-list marker is defused.
  return text.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3');
}

/**
 * The reader's own text (a note, a reason) as Markdown that stays text inside its list item:
 * every line escaped and indented under the item, blank lines dropped (a blank line followed by
 * less indented text would end the item), and leading spaces dropped (they would make code).
 */
export function readerText(text: string, indent: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => (i === 0 ? escapeMarkdown(line) : `${indent}${escapeMarkdown(line)}`))
    .join('\n');
}

/** Backslash-escapes what Markdown would read as markup in plain text. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInline(text));
}

/** An item's text as Markdown: the guide's `**strong**` marks kept, everything else escaped. */
export function inlineMarkdown(text: string): string {
  return escapeLineStart(
    parseInline(text)
      .map((s) => (s.strong ? `**${escapeInline(s.text)}**` : escapeInline(s.text)))
      .join(''),
  );
}

/** What the export says about where it comes from. */
export interface MarkdownMeta {
  /** The page the checklist is on (without any fragment), or undefined. */
  readonly sourceUrl?: string | undefined;
  /** The export date as the reader reads it ("30 November 2026"). */
  readonly date: string;
  /** The site's name, from content/. */
  readonly siteName: string;
}

/** The checklist with its progress as a GFM task list. */
export function toMarkdown(model: ChecklistModel, items: Progress, meta: MarkdownMeta): string {
  const m = checklistStrings.markdown;
  const { all } = countProgress(model, items);
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  lines.push(m.summary(all.done, all.applicable, all.notApplicable));
  lines.push(
    meta.sourceUrl
      ? m.sourceWithUrl(meta.siteName, meta.sourceUrl, meta.date)
      : m.source(meta.siteName, meta.date),
  );
  const headed = model.sections.length > 1;
  for (const section of model.sections) {
    lines.push('');
    if (headed) lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const item of section.items) {
      const progress = itemProgress(items, item.id);
      const text = inlineMarkdown(item.text);
      if (progress.status === 'na') {
        const reason = progress.reason?.trim();
        lines.push(
          `- [x] ~~${text}~~ (${reason ? m.notApplicableBecause(escapeMarkdown(reason.replace(/\s+/g, ' '))) : m.notApplicable})`,
        );
      } else {
        lines.push(`- [${progress.status === 'done' ? 'x' : ' '}] ${text}`);
      }
      const note = progress.note?.trim();
      if (note) lines.push(`  - ${m.note}: ${readerText(note, '    ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
