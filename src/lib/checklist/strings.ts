/** Every string of the checklist widget: on screen, announced, printed and exported. */
import { listWords, plural, quoted } from '../words.ts';
import { MAX_ITEM_TEXT } from './items-codec.ts';
import { MAX_NOTE_LENGTH, MAX_REASON_LENGTH } from './state.ts';

/** "2 ticks, 1 N/A mark and 3 notes", leaving out what is zero. */
function recorded(done: number, notApplicable: number, notes: number, doneWord: string): string {
  const parts = [
    done > 0 ? plural(done, doneWord, doneWord.replace(/^(\w+)/, '$1s')) : '',
    notApplicable > 0 ? plural(notApplicable, 'N/A mark', 'N/A marks') : '',
    notes > 0 ? plural(notes, 'note', 'notes') : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'nothing' : listWords(parts);
}

/** "3 ticks, 2 N/A marks (1 with a reason) and 4 notes". */
function recordedWithReasons(own: {
  done: number;
  notApplicable: number;
  reasons: number;
  notes: number;
}): string {
  const parts = [
    own.done > 0 ? plural(own.done, 'tick', 'ticks') : '',
    own.notApplicable > 0
      ? `${plural(own.notApplicable, 'N/A mark', 'N/A marks')}${own.reasons > 0 ? ` (${own.reasons} with a reason)` : ''}`
      : '',
    own.notes > 0 ? plural(own.notes, 'note', 'notes') : '',
  ].filter(Boolean);
  return listWords(parts);
}

/** The repository the GitHub field shows as an example. */
const EXAMPLE_REPO = 'my-org/infrastructure';

export const checklistStrings = {
  /** Titles of the checklists in exports and issues. */
  titles: {
    migration: (route: string) => `Migration checklist: ${route}`,
    list: (owner: string, list: string) => `${owner}: ${list}`,
    subList: (owner: string, section: string, list: string) => `${owner}: ${section}, ${list}`,
  },
  /** "7 of 29 done": the count shown per checklist and per phase (N/A items left out of both). */
  doneOf: (done: number, applicable: number) => `${done} of ${applicable} done`,
  notApplicableCount: (n: number) => `${n} not applicable`,
  allDone: 'All done',
  noScript:
    'Ticking, saving and exporting need JavaScript. The checklist still prints, with empty boxes to tick by hand.',

  item: {
    done: 'done',
    notApplicable: 'Not applicable',
    notApplicableBecause: (reason: string) => `Not applicable: ${reason}`,
    note: 'Note',
    details: 'Note or N/A',
    detailsFor: (item: string) => `for ${quoted(item)}`,
    markNotApplicable: 'Not applicable to our system',
    reason: 'Reason (short)',
    noteField: 'Your note',
    hiddenSection: (n: number) =>
      `${plural(n, 'item', 'items')} of this part done or not applicable, hidden.`,
  },

  announce: {
    ticked: (item: string) => `Done: ${item}.`,
    unticked: (item: string) => `Not done: ${item}.`,
    markedNotApplicable: (item: string) => `Not applicable: ${item}.`,
    clearedNotApplicable: (item: string) => `Applies again: ${item}.`,
    section: (heading: string, done: number, applicable: number) =>
      `${heading}: ${done} of ${applicable} done.`,
    total: (done: number, applicable: number) => `In all: ${done} of ${applicable} done.`,
    reset: 'Progress reset: every item is open again.',
    undone: 'Your previous progress is back.',
    undonePartly: (left: number) =>
      `Your previous progress is back, except on ${plural(left, 'item', 'items')} changed since (in this tab or another), left as ${left === 1 ? 'it is' : 'they are'}.`,
    hiding: (n: number) => `${plural(n, 'finished item', 'finished items')} hidden.`,
    showing: 'Every item shown.',
  },

  tools: {
    hideDone: 'Hide done and not applicable items',
    print: 'Print',
    reset: 'Reset…',
    resetQuestion: (done: number, notApplicable: number, notes: number) =>
      `Reset this checklist? ${recorded(done, notApplicable, notes, 'tick')} will be cleared.`,
    resetConfirm: 'Yes, reset',
    cancel: 'Cancel',
    undo: 'Undo',
    more: 'Hide done, reset, export and share',
    exportHeading: 'Export and share',
    copyMarkdown: 'Copy as Markdown',
    downloadMarkdown: 'Download .md',
    downloadJson: 'Download progress (.json)',
    importJson: 'Import progress (.json)',
    copyLink: 'Copy share link',
    copied: (what: string) => `${what} copied to the clipboard.`,
    markdownName: 'Markdown',
    linkName: 'Share link',
    copyFailed:
      'Your browser did not let the page copy. The text is selected below: copy it with Ctrl+C or ⌘C.',
    copyBoxLabel: 'Text to copy',
    downloaded: (file: string) => `Downloaded ${file}.`,
    /** When the code that carries plan snapshots could not be loaded (offline, or a new release). */
    withoutSnapshots: (file: string) =>
      `Downloaded ${file} with your checklist progress but without your plan snapshots: the page could not load what adds them. Reload the page and download again to include them.`,
    snapshotsNotRead:
      'Any plan snapshots in the file were not read: the page could not load what reads them. Reload the page and import the file again to add them.',
    shareNote:
      'The link holds your ticks, N/A reasons and notes in its last part (after #), which browsers never send to a server.',
  },

  github: {
    label: 'GitHub repository (owner/repo)',
    placeholder: EXAMPLE_REPO,
    hint: 'Opens a pre-filled “New issue” page on GitHub. Nothing is sent until you submit it there.',
    open: (repo: string) => `Open as GitHub issue in ${repo}`,
    empty: `Type a repository such as ${EXAMPLE_REPO}.`,
    invalid: `That is not a GitHub repository name. Write it as owner/repo, for example ${EXAMPLE_REPO}.`,
    tooLong: (length: number, limit: number) =>
      `This checklist is too long for a link (${length.toLocaleString('en')} characters; links above ${limit.toLocaleString('en')} are refused). Copy it as Markdown and paste it into the issue instead.`,
    openEmpty: (repo: string) => `Open an empty new issue in ${repo}`,
  },

  template: {
    pairLabel: 'Stage transition',
    choose: 'Choose a stage transition',
    pairNote: (label: string) => `Filled in for ${label}. Progress is kept for each transition.`,
  },

  notices: {
    dismiss: 'Dismiss',
    changedTitle: 'This checklist changed since your progress was saved',
    added: (items: string) => `New, not ticked yet: ${items}.`,
    removed: (items: string) =>
      `No longer in the checklist, and dropped from your progress: ${items}.`,
    reworded: (items: string) => `Reworded, your progress on them kept: ${items}.`,
    wasDone: 'was done',
    wasNotApplicable: 'was not applicable',
    unreadableTitle: 'Your saved progress could not be read',
    unreadable: (problem: string, key: string) =>
      `It could not be used because ${problem}. Nothing was thrown away: it is kept in this browser’s storage under ${quoted(key)}. The checklist starts empty.`,
    unreadableNotKept: (problem: string) =>
      `It could not be used because ${problem}. It is left untouched, and this page will not save over it: your ticks here last until you leave the page. Use Export to keep them.`,
    downloadUnreadable: 'Download the unreadable data',
    unavailableTitle: 'This browser is not keeping progress',
    unreadableStorage:
      'This browser refused to read saved progress (site data blocked, or storage broken). Nothing is saved while reading fails, so nothing saved is written over. Ticks work until you leave the page; use Export or the share link to keep them.',
    shortenedTitle: 'Some text was too long and was cut',
    shortened: (source: string, cut: { notes: number; reasons: number; texts: number }) =>
      `${source} held ${listWords(
        [
          cut.notes > 0
            ? `${plural(cut.notes, 'note', 'notes')} over ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`
            : '',
          cut.reasons > 0
            ? `${plural(cut.reasons, 'reason', 'reasons')} over ${MAX_REASON_LENGTH} characters`
            : '',
          cut.texts > 0
            ? `${plural(cut.texts, 'item wording', 'item wordings')} over ${MAX_ITEM_TEXT} characters`
            : '',
        ].filter(Boolean),
      )}; ${cut.notes + cut.reasons + cut.texts === 1 ? 'it was' : 'they were'} cut to that length.`,
    shortenedSaved: 'Your saved progress',
    shortenedLink: 'The link',
    shortenedFile: (file: string) => `${file}`,
    unavailable:
      'Storage is turned off or refused (a private window, or site data blocked). Ticks work until you leave the page; use Export or the share link to keep them.',
    shareTitle: 'This link carries checklist progress',
    shareOffer: (done: number, notApplicable: number, notes: number) =>
      done + notApplicable + notes === 0
        ? 'It has no ticks.'
        : `It has ${recorded(done, notApplicable, notes, 'item done')}.`,
    shareReplaces: (own: {
      done: number;
      notApplicable: number;
      reasons: number;
      notes: number;
    }) =>
      own.done + own.notApplicable + own.notes === 0
        ? 'Loading it fills in this checklist; you can undo that until you dismiss the message that follows.'
        : `Loading it replaces everything you recorded here: ${recordedWithReasons(own)}. You can undo that until you dismiss the message that follows.`,
    shareLoad: 'Load the shared progress',
    shareKeep: 'Keep my progress',
    shareLoaded: 'The shared progress is loaded.',
    loadedTitle: 'The shared progress is loaded',
    loadedUndoable: 'Until you dismiss this message, “Undo loading” brings back what you had.',
    undoLoad: 'Undo loading',
    shareUnknown: (n: number) =>
      `${plural(n, 'item', 'items')} of the link ${n === 1 ? 'is' : 'are'} not in this checklist any more and ${n === 1 ? 'was' : 'were'} left out.`,
    importedTitle: 'Progress imported',
    imported: (file: string, done: number) => `Loaded ${file}: ${done} done.`,
    importFailed: (file: string, problem: string) =>
      `${file} could not be imported because ${problem}. Your progress is unchanged.`,
    importOther: (title: string) => `it holds progress for another checklist (${title})`,
  },

  print: {
    date: 'Date',
    team: 'Team',
    system: 'System',
    owner: 'Owner',
    hiddenNote: (n: number) =>
      `${plural(n, 'finished item is', 'finished items are')} left out (“Hide done” was on).`,
    boxDone: '✓',
    boxNotApplicable: '–',
  },

  markdown: {
    summary: (done: number, applicable: number, notApplicable: number) =>
      `Progress: ${done} of ${applicable} done${notApplicable > 0 ? `, ${notApplicable} not applicable` : ''}.`,
    source: (site: string, date: string) => `From ${site}, ${date}.`,
    sourceWithUrl: (site: string, url: string, date: string) => `From ${site} (${url}), ${date}.`,
    notApplicable: 'not applicable',
    notApplicableBecause: (reason: string) => `not applicable: ${reason}`,
    note: 'Note',
  },
} as const;
