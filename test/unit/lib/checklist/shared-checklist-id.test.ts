// sharedChecklistId: the cheap check the client:interact directive makes before hydrating a
// checklist at once for a share link. It must name the checklist readShareFragment would read.
import { describe, expect, test } from 'vitest';
import { listModel } from '../../../../src/lib/checklist/build.ts';
import {
  readShareFragment,
  shareFragment,
  sharedChecklistId,
} from '../../../../src/lib/checklist/share.ts';

const model = listModel('stages/alpha/success-criteria', 'A: Success', 'A: Success', [
  { id: 'x', text: 'X' },
  { id: 'y', text: 'Y' },
]);

describe('sharedChecklistId', () => {
  test('names the checklist of a share link, as readShareFragment reads it', () => {
    const hash = `#${shareFragment(model, { x: { status: 'done' } })}`;
    expect(sharedChecklistId(hash)).toBe(model.id);
    expect(readShareFragment(hash, [model.id])?.snapshot.checklistId).toBe(model.id);
  });

  test('an ordinary anchor or an empty fragment is no share link', () => {
    expect(sharedChecklistId('#item--x')).toBeUndefined();
    expect(sharedChecklistId('')).toBeUndefined();
    expect(sharedChecklistId('#')).toBeUndefined();
    expect(sharedChecklistId('#notchecklist=x')).toBeUndefined();
  });
});
