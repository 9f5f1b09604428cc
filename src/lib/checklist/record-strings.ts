/**
 * The checklist's words about saved progress: what is wrong with a stored record, a progress file
 * or their items (each a clause that fits "It could not be used because …"), and the checklists
 * page's saved-progress line. They sit apart from `checklistStrings` (which holds them as
 * `checklistStrings.record`) so the checklists page's small reading script does not carry the
 * widget's words; the module imports nothing.
 */
const count = (n: number) => n.toLocaleString('en');

export const checklistRecordStrings = {
  /** What is wrong with saved data, as a clause: "it is not valid JSON". */
  problems: {
    notJson: 'it is not valid JSON',
    notSavedChecklist: 'it is not a saved checklist',
    unknownStoredFormat: (format: string) =>
      `it has a stored format this page does not know (${format})`,
    noChecklist: 'it does not name its checklist',
    storedForOther: (checklist: string) => `it belongs to another checklist ("${checklist}")`,
    noContentVersion: 'it has no valid content version',
    noSaveTime: 'it has no save time',
    badHideDone: 'its "hide done items" setting is not true or false',
    notProgressFile: 'it is not a checklist progress file of this site',
    unknownFileFormat: 'it was written in a file format this page does not know',
    fileForOther: 'it holds progress for another checklist',
    fileTooLarge: (size: number, max: number) =>
      `it is ${count(size)} bytes, larger than the ${count(max)} bytes a progress file can be`,
    itemsNotMap: 'its items are not a map of item ids',
    tooManyItems: (n: number, max: number) =>
      `it holds ${count(n)} items, more than the ${count(max)} a checklist can have`,
    notItemId: (id: string) => `"${id}" is not an item id`,
    itemNotObject: (id: string) => `item "${id}" is not an object`,
    itemStatus: (id: string) => `item "${id}" has an unknown status`,
    itemNotText: (id: string, field: string) => `item "${id}" has a ${field} that is not text`,
    itemTime: (id: string) => `item "${id}" has a change time that is not a time`,
  },
  /** Under a checklist on the checklists page: "Saved in this browser: 5 of 26 done, 1 not applicable.". */
  savedLine: (done: number, applicable: number, notApplicable: number) =>
    `Saved in this browser: ${done} of ${applicable} done${notApplicable ? `, ${notApplicable} not applicable` : ''}.`,
} as const;
