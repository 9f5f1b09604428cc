import { describe, expect, it } from 'vitest';
import { anchorTarget, rowAnchorId } from '../../../../src/lib/matrix/anchors.ts';
import { paths } from '../../../../src/lib/paths.ts';
import { PROPS } from './fixture.ts';

describe('rowAnchorId', () => {
  it('is the fragment other pages link to with paths.matrixRow', () => {
    expect(paths.matrixRow('kit', 'grows')).toBe(
      `${paths.compare()}#${rowAnchorId('kit', 'grows')}`,
    );
  });
});

describe('anchorTarget', () => {
  it('finds a table by its id', () => {
    expect(anchorTarget('#targets', PROPS.tables)).toEqual({ table: PROPS.tables[1] });
  });

  it('finds a row by its anchor', () => {
    expect(anchorTarget('#kit--grows', PROPS.tables)).toEqual({
      table: PROPS.tables[0],
      rowId: 'grows',
    });
  });

  it('finds nothing for other fragments, an empty one or a malformed one', () => {
    expect(anchorTarget('#main', PROPS.tables)).toBeUndefined();
    expect(anchorTarget('', PROPS.tables)).toBeUndefined();
    expect(anchorTarget('#kit--nope', PROPS.tables)).toBeUndefined();
    expect(anchorTarget('#%E0%A4%A', PROPS.tables)).toBeUndefined();
  });
});
