import { describe, expect, it } from 'vitest';
import { compareCells, rowChanges, rowDiffers, sameCell } from '../../../../src/lib/matrix/diff.ts';
import { row } from './fixture.ts';

describe('sameCell', () => {
  it('compares level and words', () => {
    expect(sameCell({ level: 'yes', text: 'Redis' }, { level: 'yes', text: 'Redis' })).toBe(true);
    expect(sameCell({ level: 'yes', text: 'Redis' }, { level: 'yes', text: 'Full' })).toBe(false);
    expect(sameCell({ level: 'yes' }, { level: 'partial' })).toBe(false);
    expect(sameCell({ text: 'Basic' }, { level: 'partial', text: 'Basic' })).toBe(false);
  });

  it('treats two missing cells as the same', () => {
    expect(sameCell(undefined, undefined)).toBe(true);
    expect(sameCell(undefined, { text: 'x' })).toBe(false);
  });
});

describe('compareCells', () => {
  it('is null for the same cell', () => {
    expect(compareCells({ level: 'no' }, { level: 'no' })).toBeNull();
  });

  it('is "new" from No to Partial, Yes or words without a level', () => {
    expect(compareCells({ level: 'no' }, { level: 'partial' })).toBe('new');
    expect(compareCells({ level: 'no' }, { level: 'yes', text: 'Redis' })).toBe('new');
    expect(compareCells({ level: 'no' }, { text: 'Basic auth' })).toBe('new');
  });

  it('is "dropped" from anything else to No', () => {
    expect(compareCells({ level: 'yes' }, { level: 'no' })).toBe('dropped');
    expect(compareCells({ text: 'Manual' }, { level: 'no' })).toBe('dropped');
  });

  it('is "changed" for any other difference', () => {
    expect(compareCells({ level: 'partial' }, { level: 'yes' })).toBe('changed');
    expect(compareCells({ level: 'yes', text: 'Redis' }, { level: 'yes', text: 'Multi' })).toBe(
      'changed',
    );
    expect(compareCells({ text: 'Single DB' }, { text: 'DB + replicas' })).toBe('changed');
    expect(compareCells({ level: 'no' }, { level: 'no', text: 'Not yet' })).toBe('changed');
  });
});

describe('rowChanges', () => {
  it('marks each changed cell against the previous shown stage, never the first', () => {
    expect(rowChanges(row('grows'), ['alpha', 'beta', 'gamma'])).toEqual({
      beta: { kind: 'new', from: 'alpha' },
      gamma: { kind: 'changed', from: 'beta' },
    });
  });

  it('compares across a hidden stage with the shown stage before it', () => {
    expect(rowChanges(row('grows'), ['alpha', 'gamma'])).toEqual({
      gamma: { kind: 'new', from: 'alpha' },
    });
  });

  it('leaves unchanged cells unmarked', () => {
    expect(rowChanges(row('words'), ['alpha', 'beta', 'gamma'])).toEqual({
      beta: { kind: 'changed', from: 'alpha' },
    });
    expect(rowChanges(row('dropped'), ['alpha', 'beta', 'gamma'])).toEqual({
      beta: { kind: 'dropped', from: 'alpha' },
    });
  });

  it('marks nothing with one or no shown stage', () => {
    expect(rowChanges(row('grows'), ['beta'])).toEqual({});
    expect(rowChanges(row('grows'), [])).toEqual({});
  });
});

describe('rowDiffers', () => {
  it('is true when the shown cells are not all the same', () => {
    expect(rowDiffers(row('words'), ['alpha', 'beta'])).toBe(true);
    expect(rowDiffers(row('words'), ['beta', 'gamma'])).toBe(false);
    expect(rowDiffers(row('same'), ['alpha', 'beta', 'gamma'])).toBe(false);
  });

  it('is false with fewer than two shown stages', () => {
    expect(rowDiffers(row('grows'), ['gamma'])).toBe(false);
  });
});
