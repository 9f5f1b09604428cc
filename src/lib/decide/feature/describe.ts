import type { FeatureLookup } from './answer.ts';
import type { LevelWords, Place } from './build.ts';
import { decideStrings } from '../strings.ts';

/**
 * The sentences a screen reader hears when the feature answer changes: what each place of the
 * guide says at the reader's stage, whether those places disagree, where the feature becomes
 * required, and the stage's rule. The page shows the same facts in full below them.
 */

const t = decideStrings.feature;
const s = t.status;

/** A level's words, or the level value itself when the vocabulary lacks it (never in practice). */
export function levelLabel(words: Readonly<Record<string, LevelWords>>, level: string): string {
  return words[level]?.label ?? level;
}

/** Where a statement stands, in words: "Requirements, Should Have", "Success criterion". */
export function placeWords(place: Place): string {
  switch (place.place) {
    case 'requirement':
      return t.place.requirement(place.context);
    case 'matrix':
      return t.place.matrix(place.context);
    case 'checklist':
      return t.place.checklist(place.context);
    default:
      return t.place[place.place];
  }
}

/** One statement, briefly, for the live region: "Should have", "✅ Yes (Redis)", "checklist task". */
function placeShort(words: Readonly<Record<string, LevelWords>>, place: Place): string {
  if (place.level === undefined) return s.placeKind[place.place];
  const label = levelLabel(words, place.level);
  return place.place === 'matrix' && place.text !== '' ? `${label} (${place.text})` : label;
}

/** The live-region sentences for a lookup; empty when there is nothing to announce. */
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
        s.unnamed(lookup.typed),
        lookup.stage ? s.rule(lookup.stage.shortName, lookup.stage.rule) : undefined,
      ]
        .filter(Boolean)
        .join(' ');
    case 'named': {
      const { feature, requiredAt, requiredIf, chosen, aliasNote } = lookup.answer;
      const note = aliasNote ? [s.aliasNote(aliasNote.note)] : [];
      if (chosen === undefined) {
        return [
          ...note,
          s.noStage(feature.name, requiredAt?.stage.shortName, requiredIf?.stage.shortName),
        ].join(' ');
      }
      const { view, relation } = chosen;
      const stage = view.stage.shortName;
      const facts = view.facts;
      const parts: string[] = [...note];
      if (facts.places.length > 0) {
        parts.push(
          s.places(feature.name, stage, facts.places.map((p) => placeShort(words, p)).join('; ')),
        );
      } else if (facts.carriedFrom !== undefined) {
        const since = lookup.answer.journey.find((v) => v.stage.id === facts.carriedFrom);
        parts.push(s.carried(feature.name, stage, since?.stage.shortName ?? facts.carriedFrom));
      } else {
        parts.push(s.notListed(feature.name, stage));
      }
      if (facts.disagreement) parts.push(s.disagree);
      if (requiredAt !== undefined) {
        const at = requiredAt.stage.shortName;
        if (relation === 'here') parts.push(s.requiredHere(at));
        else if (relation === 'later') parts.push(s.requiredLater(at));
        else parts.push(s.requiredEarlier(at));
      } else if (requiredIf !== undefined) {
        parts.push(s.requiredIf(requiredIf.stage.shortName));
      } else {
        parts.push(s.never);
      }
      parts.push(s.rule(stage, view.stage.rule));
      return parts.join(' ');
    }
    default:
      return lookup satisfies never;
  }
}
