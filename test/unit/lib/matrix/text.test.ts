import { describe, expect, it } from 'vitest';
import {
  cellWords,
  containsAllWords,
  foldText,
  queryWords,
} from '../../../../src/lib/matrix/text.ts';
import { PROPS } from './fixture.ts';

describe('foldText', () => {
  it('lowers case, removes accents and collapses white space', () => {
    expect(foldText('  Crème   BRÛLÉE\t')).toBe('creme brulee');
  });
});

describe('queryWords', () => {
  it('splits a query into folded words', () => {
    expect(queryWords('Redis  Cach')).toEqual(['redis', 'cach']);
  });

  it('has no words for a blank query', () => {
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('cellWords', () => {
  it("gives the level's label and the cell's text", () => {
    expect(cellWords({ level: 'partial', text: 'Basic' }, PROPS.levels)).toBe('Some Basic');
  });

  it('gives the label alone, or the text alone', () => {
    expect(cellWords({ level: 'no' }, PROPS.levels)).toBe('Nope');
    expect(cellWords({ text: '95%+' }, PROPS.levels)).toBe('95%+');
  });

  it('gives nothing for a missing cell', () => {
    expect(cellWords(undefined, PROPS.levels)).toBe('');
  });
});

describe('containsAllWords', () => {
  it('needs every word, in any order, as part of the text', () => {
    expect(containsAllWords('caching some basic', ['basic', 'cach'])).toBe(true);
    expect(containsAllWords('caching some basic', ['basic', 'redis'])).toBe(false);
  });
});
