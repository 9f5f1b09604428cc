import { describe, expect, test } from 'vitest';
import {
  allowedDowntimeMinutes,
  formatDuration,
  parseUptime,
} from '../../../../src/lib/topics/error-budget.ts';
import { load } from '../../../fixtures/real-content.ts';

describe('parseUptime', () => {
  test.each([
    ['95%+', 0.95],
    ['99 %', 0.99],
    ['99.9%+', 0.999],
    ['100%', 1],
  ])('reads %j as %d', (cell, expected) => {
    expect(parseUptime(cell)).toBeCloseTo(expected, 10);
  });

  test.each(['N/A', '', '99', 'abc%', '0%', '101%'])('has no target for %j', (cell) => {
    expect(parseUptime(cell)).toBeUndefined();
  });
});

describe('the error budget of an uptime target', () => {
  test('over 30 days: 95% about 36 hours, 99% about 7.2 hours, 99.9% about 43 minutes', () => {
    const budget = (target: number) => formatDuration(allowedDowntimeMinutes(target, 30));
    expect(budget(0.95)).toBe('36 h');
    expect(budget(0.99)).toBe('7.2 h');
    expect(budget(0.999)).toBe('43 min');
  });

  test('is zero at 100% and grows with the window', () => {
    expect(allowedDowntimeMinutes(1, 30)).toBe(0);
    expect(allowedDowntimeMinutes(0.99, 7)).toBeLessThan(allowedDowntimeMinutes(0.99, 30));
  });

  test('formats seconds, minutes, hours and days', () => {
    expect(formatDuration(0.5)).toBe('30 s');
    expect(formatDuration(1.44)).toBe('1.4 min');
    expect(formatDuration(72)).toBe('1.2 h');
    expect(formatDuration(60 * 24 * 5)).toBe('5 days');
  });
});

test('every stage target of the real performance-targets matrix with a number yields a budget', () => {
  const uptime = load('matrices')
    .flatMap((m) => m.data.rows)
    .find((row) => row.id === 'uptime');
  expect(uptime, 'the uptime row the SLO topic reads').toBeDefined();
  const targets = Object.values(uptime?.cells ?? {}).flatMap((cell) => {
    const target = parseUptime(cell.text ?? '');
    return target === undefined ? [] : [target];
  });
  expect(targets.length).toBeGreaterThanOrEqual(3);
  for (const target of targets) expect(allowedDowntimeMinutes(target, 30)).toBeGreaterThan(0);
});
