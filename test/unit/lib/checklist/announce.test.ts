import { describe, expect, test } from 'vitest';
import {
  describeChanges,
  describeItemChange,
  finishedIds,
  nameList,
} from '../../../../src/lib/checklist/announce.ts';
import { listWords } from '../../../../src/lib/words.ts';
import { demoModel, singleListModel } from './fixtures.ts';

describe('describeItemChange', () => {
  test('names the item in plain words, its phase count and the total', () => {
    const text = describeItemChange(
      demoModel(),
      { a: { status: 'done' }, b: { status: 'done' } },
      'b',
      'ticked',
    );
    expect(text).toBe('Done: B first: then b. Week 1: One: 2 of 2 done. In all: 2 of 4 done.');
  });

  test('N/A items leave the counts', () => {
    const text = describeItemChange(
      demoModel(),
      { c: { status: 'na' } },
      'c',
      'marked-not-applicable',
    );
    expect(text).toBe('Not applicable: Do c. Week 2: Two: 0 of 0 done. In all: 0 of 3 done.');
  });

  test('says "not done" and "applies again"', () => {
    expect(describeItemChange(demoModel(), {}, 'a', 'unticked')).toMatch(/^Not done: Do a\./);
    expect(describeItemChange(demoModel(), {}, 'a', 'cleared-not-applicable')).toMatch(
      /^Applies again: Do a\./,
    );
  });

  test('a one-list checklist gives only the total', () => {
    expect(describeItemChange(singleListModel(), { x: { status: 'done' } }, 'x', 'ticked')).toBe(
      'Done: Works. In all: 1 of 2 done.',
    );
  });

  test('is empty for an unknown item', () => {
    expect(describeItemChange(demoModel(), {}, 'zz', 'ticked')).toBe('');
  });
});

describe('finishedIds', () => {
  test('lists done and N/A items in page order', () => {
    expect(
      finishedIds(demoModel(), {
        v: { status: 'done' },
        a: { status: 'na' },
        c: { status: 'open', note: 'x' },
      }),
    ).toEqual(['a', 'v']);
  });
});

describe('nameList and listWords', () => {
  test('join names as a sentence and cut long lists', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(nameList(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });
});

describe('describeChanges', () => {
  test('says what is new, what was dropped with its state, and what was reworded', () => {
    const sentences = describeChanges({
      fromVersion: '1',
      toVersion: '2',
      added: [{ id: 'n', text: '**New** n' }],
      removed: [
        { id: 'a', text: 'Do a', status: 'done' },
        { id: 'b', text: 'Do b', status: 'na' },
        { id: 'gone', text: undefined, status: 'open' },
      ],
      reworded: [{ id: 'c', before: 'Do c', after: 'Do c now' }],
    });
    expect(sentences).toEqual([
      'New, not ticked yet: “New n”.',
      'No longer in the checklist, and dropped from your progress: “Do a” (was done), “Do b” (was not applicable) and “gone”.',
      'Reworded, your progress on them kept: “Do c now”.',
    ]);
  });

  test('says nothing when nothing changed', () => {
    expect(
      describeChanges({ fromVersion: '1', toVersion: '1', added: [], removed: [], reworded: [] }),
    ).toEqual([]);
  });
});
