/**
 * The checklist's words about saved progress: what is wrong with a stored record or its items
 * (each a clause that fits "It could not be used because …"), and the checklists page's
 * saved-progress line. They sit apart from `checklistStrings` so the checklists page's small
 * reading script carries only these (a progress file's own problems are in file-strings.ts for the
 * same reason), and they are exported one by one, imported as a namespace
 * (`import * as savedRecordStrings`), so the minifier shortens their names: that script has a
 * budget of 3 KiB gzip (test/build/search-weight.test.ts).
 */
export const count = (n: number) => n.toLocaleString('en');

// What is wrong with saved data: a stored record, a progress file, or their items.
export const notJson = 'it is not valid JSON';
export const notSavedChecklist = 'it is not a saved checklist';
export const unknownStoredFormat = (format: string) =>
  `it has a stored format this page does not know (${format})`;
export const noChecklist = 'it does not name its checklist';
export const storedForOther = (checklist: string) =>
  `it belongs to another checklist ("${checklist}")`;
export const noContentVersion = 'it has no valid content version';
export const noSaveTime = 'it has no save time';
export const badHideDone = 'its "hide done items" setting is not true or false';
export const itemsNotMap = 'its items are not a map of item ids';
export const tooManyItems = (n: number, max: number) =>
  `it holds ${count(n)} items, more than the ${count(max)} a checklist can have`;
export const notItemId = (id: string) => `"${id}" is not an item id`;
export const itemNotObject = (id: string) => `item "${id}" is not an object`;
export const itemStatus = (id: string) => `item "${id}" has an unknown status`;
export const itemNotText = (id: string, field: string) =>
  `item "${id}" has a ${field} that is not text`;
export const itemTime = (id: string) => `item "${id}" has a change time that is not a time`;

/** Under a checklist on the checklists page: "Saved in this browser: 5 of 26 done, 1 not applicable." */
export const savedProgressWords = (done: number, applicable: number, notApplicable: number) =>
  `Saved in this browser: ${done} of ${applicable} done${notApplicable ? `, ${notApplicable} not applicable` : ''}.`;
