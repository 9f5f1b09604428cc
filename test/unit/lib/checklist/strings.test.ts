import { describe, expect, test } from 'vitest';
import { checklistStrings } from '../../../../src/lib/checklist/strings.ts';

describe('counted sentences', () => {
  test('name only what there is, in the singular or plural', () => {
    expect(checklistStrings.tools.resetQuestion(1, 1, 0)).toBe(
      'Reset this checklist? 1 tick and 1 N/A mark will be cleared.',
    );
    expect(checklistStrings.tools.resetQuestion(2, 0, 3)).toBe(
      'Reset this checklist? 2 ticks and 3 notes will be cleared.',
    );
    expect(checklistStrings.notices.shareOffer(3, 2, 1)).toBe(
      'It has 3 items done, 2 N/A marks and 1 note.',
    );
    expect(checklistStrings.notices.shareOffer(1, 0, 0)).toBe('It has 1 item done.');
    expect(checklistStrings.notices.shareOffer(0, 0, 0)).toBe('It has no ticks.');
  });

  test('the count line leaves N/A items out of the total', () => {
    expect(checklistStrings.doneOf(3, 25)).toBe('3 of 25 done');
  });
});
