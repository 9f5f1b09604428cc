/**
 * Every word of the stage quiz's own interface. The questions, answers, stages, matrix rows and
 * principles come from content/; these strings only join them into sentences.
 */
import { quoted } from '../words.ts';

export const quizStrings = {
  /** The link from each stage page to the quiz. */
  stagePageLink: 'Not sure this is your stage? Take the stage quiz',
  ruleHeading: 'How your result is worked out',
  ruleBasis: 'This follows the guide’s principles:',
  formLabel: 'Stage quiz',
  optional: 'optional',
  /** One stage an answer fits, with the guide's words for its band: "MVP (1-2)". */
  bandWords: (stage: string, words: string) => `${stage} (${words})`,
  /** The stages an answer fits, shown beside it: "fits POC (1) and MVP (1-2)". */
  fits: (list: string) => `fits ${list}`,
  noScript:
    'The quiz works out your result in your browser and needs JavaScript. Without it, work it out yourself: each answer below names the stages it fits, in the guide’s words, and “How your result is worked out” says how they make your stage.',
  waiting: (required: number) =>
    `Your result appears below once all ${required} questions are answered.`,
  showResult: 'Show my result',
  showResultHint: 'With questions still open, the result is provisional.',
  needsAnswers: (names: string) =>
    `Answer at least one question about your infrastructure (${names}) to see a result: users measure load, not the stage you have reached.`,
  resultHeading: 'Your result',
  provisional: 'Provisional',
  stageLine: (heading: string) => `Your infrastructure has reached ${heading}.`,
  whyAll: (count: number, stage: string) =>
    count === 1
      ? `Your one infrastructure answer reaches ${stage} and no later stage.`
      : `All ${count} of your infrastructure answers reach ${stage}, and none reaches further.`,
  whyWeakest: (names: string, plural: boolean, stage: string) =>
    `${names} ${plural ? 'fit' : 'fits'} no stage after ${stage}. Your other infrastructure answers reach further, but a stage counts only once every capability has reached it.`,
  missing: (names: string, count: number) =>
    `Still open: ${names}. Answer ${count === 1 ? 'it' : 'them'} for a complete result; more answers can keep this stage or move it earlier, never later.`,
  answersCaption: 'Your answers and the stages each fits',
  columns: {
    question: 'Question',
    answer: 'Your answer',
    stage: 'Fits',
  },
  /** A run of stages: "POC", "POC to MVP". */
  stageRange: (first: string, last: string) => (first === last ? first : `${first} to ${last}`),
  parts: {
    'sets-stage': 'Sets your stage',
    'reaches-further': 'Fits your stage and later ones',
    ahead: 'Ahead of your stage',
    load: 'Load, shown beside your stage',
    missing: 'Not answered',
  },
  notAnswered: 'Not answered',
  measures: { load: 'Load', capability: 'Capability' },
  loadAheadTitle: 'At risk: your load is ahead of your infrastructure',
  loadAhead: (load: string, capability: string) =>
    `Your users are at ${load} level, but your infrastructure has reached only ${capability}. Move now, one stage at a time: the guide’s stages build on each other.`,
  loadBehindTitle: 'Your load is behind your infrastructure, and that is fine',
  loadBehind: (capability: string, load: string) =>
    `Your infrastructure has reached ${capability}; your users are at ${load} level. Keep the reliability you have built: lower load is never a reason to take it away. Build further when load or your goals call for it.`,
  weakest: (names: string, stage: string) => `Weakest capability: ${names} (${stage}).`,
  gapsHeading: (next: string) => `Between you and ${next}`,
  gapCapability: (name: string, yours: string, next: string, needs: string) =>
    `${name}: you have ${quoted(yours)}; ${next} needs ${quoted(needs)}.`,
  gapLoad: (name: string, yours: string, next: string, needs: string) =>
    `${name}: you have ${quoted(yours)}; ${next} serves ${quoted(needs)}. Load comes with growth, not with building.`,
  gapRowLink: (label: string) => `${label} row of the comparison matrix`,
  mustHavesHeading: (next: string) => `${next} must-haves`,
  alsoRequiredHeading: (next: string) => `Also required at ${next} by other places of the guide`,
  alsoRequiredLead:
    'The guide requires these too, in its comparison matrix, success criteria or migration checklist, though the requirement list above does not name them:',
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
      `Answer ${quoted(prompt)} to check ${stage}’s time box (at most ${max} before integration).`,
    required: (words: string) => `Integration required: ${words}.`,
  },
  nextStepsHeading: 'Next steps',
  steps: {
    checkpoint: (stage: string) => `Do the ${stage} integration checkpoint`,
    integrationChecklist: (title: string) => `Fill in the ${title}`,
    stage: (heading: string) => `Read ${heading}`,
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
  /** The note for a shared link made with answer ids the quiz has since renamed. */
  renamed: (answers: string) =>
    `This link was made with an earlier version of the quiz. Its answers were read as today’s: ${answers}. Check that they still describe you.`,
  renamedAnswer: (question: string, answer: string) => `${question}: ${quoted(answer)}`,
} as const;
