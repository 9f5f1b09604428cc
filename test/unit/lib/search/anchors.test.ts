import { expect, test } from 'vitest';
import { INDEXED_TEXT_ATTRIBUTE, searchAnchor } from '../../../../src/lib/search/anchors.ts';

test('titles the sub-result with the section heading, without the guide’s bold marks', () => {
  expect(searchAnchor('**Must** Have')).toEqual({ 'data-pagefind-title': 'Must Have' });
});

test('indexes a labelled item’s words from an attribute (Pagefind skips <label> text)', () => {
  expect(searchAnchor('Week 1: Reliability', 'Add **graceful** shutdown')).toEqual({
    'data-pagefind-title': 'Week 1: Reliability',
    'data-pagefind-index-attrs': INDEXED_TEXT_ATTRIBUTE,
    [INDEXED_TEXT_ATTRIBUTE]: 'Add graceful shutdown',
  });
});

test('collapses white space and leaves out what is blank', () => {
  expect(searchAnchor('  Goals \n and  more ')).toEqual({
    'data-pagefind-title': 'Goals and more',
  });
  expect(searchAnchor('', '  ')).toEqual({});
  expect(searchAnchor('   ', 'An item')).toEqual({
    'data-pagefind-index-attrs': INDEXED_TEXT_ATTRIBUTE,
    [INDEXED_TEXT_ATTRIBUTE]: 'An item',
  });
});
