// A small, made-up set of tables for the matrix logic tests: three stages, two tables, rows that
// stay the same, become new, change words, are dropped, and carry accents. Not the site's content.
import type { MatrixProps } from '../../../../src/lib/matrix/model.ts';
import { catalogOf } from '../../../../src/lib/matrix/view.ts';

export const PROPS: MatrixProps = {
  stages: [
    { id: 'alpha', shortName: 'Alpha', name: 'Alpha stage', href: '/stages/alpha/' },
    { id: 'beta', shortName: 'Beta', name: 'Beta stage', href: '/stages/beta/' },
    { id: 'gamma', shortName: 'Gamma', name: 'Gamma stage', href: '/stages/gamma/' },
  ],
  levels: [
    { id: 'no', label: 'Nope', symbol: '❌', description: 'Not there.' },
    { id: 'partial', label: 'Some', symbol: '⚠️', description: 'Partly there.' },
    { id: 'yes', label: 'Yep', symbol: '✅', description: 'There.' },
  ],
  tables: [
    {
      id: 'kit',
      title: 'Kit',
      description: 'The kit each stage has.',
      rowHeader: 'Thing',
      rows: [
        {
          id: 'same',
          label: 'Steady Thing',
          cells: { alpha: { text: 'Same' }, beta: { text: 'Same' }, gamma: { text: 'Same' } },
        },
        {
          id: 'grows',
          label: 'Growing Thing',
          href: '/topics/growing/',
          cells: {
            alpha: { level: 'no' },
            beta: { level: 'partial', text: 'Basic' },
            gamma: { level: 'yes', text: 'Full' },
          },
        },
        {
          id: 'words',
          label: 'Wordy Thing',
          cells: { alpha: { text: 'One' }, beta: { text: 'Two' }, gamma: { text: 'Two' } },
        },
        {
          id: 'dropped',
          label: 'Fading Thing',
          cells: { alpha: { level: 'yes' }, beta: { level: 'no' }, gamma: { level: 'no' } },
        },
      ],
    },
    {
      id: 'targets',
      title: 'Targets',
      description: 'The numbers each stage meets.',
      rowHeader: 'Metric',
      rows: [
        {
          id: 'cafe',
          label: 'Café Latency',
          cells: { alpha: { text: 'N/A' }, beta: { text: '< 1s' }, gamma: { text: 'Crème < 1s' } },
        },
      ],
    },
  ],
};

export const CATALOG = catalogOf(PROPS);

/** The row of the fixture with this id. */
export function row(id: string) {
  const found = PROPS.tables.flatMap((t) => t.rows).find((r) => r.id === id);
  if (!found) throw new Error(`no fixture row ${id}`);
  return found;
}
