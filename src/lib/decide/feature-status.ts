import type { FeatureLookup } from './feature-answer.ts';
import type { FeatureCell, LevelWords } from './feature-facts.ts';
import { decideStrings } from './strings.ts';

/**
 * The one or two sentences a screen reader hears when the feature answer changes: the level(s)
 * at the reader's stage, where it becomes required, and the stage's rule. The page shows the
 * same facts in full below them.
 */

const t = decideStrings.feature.status;

/** A level's words, or the level value itself when the vocabulary lacks it (never in practice). */
export function levelLabel(words: Readonly<Record<string, LevelWords>>, level: string): string {
  return words[level]?.label ?? level;
}

/** A matrix cell in words: "Team Requirements, On-Call: Partial". */
export function cellWords(words: Readonly<Record<string, LevelWords>>, cell: FeatureCell): string {
  const value = [cell.level ? levelLabel(words, cell.level) : undefined, cell.text]
    .filter((part) => part !== undefined)
    .join(': ');
  return `${decideStrings.feature.matrixCell(cell.matrix, cell.row)}: ${value}`;
}

/** The live-region sentence for a lookup; empty when there is nothing to announce. */
export function featureStatus(
  lookup: FeatureLookup,
  words: Readonly<Record<string, LevelWords>>,
): string {
  switch (lookup.kind) {
    case 'nothing':
    case 'awaiting-text':
      return '';
    case 'unnamed':
      return [
        t.unnamed(lookup.typed),
        lookup.stage ? t.rule(lookup.stage.shortName, lookup.stage.rule) : undefined,
      ]
        .filter(Boolean)
        .join(' ');
    case 'named': {
      const { feature, requiredAt, chosen } = lookup.answer;
      if (chosen === undefined) return t.noStage(feature.name, requiredAt?.shortName);
      const { view, relation } = chosen;
      const stage = view.stage.shortName;
      const parts: string[] = [];
      const standing = view.standing;
      if (standing.kind === 'listed') {
        const many = standing.requirements.length > 1;
        const levels = standing.requirements
          .map((r) => `${levelLabel(words, r.level)}${many ? ` (${r.text})` : ''}`)
          .join(' and ');
        parts.push(t.levels(feature.name, stage, levels));
      } else if (standing.kind === 'carried') {
        parts.push(t.carried(feature.name, stage, standing.since.shortName));
      } else {
        parts.push(t.notListed(feature.name, stage));
        if (view.cells.length > 0) {
          parts.push(t.matrixOnly(view.cells.map((c) => cellWords(words, c)).join('; ')));
        }
      }
      if (relation === 'later' && requiredAt) parts.push(t.required(requiredAt.shortName));
      if (relation === 'never') parts.push(t.never);
      parts.push(t.rule(stage, view.stage.rule));
      return parts.join(' ');
    }
    default:
      return lookup satisfies never;
  }
}
