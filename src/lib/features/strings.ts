/**
 * The words the feature derivation uses to name the guide's places in sentences ("the
 * Production requirements", "the migration checklist to MVP"). Level words come from the
 * vocabulary; item words from the content.
 */
import { capitalized, listWords as and, plural, quoted } from '../words.ts';

export const featureStrings = {
  /** One requiring place as a clause. */
  requiresClause: {
    requirement: (stage: string, items: readonly string[]) =>
      `the ${stage} requirements list it as a must have (${and(items)})`,
    matrix: (mark: string, stage: string, context: string) =>
      `the comparison table marks it ${mark} at ${stage} (${context})`,
    success: (stage: string, items: readonly string[]) =>
      `${stage}’s success criteria include ${and(items)}`,
    checklist: (stage: string, items: readonly string[]) =>
      `the migration checklist to ${stage} has the ${items.length > 1 ? 'tasks' : 'task'} ${and(items)}`,
  },
  /** One lower place as a clause. */
  lowerClause: {
    requirement: (
      stage: string,
      label: string,
      priorities: readonly string[],
      items: readonly string[],
    ) =>
      `the ${stage} requirements list it under ${quoted(label)}${priorities.length > 0 ? `, ${and(priorities)}` : ''} (${and(items)})`,
    matrix: (mark: string, stage: string, context: string) =>
      `the comparison table marks it ${mark} at ${stage} (${context})`,
  },
  unlisted: (stage: string) => `no ${stage} requirement list names it`,
  /** Joins requiring and lower clauses into one sentence. */
  sentence: (requiring: string, against: string) => capitalized(`${requiring}, while ${against}.`),
  /** Clauses joined: "a; b and c". */
  listJoin: (parts: readonly string[]) => and(parts, '; '),
} as const;

/** The words of the page that lists where the guide disagrees with itself. */
export const disagreementsStrings = {
  title: 'Where the guide disagrees with itself',
  description:
    'Every feature and stage where the guide’s requirement lists, comparison tables, success criteria and migration checklists give different levels, with the site’s reading of each.',
  lead: 'The guide speaks of a feature in several places: the requirement lists, the comparison tables, the success criteria, the priorities and the migration checklists. This page lists every feature and stage where those places do not agree. The site computes the list from the guide’s own content, so a change to the guide changes it.',
  rule: 'Places disagree at a stage when one requires the feature (a must have, a ✅, a success criterion or a migration checklist task) and another gives it a lower level there, or when no requirement list of the stage names it although another place requires it.',
  readingNote:
    'Each entry ends with the site’s reading: the site’s own guidance on what to do, not the guide’s words.',
  none: 'The guide’s places agree everywhere: there is nothing to list.',
  count: (n: number) => `${plural(n, 'place', 'places')} where the guide disagrees with itself`,
  stageHeading: (stage: string) => `At ${stage}`,
  requires: 'Requires it',
  saysLess: 'Says less',
  unlisted: (stage: string) => `No ${stage} requirement list names it.`,
  reading: 'The site’s reading',
  readingMark: '(the site’s own guidance)',
  ask: (feature: string) => `Look up ${feature} in the feature advisor`,
  stageNoteHeading: 'Where the guide disagrees with itself at this stage',
  stageNote:
    'The guide’s places give different levels for these features at this stage; the site explains each and gives its reading:',
  compareNote:
    'Where a table’s mark and the stage’s requirement lists give a feature different levels, the site lists and explains each case:',
} as const;

/** The words of a topic's "which stages need it" table about the features the topic covers. */
export const topicFeatureStrings = {
  column: 'Its features: required?',
} as const;
