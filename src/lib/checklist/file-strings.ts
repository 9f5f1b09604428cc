/**
 * What only a progress file (json-file.ts) can have wrong, as clauses that fit "It could not be
 * used because …" (what it shares with a stored record is in record-strings.ts). Apart from
 * record-strings.ts so the checklists page, which reads stored records only, leaves them out.
 */
import { count } from './record-strings.ts';

/** A progress file's own problems. */
export const progressFileStrings = {
  notProgressFile: 'it is not a checklist progress file of this site',
  unknownFileFormat: 'it was written in a file format this page does not know',
  fileForOther: 'it holds progress for another checklist',
  fileTooLarge: (size: number, max: number) =>
    `it is ${count(size)} bytes, larger than the ${count(max)} bytes a progress file can be`,
} as const;
