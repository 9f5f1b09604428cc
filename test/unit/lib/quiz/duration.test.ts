import { describe, expect, test } from 'vitest';
import { compareDurations } from '../../../../src/core/duration.ts';
import { spanVersusLimit } from '../../../../src/lib/quiz/duration.ts';

const weeks = (amount: number) => ({ amount, unit: 'weeks' as const });
const months = (amount: number) => ({ amount, unit: 'months' as const });

describe('compareDurations', () => {
  test('compares the same unit exactly', () => {
    expect(compareDurations(months(3), months(3))).toBe(0);
    expect(compareDurations(weeks(2), weeks(4))).toBeLessThan(0);
  });

  test('compares across units by length', () => {
    expect(compareDurations(weeks(4), months(1))).toBeLessThan(0);
    expect(compareDurations(weeks(14), months(3))).toBeGreaterThan(0);
    expect(compareDurations(weeks(13), months(3))).toBeLessThan(0);
  });
});

describe('spanVersusLimit', () => {
  const limit = weeks(4);
  test.each([
    [{ upTo: weeks(2) }, 'within'],
    [{ over: weeks(2), upTo: weeks(4) }, 'due'],
    [{ over: weeks(4), upTo: months(3) }, 'overdue'],
    [{ over: months(3) }, 'overdue'],
    [{ over: weeks(2), upTo: months(3) }, 'may-be-overdue'],
    [{ over: weeks(2) }, 'may-be-overdue'],
    [{}, 'may-be-overdue'],
  ])('%j against 4 weeks is %s', (span, expected) => {
    expect(spanVersusLimit(span, limit)).toBe(expected);
  });
});
