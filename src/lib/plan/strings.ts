/**
 * The plan page's words. Facts (stage names, requirements, phases, time boxes) come from content/;
 * these are only the sentences around them.
 */
import { decideStrings } from '../decide/strings.ts';
import { quizHref } from '../quiz/paths.ts';
import { countWord, plural, quoted } from '../words.ts';

export const planStrings = {
  title: 'My plan',
  description: (actions: number) =>
    `Your stage, what stands between you and the next one, your migration checklist, your integration deadline and your next ${countWord(actions)} actions, in one plan to share, export, print and revisit.`,
  noScript:
    'The plan is put together in your browser from your quiz answers and the checklist progress saved there, so it needs JavaScript. Without it, every part of the plan is on the pages below.',
  noScriptLinks: {
    quiz: 'Find your stage with the quiz',
    stages: 'What each stage must have, by priority',
    checklists: 'The migration checklists, phase by phase',
    deadline: 'When must I integrate? (time boxes)',
  },
  quizHref: quizHref(),
  empty: {
    heading: 'No stage yet',
    text: 'Answer the quiz, or open the plan from a stage page, and the plan shows here.',
    quiz: 'Take the quiz',
    orChoose: 'Or choose a stage:',
  },
  linkNoteLabel: 'About this link',
  /** Added to the link note when the link's progress is for a checklist the plan does not show. */
  otherChecklist: (checklistId: string) =>
    `The progress in this link is for another checklist (${checklistId}) and was not used.`,
  stage: {
    heading: 'Where you are',
    reached: 'Your infrastructure has reached',
    chosen: 'Stage chosen on a stage page (no quiz answers in this plan).',
    load: (load: string) => `Load (users) points to ${load}.`,
    provisional: 'Provisional: not every required question is answered.',
    changeAnswers: 'Change your answers',
    target: (target: string) => `The plan leads to ${target}.`,
    last: 'This is the last stage: the plan keeps its must-haves in place.',
  },
  gaps: {
    heading: 'Gaps',
    lead: (stage: string) =>
      `What ${stage} requires that neither your answers nor your checklist show in place, most urgent first: its must-haves and P0 priorities, and what other places of the guide require there (its comparison tables, success criteria and migration checklist).`,
    none: 'No gaps: your answers and checklist show everything this stage requires in place.',
    /** The tag of a feature required outside the stage's lists (as the quiz lists it). */
    also: 'Also required',
    requiredBy: 'required by',
    /** Where the guide's places disagree about a gap, as the advisor and /disagreements/ say it. */
    disagree: decideStrings.feature.disagree,
    allDisagreements: decideStrings.feature.allDisagreements,
    priority: 'Priority',
    closedHeading: (n: number) => `In place (${n})`,
    byAnswer: (question: string) => `in place by your answer to ${quoted(question)}`,
    byChecklist: 'done in your checklist',
    count: (open: number) => plural(open, 'gap', 'gaps'),
  },
  migration: {
    heading: 'Next migration checklist',
    none: 'No migration leaves this stage.',
    progress: (done: number, applicable: number, na: number) =>
      `${done} of ${applicable} done${na ? `, ${na} not applicable` : ''}.`,
    phase: 'Phase',
    due: 'Due',
    done: 'Done',
    status: 'Status',
    finished: 'Finished',
    late: 'Late',
    open: (n: number) => `${n} open`,
    noDate: 'Set a start date',
    /** Marks the due dates as the site's reading, not the guide's: the guide names periods only. */
    dueReadingLabel: 'The site’s own guidance',
    periodLength: (p: { amount: number; unit: 'weeks' | 'months' }) =>
      plural(p.amount, p.unit === 'weeks' ? 'week' : 'month', p.unit),
    dueReading: (period: string, length: string) =>
      `The checklist names its phases by period; the due dates are this site’s reading of those periods, not dates the guide sets: ${quoted(period)} is read as ${length} after the date the stage started.`,
    fromLink:
      'This plan shows the checklist progress carried by the link. Your own saved progress is unchanged; open the checklist to load the link’s progress there.',
    openWithLink: 'Open the checklist with this progress',
    storage: {
      unavailable:
        'This browser does not let the page read saved progress; the checklist shows as new.',
      unreadable: (problem: string) =>
        `The saved progress of this checklist could not be read (${problem}); the checklist page keeps it aside and tells you more.`,
    },
  },
  dates: {
    heading: 'Dates',
    startLabel: 'Date the stage started',
    startHint: 'Sets the integration deadline or review and the phase due dates.',
    timeBox: (max: string) => `Time box: ${max}.`,
    deadline: (date: string, days: number) =>
      days > 0
        ? `Integration deadline: ${date} (${plural(days, 'day', 'days')} left).`
        : days === 0
          ? `Integration deadline: ${date}, today.`
          : `Integration deadline: ${date}, passed ${plural(-days, 'day', 'days')} ago.`,
    review: (date: string, cadence: string, days: number) =>
      `Next review: ${date} (${plural(days, 'day', 'days')} away), by the cadence ${quoted(cadence)}.`,
    future: (date: string) => `Starts in the future; planned integration date: ${date}.`,
    ongoing: 'Integration is continuous at this stage: there is no deadline to count.',
    noTimeBox: 'This stage has no time box.',
    noStart: 'Enter the date the stage started to get the deadline and the phase due dates.',
    invalid: (text: string) => `${quoted(text)} is not a date (use YYYY-MM-DD).`,
    deadlineWhy: 'Where the guide sets it',
  },
  actions: {
    heading: (count: number) => `Next ${countWord(count)} actions`,
    integrate: (stage: string, overdue: boolean) =>
      `${overdue ? 'Integrate now: the' : 'Integrate today: the'} ${stage} integration deadline ${overdue ? 'has passed' : 'is today'}.`,
    migrateNow: (title: string) =>
      `Load has outgrown your infrastructure: work through ${title} now.`,
    phase: (heading: string, open: number, due: string | undefined) =>
      `Finish ${heading} (${plural(open, 'item', 'items')} open${due ? `, due ${due}` : ''}).`,
    gap: (text: string, priority: string | undefined) =>
      `Put in place: ${text}${priority ? ` (${priority})` : ''}.`,
    setStart: 'Enter the date the stage started, to date the deadline and the phases.',
  },
  share: {
    heading: 'Share, export and print',
    copy: 'Copy link to this plan',
    copied:
      'Link copied. It opens this same plan in any browser; the notes travel after “#”, which is never sent to a server.',
    copyFailed: 'Copying was refused; select the link below and copy it.',
    linkLabel: 'Link to this plan',
    markdown: 'Download plan (.md)',
    ics: 'Download dates (.ics)',
    icsNone: 'Enter a start date to download the dates.',
    print: 'Print brief',
    repoLabel: 'GitHub repository (owner/name)',
    repoInvalid: 'That is not a GitHub repository name (owner/name).',
    issue: 'Open as GitHub issue',
    issuePhase: (heading: string) => `Open issue: ${heading}`,
    tooLong:
      'The whole plan does not fit in one issue link (about 8 KB), so there is one link per phase.',
    json: 'Download progress with snapshots (.json)',
    importLabel: 'Import snapshots from a progress file (.json)',
  },
  snapshots: {
    heading: 'Snapshots',
    lead: 'Save a dated copy of this plan in this browser; compare two to see what changed.',
    save: 'Save snapshot',
    saved: (when: string) => `Snapshot saved (${when}).`,
    none: 'No snapshots yet.',
    compare: 'Compare',
    from: 'Earlier snapshot',
    to: 'Later snapshot',
    current: 'This plan now',
    failed: 'This browser refused to save the snapshot; it is kept only while the page is open.',
    unavailable:
      'This browser does not let the page save anything; snapshots last only while the page is open.',
    keptAside: (key: string) =>
      `Saved snapshots could not be read, so they were moved aside untouched under ${quoted(key)}.`,
    notKeptAside:
      'Saved snapshots could not be read and could not be moved aside; nothing will be written over them.',
    imported: (n: number) => `${plural(n, 'snapshot', 'snapshots')} imported.`,
    importNone: 'The file holds no snapshots that are not already here.',
    importFailed: (problem: string) => `The file could not be read: ${problem}.`,
    /** When a snapshot was saved: its date and its UTC time ("HH:MM"). */
    when: (date: string, time: string) => `${date} ${time} UTC`,
    label: (date: string, stage: string, open: number) =>
      `${date}: ${stage}, ${plural(open, 'gap', 'gaps')}`,
  },
  /** On a checklist's own page, about the plan snapshots its JSON progress file carries. */
  transfer: {
    added: (n: number) =>
      `${plural(n, 'plan snapshot', 'plan snapshots')} from the file added to this browser; compare them on My plan.`,
    keptAside: (key: string) =>
      `The snapshots saved here could not be read, so they were moved aside untouched under “${key}” first.`,
    notSaved: (n: number) =>
      `The file holds ${plural(n, 'plan snapshot', 'plan snapshots')} this browser does not have, but it did not let them be saved.`,
  },
  diff: {
    heading: 'What changed',
    stage: (from: string, to: string) =>
      from === to ? `Stage: still ${to}.` : `Stage: ${from} → ${to}.`,
    closed: (n: number) => `Gaps closed (${n})`,
    opened: (n: number) => `Gaps opened (${n})`,
    ticked: (n: number) => `Items done or set aside since (${n})`,
    reopened: (n: number) => `Items reopened (${n})`,
    deadlines: 'Deadlines in between',
    met: 'met',
    missed: 'missed',
    nothing: 'Nothing changed between these two.',
    counts: (from: number, to: number, total: number) =>
      `Checklist: ${from} → ${to} of ${total} finished.`,
  },
  markdown: {
    title: (stage: string, target: string) => `Infrastructure plan: ${stage} → ${target}`,
    stageLine: (heading: string) => `**Stage reached:** ${heading}`,
    loadLine: (load: string) => `**Load points to:** ${load}`,
    source: (site: string, url: string, date: string) => `From ${site}: ${url} (${date})`,
    gapsHeading: 'Gaps',
    actionsHeading: 'Next actions',
    datesHeading: 'Dates',
  },
  calendar: {
    phase: (heading: string, checklist: string) => `${heading} due (${checklist})`,
    deadline: (stage: string) => `${stage} integration deadline`,
    review: (stage: string) => `${stage} integration review`,
    fileName: (stage: string, start: string) => `plan-${stage}-${start}.ics`,
  },
  print: {
    generated: (date: string) => `Planning brief, ${date}`,
  },
} as const;
