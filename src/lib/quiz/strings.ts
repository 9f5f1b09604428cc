/**
 * Every word of the stage quiz's own interface. The questions, answers, stages, matrix rows and
 * principles come from content/; these strings only join them into sentences.
 */
export const quizStrings = {
  /** The link from each stage page to the quiz. */
  stagePageLink: 'Not sure this is your stage? Take the stage quiz',
  ruleHeading: 'How your result is worked out',
  ruleBasis: 'This follows the guide’s principles:',
  formLabel: 'Stage quiz',
  optional: 'optional',
  /** The source's own words for an answer's band, shown beside the answer. */
  sourceWords: (words: string) => `guide: ${words}`,
  noScript:
    'The quiz works out your result in your browser and needs JavaScript. Without it, read your stage off the table below: for each question, the column that holds your answer is the stage it points to.',
  waiting: (required: number) =>
    `Your result appears below once all ${required} questions are answered.`,
  showResult: 'Show my result',
  showResultHint: 'With questions still open, the result is provisional.',
  needsAnswers: 'Answer at least one question to see a result.',
  resultHeading: 'Your result',
  provisional: 'Provisional',
  stageLine: (heading: string) => `You are at ${heading}.`,
  whyUnanimous: (count: number, stage: string) =>
    count === 1 ? `Your one answer points to ${stage}.` : `All ${count} answers point to ${stage}.`,
  whyEarliest: (names: string, plural: boolean, stage: string) =>
    `${names} ${plural ? 'point' : 'points'} to ${stage}, the earliest stage among your answers, and a stage counts only once every answer has reached it.`,
  missing: (names: string, count: number) =>
    `Still open: ${names}. Answer ${count === 1 ? 'it' : 'them'} for a complete result; more answers can keep this stage or move it earlier, never later.`,
  answersCaption: 'Your answers and the stage each points to',
  columns: {
    question: 'Question',
    answer: 'Your answer',
    stage: 'Points to',
  },
  parts: {
    'sets-stage': 'Sets your stage',
    ahead: 'Ahead of your stage',
    missing: 'Not answered',
  },
  notAnswered: 'Not answered',
  measures: { load: 'Load', capability: 'Capability' },
  loadAheadTitle: 'At risk: your load is ahead of your infrastructure',
  loadAhead: (load: string, capability: string) =>
    `Your users are at ${load} level, but your infrastructure is at ${capability}. Move now, one stage at a time: the guide’s stages build on each other.`,
  infrastructureAheadTitle: 'Your infrastructure is ahead of your load',
  infrastructureAhead: (capability: string, load: string) =>
    `Your infrastructure reaches ${capability}, but your users are at ${load} level.`,
  weakest: (names: string, stage: string) => `Weakest capability: ${names} (${stage}).`,
  gapsHeading: (next: string) => `Between you and ${next}`,
  gapCapability: (name: string, yours: string, next: string, needs: string) =>
    `${name}: you have “${yours}”; ${next} needs “${needs}”.`,
  gapLoad: (name: string, yours: string, next: string, needs: string) =>
    `${name}: you have “${yours}”; ${next} serves “${needs}”. Load comes with growth, not with building.`,
  gapRowLink: (label: string) => `${label} row of the comparison matrix`,
  mustHavesHeading: (next: string) => `${next} must-haves`,
  lastStage: (stage: string) =>
    `${stage} is the guide’s last stage: there is no next stage to prepare for.`,
  timeBox: {
    within: (stage: string, max: string) =>
      `Time box: within ${stage}’s limit of ${max} before integration.`,
    due: (stage: string, max: string) =>
      `Integration checkpoint due now: ${stage} may last at most ${max} before integration.`,
    overdue: (stage: string, max: string) =>
      `Integration checkpoint overdue: ${stage} may last at most ${max} before integration.`,
    'may-be-overdue': (stage: string, max: string) =>
      `Integration checkpoint possibly overdue: ${stage} may last at most ${max} before integration.`,
    noLimit: (stage: string, max: string) => `Time box: ${stage} has no fixed limit (${max}).`,
    none: (stage: string) => `Time box: ${stage} has none.`,
    unanswered: (prompt: string, stage: string, max: string) =>
      `Answer “${prompt}” to check ${stage}’s time box (at most ${max} before integration).`,
    required: (words: string) => `Integration required: ${words}.`,
  },
  nextStepsHeading: 'Next steps',
  steps: {
    checkpoint: (stage: string) => `Do the ${stage} integration checkpoint`,
    integrationChecklist: (title: string) => `Fill in the ${title}`,
    stage: (heading: string) => `Read ${heading}`,
    dontNeed: (stage: string) => `See what ${stage} does not need yet`,
    migration: (title: string, urgent: boolean) =>
      `${urgent ? 'Start' : 'Plan'} the ${title} migration checklist`,
    compare: 'Compare every stage in the matrix',
  },
  actionsLabel: 'Result actions',
  copyLink: 'Copy link',
  copied: 'Link copied. Anyone who opens it sees this result.',
  copyFailed: 'Your browser did not allow copying. Select the link below and copy it.',
  shareLabel: 'Link to this result',
  startOver: 'Start over',
  startedOver: 'Answers cleared. Start again from the first question.',
  printedFrom: 'Link to this result:',
} as const;

/** Joins names as a sentence does: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
