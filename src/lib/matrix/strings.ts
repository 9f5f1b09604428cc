/** Every UI string of the comparison matrices widget. Stage, table and level names come from content/. */
import { plural, quoted } from '../words.ts';

export const matrixStrings = {
  filtersLabel: 'Filter the comparison tables',
  filtersSummary: (active: number) => (active === 0 ? 'Filters' : `Filters (${active} active)`),
  noScript:
    'The filters need JavaScript, which is off: every table is shown in full, also when a link asks for a filtered view.',
  pairsLegend: 'What changes from one stage to the next',
  /** Between the two stage names of a pair link; screen readers read `pairTo` instead. */
  pairArrow: '→',
  pairTo: 'to',
  stagesLegend: 'Stages shown',
  tablesLegend: 'Tables shown',
  queryLabel: 'Filter rows',
  queryHint: 'Matches row names and the words in the shown cells.',
  levelLegend: 'Level at a stage',
  levelStageLabel: 'Stage',
  levelLabel: 'Level',
  anyShownStage: 'Any shown stage',
  anyLevel: 'Any level',
  levelHint: 'Cells with words only, without a level, never match a level.',
  changesOnlyLabel: 'Only what changes between the shown stages',
  changesOnlyHint: 'Each changed cell then says how it differs from the shown stage to its left.',
  clearFilters: 'Clear filters',
  copyLink: 'Copy link to this view',
  linkCopied: 'Link copied: it opens this same view.',
  copyFailed: 'Could not copy the link; copy the address from the address bar instead.',
  dismiss: 'Dismiss',
  showing: (shown: number, total: number) => `Showing ${shown} of ${plural(total, 'row', 'rows')}.`,
  tableShowing: (shown: number, total: number) => `Showing ${shown} of ${total} rows.`,
  noRows: 'No rows match these filters.',
  noRowsInTable: 'No rows of this table match the filters.',
  tableHidden: 'This table is hidden by the “Tables shown” filter.',
  showTable: (title: string) => `Show ${title}`,
  noStages: 'No stage is shown: tick at least one stage to see the cells.',
  changesNeedTwo:
    '“Only what changes” compares the shown stages with each other: tick at least two stages.',
  changesRule:
    'A row is shown when its cells in the shown stages are not all the same, in level or in words. Each changed cell is compared with the shown stage to its left: “New at …” when that stage’s cell says No and this one does not, “No longer at …” when this one says No and that one does not, and “Changed from …” for any other difference.',
  change: {
    new: (at: string, _from: string) => `New at ${at}`,
    dropped: (at: string, _from: string) => `No longer at ${at}`,
    changed: (_at: string, from: string) => `Changed from ${from}`,
  },
  hiddenTarget: (row: string, table: string) =>
    `The link points to the row ${quoted(row)} of ${table}, which the current filters hide.`,
  hiddenTableTarget: (table: string) =>
    `The link points to ${table}, which the current filters hide.`,
  showAllRows: 'Show all rows',
  summary: {
    prefix: 'View:',
    everything: 'every row of every table, at every stage',
    stages: (names: string) => `stages ${names}`,
    noStages: 'no stage',
    tables: (names: string) => `tables ${names}`,
    noTables: 'no table',
    query: (query: string) => `rows matching ${quoted(query)}`,
    level: (stage: string, level: string) => `rows where ${stage} says ${level}`,
    levelAnyStage: (level: string) => `rows where a shown stage says ${level}`,
    changesOnly: 'only what changes',
    count: (shown: number, total: number) => `${shown} of ${total} rows`,
    link: 'Link:',
  },
} as const;
