import { describe, expect, test } from 'vitest';
import { parseIsoDate, type CalendarDate } from '../../../../../src/lib/decide/calendar-date.ts';
import { integrationAnswer } from '../../../../../src/lib/decide/integration/deadline.ts';
import type { IntegrationStage } from '../../../../../src/lib/decide/integration/build.ts';
import {
  integrationStatus,
  startProblem,
} from '../../../../../src/lib/decide/integration/describe.ts';

function d(text: string): CalendarDate {
  const reading = parseIsoDate(text);
  if (!reading.ok) throw new Error(text);
  return reading.date;
}

// Made-up stages: one boxed in weeks, one ongoing with a cadence, one with no time box.
const boxed: IntegrationStage = {
  id: 'alpha',
  shortName: 'ALPHA',
  href: '/stages/alpha/',
  timeBox: {
    maxDuration: '2 weeks',
    integrationRequired: 'Merge',
    limit: { amount: 2, unit: 'weeks' },
  },
};
const ongoing: IntegrationStage = {
  id: 'beta',
  shortName: 'BETA',
  href: '/stages/beta/',
  timeBox: {
    maxDuration: 'Ongoing',
    integrationRequired: 'Keep merging',
    cadence: { amount: 1, unit: 'months', text: 'Monthly review' },
  },
};
const open: IntegrationStage = { id: 'gamma', shortName: 'GAMMA', href: '/stages/gamma/' };

const status = (stage: IntegrationStage, start: string, today: string, unreadable = false) =>
  integrationStatus(stage, integrationAnswer(stage.timeBox, start, d(today)), unreadable);

describe('integrationStatus', () => {
  test('says the deadline and the days left, due today, or overdue', () => {
    expect(status(boxed, '2026-11-02', '2026-11-06')).toBe(
      'ALPHA: integration due by Monday 16 November 2026, 10 days left.',
    );
    expect(status(boxed, '2026-11-02', '2026-11-15')).toBe(
      'ALPHA: integration due by Monday 16 November 2026, 1 day left.',
    );
    expect(status(boxed, '2026-11-02', '2026-11-16')).toBe(
      'ALPHA: integration is due today, Monday 16 November 2026.',
    );
    expect(status(boxed, '2026-11-02', '2026-11-17')).toBe(
      'ALPHA: integration was due by Monday 16 November 2026. Overdue by 1 day.',
    );
  });

  test('gives an ongoing stage its next review, not a deadline', () => {
    expect(status(ongoing, '2026-01-31', '2026-02-10')).toBe(
      'BETA has no deadline: integration is continuous. Monthly review, counted from your start date: the next falls on Saturday 28 February 2026, in 18 days.',
    );
    expect(status(ongoing, '2026-01-31', '2026-02-28')).toContain(
      'the next falls today, Saturday 28 February 2026.',
    );
  });

  test('says a stage without a time box has no deadline', () => {
    expect(status(open, '2026-01-31', '2026-02-10')).toBe(
      'The guide sets no time box for GAMMA: there is no integration deadline to count.',
    );
  });

  test('explains an impossible, a malformed and a future start', () => {
    expect(status(boxed, '2026-02-30', '2026-03-10')).toBe(
      '2026-02-30 does not exist: February 2026 has 28 days. Enter the date your stage started.',
    );
    expect(status(boxed, '2026/02/03', '2026-03-10')).toContain('year-month-day');
    expect(status(boxed, '2026-03-12', '2026-03-10')).toMatch(
      /^That start date, Thursday 12 March 2026, is 2 days in the future\./,
    );
  });

  test('says the field holds no real date once the reader leaves it', () => {
    expect(status(boxed, '', '2026-03-10', true)).toMatch(/incomplete or does not exist/);
    expect(status(open, '', '2026-03-10', true)).toMatch(/no time box/);
  });

  test('is silent while it waits for a stage, a date or the clock', () => {
    expect(integrationStatus(undefined, undefined, false)).toBe('');
    expect(integrationStatus(boxed, undefined, false)).toBe('');
    expect(status(boxed, '', '2026-03-10')).toBe('');
  });
});

describe('startProblem', () => {
  test('is empty for an answer with a usable start', () => {
    expect(startProblem(integrationAnswer(boxed.timeBox, '2026-03-01', d('2026-03-10')))).toBe('');
  });
});
