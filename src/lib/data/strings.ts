import type { PartName } from '../../schemas/guide-data.ts';

/** What each published part holds, in words. */
const PART_WORDS: Record<PartName | 'guide', string> = {
  guide: 'the whole guide',
  stages: 'the stages',
  features: 'the features and what the guide says of each at each stage',
  matrices: 'the comparison tables',
  checklists: 'the checklists',
  quiz: 'the stage quiz',
  vocabulary: 'the words behind the levels and symbols',
};

/** The words of the /data/ page and of the published schemas' titles. */
export const dataStrings = {
  title: 'The Guide as Data',
  description:
    "The guide's stages, requirements, features, comparison tables, checklists and quiz as JSON with a JSON Schema, and the tables and checklists as CSV, for scorecards, portals, spreadsheets and trackers.",
  /** The table of published files. */
  files: {
    label: 'Data files',
    caption: 'Data files, what each holds, and the JSON Schema each follows',
    file: 'File',
    holds: 'Holds',
    schema: 'Schema',
  },
  /** Words of the field reference. */
  fields: {
    always: 'always present',
    optional: 'optional',
    when: 'When',
  },
  /** What each part holds: "the comparison tables". */
  parts: PART_WORDS,
  /** The title of the JSON Schema of /data/<name>.json. */
  schemaTitle: (name: PartName | 'guide') =>
    `Infrastructure Lifecycle Guide data: ${PART_WORDS[name]}`,
  /** Its description: which file it describes and where it comes from. */
  schemaDescription: (name: PartName | 'guide', fileUrl: string) =>
    `The JSON Schema of ${fileUrl} (${PART_WORDS[name]}). Generated at build from the Zod schemas that validate the guide's content; "formatVersion" changes only on a breaking change.`,
} as const;
