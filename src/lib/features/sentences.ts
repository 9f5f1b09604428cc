import type { Statement } from './statements.ts';
import { featureStrings as t } from './strings.ts';
import { quoted } from '../words.ts';

/** A level's words from the vocabulary. */
export interface LevelLabel {
  label: string;
  symbol?: string | undefined;
}

/** What a disagreement sentence is made of. */
export interface SentenceParts {
  stage: string;
  kind: 'lower' | 'unlisted';
  requiring: readonly Statement[];
  against: readonly Statement[];
  /** The stage's priority items for the feature, given beside a lower requirement ("P1"). */
  priorities: readonly Statement[];
  shortName: (stage: string) => string;
  labels: ReadonlyMap<string, LevelLabel>;
}

/** A level in words with its symbol: "✅ Yes". */
export function levelWords(level: string, labels: ReadonlyMap<string, LevelLabel>): string {
  const term = labels.get(level);
  if (term === undefined) return level;
  return term.symbol === undefined ? term.label : `${term.symbol} ${term.label}`;
}

/** A matrix cell's mark: "✅ Yes (Redis)", "⚠️ Partial", "Automated". */
function cellMark(s: Statement, labels: ReadonlyMap<string, LevelLabel>): string {
  if (s.level === undefined) return quoted(s.text);
  const words = levelWords(s.level, labels);
  return s.text === '' ? words : `${words} (${s.text})`;
}

const quotedTexts = (list: readonly Statement[]) => list.map((s) => quoted(s.text));

/** Groups statements by a key, keeping first-seen order. */
function groupBy(list: readonly Statement[], key: (s: Statement) => string): Statement[][] {
  const groups = new Map<string, Statement[]>();
  for (const s of list) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return [...groups.values()];
}

function requiringClauses(list: readonly Statement[], parts: SentenceParts): string[] {
  const stage = parts.shortName(parts.stage);
  return groupBy(list, (s) => (s.place === 'matrix' ? s.href : s.place)).map((group) => {
    const first = group[0] as Statement;
    switch (first.place) {
      case 'requirement':
        return t.requiresClause.requirement(stage, quotedTexts(group));
      case 'matrix':
        return t.requiresClause.matrix(cellMark(first, parts.labels), stage, first.context);
      case 'success':
        return t.requiresClause.success(stage, quotedTexts(group));
      default:
        return t.requiresClause.checklist(stage, quotedTexts(group));
    }
  });
}

function lowerClauses(list: readonly Statement[], parts: SentenceParts): string[] {
  const stage = parts.shortName(parts.stage);
  const bands = [...new Set(parts.priorities.map((p) => p.level ?? ''))].filter(Boolean);
  return groupBy(list, (s) => (s.place === 'matrix' ? s.href : `${s.place}:${s.level}`)).map(
    (group) => {
      const first = group[0] as Statement;
      if (first.place === 'matrix') {
        return t.lowerClause.matrix(cellMark(first, parts.labels), stage, first.context);
      }
      const label = parts.labels.get(first.level ?? '')?.label ?? first.level ?? '';
      return t.lowerClause.requirement(stage, label, bands, quotedTexts(group));
    },
  );
}

/**
 * The disagreement in plain words: "The comparison table marks it ✅ Yes (Redis) at Production
 * (Infrastructure Components: Caching), while the Production requirements list it under “Should
 * have”, P1 (“Intelligent caching (Redis)”)."
 */
export function disagreementSentence(parts: SentenceParts): string {
  const requiring = t.listJoin(requiringClauses(parts.requiring, parts));
  const against =
    parts.kind === 'unlisted'
      ? t.unlisted(parts.shortName(parts.stage))
      : t.listJoin(lowerClauses(parts.against, parts));
  return t.sentence(requiring, against);
}
