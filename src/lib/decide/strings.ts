/**
 * The words of the decision tools on /decide/ ("Should I add feature X?" and "When must I
 * integrate?"). Facts (stage names, levels, rules, time boxes, checklist items) come from content/;
 * these are only the sentences around them.
 */
import { plural, quoted } from '../words.ts';
import { LAST_YEAR } from './calendar-date.ts';

/** "1 day", "12 days". */
const days = (n: number) => plural(n, 'day', 'days');

export const decideStrings = {
  stagePicker: {
    legend: 'Your stage',
    fromQuiz: 'Preselected from your quiz result above.',
  },
  linkNoteLabel: 'About this link',
  feature: {
    heading: 'Look up a feature',
    needsJavaScript:
      'This lookup needs JavaScript. Without it, the rule for each stage above answers the question, and every stage page lists its requirements by level.',
    intro:
      'Pick a piece of infrastructure and your stage to see what the guide says of it, when it becomes required, and the rule for your stage.',
    select: 'Feature',
    choose: 'Choose a feature…',
    other: 'Something else (type its name)',
    otherLabel: 'Its name',
    otherHint:
      'Type what you call it. Names and other words the guide uses are suggested as you type; anything else gets the rule for your stage.',
    lookUp: 'Look up',
    prompt: 'Choose a feature to see what the guide says of it.',
    promptOther: 'Type the name of the feature and press Look up.',
    promptStage: 'Choose your stage to see the rule for it.',
    atStage: (feature: string, stage: string) => `${feature} at ${stage}`,
    typedAlias: (typed: string, name: string) =>
      `${quoted(typed)} is one of the words the guide uses for ${name}.`,
    saysAt: (stage: string) => `What the guide says at ${stage}`,
    becomesRequired: 'Becomes required',
    ruleFor: (stage: string) => `The guide’s rule for ${stage}`,
    topic: 'Topic page',
    otherUses: 'Words that also name something else',
    seeAlso: 'See also',
    disagree: 'The guide’s places disagree here',
    reading: 'The site’s reading',
    readingMark: '(the site’s own guidance, not the guide’s words)',
    allDisagreements: 'Where the guide disagrees with itself',
    /** The place a statement stands in, beside its words. */
    place: {
      requirement: (heading: string) => `Requirements, ${heading}`,
      matrix: (context: string) => `Comparison table, ${context}`,
      success: 'Success criterion',
      exit: 'Exit criterion',
      priority: 'Priority',
      docs: 'Documentation need',
      checklist: (context: string) => `Migration checklist task${context ? `, ${context}` : ''}`,
    },
    requires: 'makes it required',
    condition: (condition: string) => `required ${condition}`,
    notListed: (feature: string, stage: string) =>
      `No place of the guide names ${feature} at ${stage}, so the rule for ${stage} decides.`,
    carried: (since: string) =>
      `Already required since ${since}; nothing at this stage says less, so it carries forward.`,
    /** Words before and after the linked stage name. */
    requiredHere: { before: 'At ', after: ', your stage, because:' },
    requiredLater: (steps: number) => ({
      before: 'At ',
      after: `, ${steps === 1 ? 'the stage after yours' : `${steps} stages after yours`}, because:`,
    }),
    requiredEarlier: { before: 'Since ', after: ', a stage before yours, because:' },
    requiredAt: { before: 'At ', after: ', because:' },
    requiredIf: {
      before: 'No place requires it outright. At ',
      after: ' some places require it under a condition:',
    },
    neverRequired:
      'No place of the guide requires it at any stage: no must have, no ✅ in the comparison tables, no success criterion and no migration checklist task.',
    journeyCaption: (feature: string) => `${feature}, stage by stage`,
    stageColumn: 'Stage',
    saysColumn: 'What the guide says',
    requiredColumn: 'Required?',
    requiredYes: 'Required',
    requiredIfShort: 'If its condition applies',
    requiredNo: 'Not required',
    carriedShort: (since: string) => `Required since ${since}`,
    disagreeShort: 'Places disagree',
    yourStage: '(your stage)',
    notListedShort: 'Not named',
    unnamedHeading: (typed: string) => `${quoted(typed)}`,
    unnamed: (typed: string) =>
      `The guide does not name ${quoted(typed)}, so it gives it no level at any stage. What decides is the guide’s rule for your stage.`,
    unnamedNoStage: (typed: string) =>
      `The guide does not name ${quoted(typed)}, so it gives it no level at any stage. Its rule for each stage decides:`,
    unnamedLook:
      'If it is part of something the guide does name, choose that instead from the list of features.',
    /** The sentence the live region reads out. */
    status: {
      places: (feature: string, stage: string, places: string) =>
        `${feature} at ${stage}: ${places}.`,
      notListed: (feature: string, stage: string) =>
        `The guide does not name ${feature} at ${stage}.`,
      carried: (feature: string, stage: string, since: string) =>
        `${feature} at ${stage}: required since ${since}.`,
      disagree: 'The guide’s places disagree here; the answer below says how.',
      /** A place without a level, briefly. */
      placeKind: {
        requirement: 'requirement',
        matrix: 'comparison table',
        success: 'success criterion',
        exit: 'exit criterion',
        priority: 'priority',
        docs: 'documentation need',
        checklist: 'migration checklist task',
      },
      requiredHere: (stage: string) => `It becomes required at ${stage}, your stage.`,
      requiredLater: (stage: string) => `It becomes required at ${stage}.`,
      requiredEarlier: (stage: string) => `It has been required since ${stage}.`,
      requiredIf: (stage: string) =>
        `No place requires it outright; at ${stage} some require it under a condition.`,
      never: 'No place of the guide requires it at any stage.',
      rule: (stage: string, rule: string) => `Rule for ${stage}: ${rule}.`,
      noStage: (feature: string, stage: string | undefined, conditional: string | undefined) =>
        stage !== undefined
          ? `${feature} becomes required at ${stage}. Choose your stage for its rule.`
          : conditional !== undefined
            ? `${feature}: no place requires it outright; at ${conditional} some require it under a condition. Choose your stage for its rule.`
            : `${feature}: no place of the guide requires it at any stage. Choose your stage for its rule.`,
      unnamed: (typed: string) => `The guide does not name ${quoted(typed)}.`,
      aliasNote: (note: string) => note,
    },
  },
  integrate: {
    heading: 'Work out your integration date',
    needsJavaScript:
      'This calculator needs JavaScript. Without it, the time-box table above gives each stage’s maximum duration: count it from the day your stage started.',
    intro:
      'Pick your stage and the date it started to get the integration deadline from the guide’s time boxes, the days left, and what the checkpoint asks you to do.',
    start: 'Date the stage started',
    startHint: 'Counted in calendar days on your device’s date.',
    promptStage: 'Choose your stage.',
    promptStart: 'Enter the date your stage started.',
    badInput:
      'That date is incomplete or does not exist on the calendar. Check the day and the month.',
    invalidFormat: (text: string) =>
      `${quoted(text)} is not a date written as year-month-day (for example 2026-03-01). Enter the date your stage started.`,
    impossible: (text: string, detail: string) =>
      `${text} does not exist: ${detail}. Enter the date your stage started.`,
    monthHasDays: (month: string, year: number, n: number) => `${month} ${year} has ${n} days`,
    noYearZero: 'years are counted from 0001',
    noSuchMonth: 'a year has months 01 to 12',
    noDayZero: 'days are counted from 01',
    future: (start: string, n: number) =>
      `That start date, ${start}, is ${days(n)} in the future. The deadline is counted from the day a stage actually started, so check the date.`,
    ifStartsThen: '(if the stage starts on that date)',
    noTimeBox: (stage: string) =>
      `The guide sets no time box for ${stage}: there is no integration deadline to count.`,
    ongoing: (stage: string) =>
      `${stage} has no deadline: integration is continuous, as new features and patterns are added.`,
    otherTriggers: 'Integration can fall due sooner:',
    otherTriggersLink: 'the mandatory integration triggers',
    checkpointHeading: (stage: string) => `${stage} integration checkpoint`,
    timeBox: 'Time box',
    started: 'Started',
    dueBy: 'Integration due by',
    today: 'Today',
    dayOf: (day: number, total: number) =>
      day <= total ? `day ${day} of ${total}` : `day ${day}; the time box had ${total}`,
    left: (n: number) => `${days(n)} left`,
    dueToday: 'Due today',
    overdue: (n: number) => `Overdue by ${days(n)}`,
    cadence: 'Cadence (not a deadline)',
    cadenceEvery: (amount: number, unit: string) => `every ${amount} ${unit} from the start date`,
    nextReview: 'Next one on this cadence',
    reviewNumber: (count: number) => `number ${count} since the start`,
    inDays: (n: number) => (n === 0 ? 'today' : `in ${days(n)}`),
    when: 'When',
    critical: 'Critical',
    mustDo: (stage: string) => `What the ${stage} checkpoint asks`,
    links: (stage: string) => `Work through the ${stage} checkpoint`,
    checkpointLink: (stage: string) => `${stage} integration checkpoint on the stage page`,
    requirementsLink: (stage: string) => `${stage} checkpoint requirements on the integration page`,
    checklistLink: (title: string) => `${title} migration checklist`,
    templateLink: (title: string) => `${title} (template)`,
    addToCalendar: 'Add to calendar (.ics)',
    /** The sentence the live region reads out. */
    status: {
      open: (stage: string, date: string, n: number) =>
        `${stage}: integration due by ${date}, ${days(n)} left.`,
      dueToday: (stage: string, date: string) => `${stage}: integration is due today, ${date}.`,
      overdue: (stage: string, date: string, n: number) =>
        `${stage}: integration was due by ${date}. Overdue by ${days(n)}.`,
      cadence: (stage: string, cadence: string, date: string, n: number) =>
        `${stage} has no deadline: integration is continuous. ${cadence}, counted from your start date: the next falls ${n === 0 ? `today, ${date}` : `on ${date}, in ${days(n)}`}.`,
    },
    calendar: {
      summary: (stage: string) => `${stage} integration checkpoint due`,
      reviewSummary: (stage: string, text: string) => `${stage}: ${text}`,
      deadline: (stage: string, limit: string, start: string) =>
        `The ${stage} time box (${limit}) ends: integrate into the main infrastructure by this date. The stage started on ${start}.`,
      review: (text: string, start: string) =>
        `${text}. Counted from the stage's start on ${start}; not a deadline.`,
      fileName: (stage: string, date: string) => `${stage}-integration-${date}.ics`,
      outOfRange: (date: string) =>
        `No calendar file for ${date}: a calendar file holds dates up to ${LAST_YEAR}-12-30 only. Check the start date.`,
    },
  },
  units: { weeks: 'weeks', months: 'months' },
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;
