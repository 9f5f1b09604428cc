import { KEBAB_ID } from '../core/ids.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { COLLECTION_SOURCES, collectionSchemas, extensionOf } from '../schemas/layout.ts';
import { type CheckedEntry, checkRules, type Problem } from '../schemas/rules.ts';
import { checkTopicRules } from '../schemas/topic-rules.ts';
import { checkFeatureReadings } from './feature-readings.ts';
import { COLLECTIONS, type CollectionName, idRef } from '../schemas/shared.ts';
import { problemsFromIssues } from './zod-issues.ts';

/**
 * Checks all content under `root` against the schemas and the cross-entry rules, reading the
 * files directly so that every problem names its file. Astro's loaders validate the same data
 * with the same schemas; this check runs first so its messages are the ones a writer sees.
 */

interface RawEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  /** The Markdown after the frontmatter, for the rules about a body's sections. */
  body?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A file that could not be read; its entry is left out so it yields one problem, not many. */
const UNREADABLE = Symbol('unreadable');

function parseYaml(text: string, file: string, problems: Problem[], lineOffset = 0): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error !== undefined) {
    const position = error.linePos?.[0].line;
    const line = position === undefined ? undefined : position + lineOffset;
    problems.push({
      file,
      path: line === undefined ? '(file)' : `(line ${line})`,
      message: `received YAML that cannot be read (${error.message.split('\n')[0]}); expected valid YAML`,
    });
    return UNREADABLE;
  }
  return doc.toJS();
}

function readEntryFile(
  root: string,
  path: string,
  problems: Problem[],
): { data: unknown; body?: string } {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8');
  if (!/\.mdx?$/.test(path)) return { data: parseYaml(text, file, problems) };
  const match = FRONTMATTER.exec(text);
  if (match === null) {
    problems.push({
      file,
      path: '(frontmatter)',
      message: 'received no frontmatter; expected the file to start with a --- block of YAML',
    });
    return { data: UNREADABLE };
  }
  // The frontmatter starts on the file's second line, after the opening ---.
  const data = parseYaml(match[1] ?? '', file, problems, 1) ?? {};
  return { data, body: text.slice(match[0].length) };
}

function readCollection(root: string, collection: CollectionName, problems: Problem[]): RawEntry[] {
  const source = COLLECTION_SOURCES[collection];
  if (source.kind === 'folder') {
    const dir = join(root, source.base);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name: string) => !name.startsWith('_'))
      .sort()
      .flatMap((name: string) => {
        const extension = extensionOf(name, source.extensions);
        if (extension === undefined) return [];
        const path = join(dir, name);
        const { data, body } = readEntryFile(root, path, problems);
        if (data === UNREADABLE) return [];
        return [
          {
            collection,
            id: name.slice(0, -extension.length),
            file: relative(root, path),
            data,
            ...(body !== undefined && { body }),
          },
        ];
      });
  }
  const path = join(root, source.path);
  if (!existsSync(path)) {
    problems.push({
      file: source.path,
      path: '(file)',
      message: 'received no such file; expected it to exist',
    });
    return [];
  }
  const { data } = readEntryFile(root, path, problems);
  if (data === UNREADABLE) return [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({
      file: source.path,
      path: '(top level)',
      message: 'received something other than a mapping; expected entries keyed by id',
    });
    return [];
  }
  return Object.entries(data as Record<string, unknown>).map(([id, value]) => ({
    collection,
    id,
    file: source.path,
    data: value,
  }));
}

/** Checks the content under `root` and returns every problem found; none means the content is good. */
export function checkContent(root: string): Problem[] {
  const problems: Problem[] = [];
  const schemas = collectionSchemas(idRef);
  const entries: CheckedEntry[] = [];
  for (const collection of COLLECTIONS) {
    for (const raw of readCollection(root, collection, problems)) {
      if (collection !== 'vocabulary' && !KEBAB_ID.test(raw.id)) {
        problems.push({
          file: raw.file,
          path: '(id)',
          message: `received the id "${raw.id}"; expected a kebab-case id (rename the file or key)`,
        });
      }
      const result = schemas[collection].safeParse(raw.data);
      if (result.success) {
        entries.push({ ...raw, data: result.data });
      } else {
        const prefix = COLLECTION_SOURCES[collection].kind === 'file' ? [raw.id] : [];
        problems.push(
          ...problemsFromIssues(
            raw.file,
            prefix.length ? { [raw.id]: raw.data } : raw.data,
            result.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
          ),
        );
      }
    }
  }
  // Cross-entry rules only make sense once every entry has parsed.
  if (problems.length > 0) return problems;
  return [...checkRules(entries), ...checkFeatureReadings(entries), ...checkTopicRules(entries)];
}
