import { describe, expect, test } from 'vitest';
import { exportFileName, isoDate, readableDate } from '../../../../src/lib/checklist/format.ts';

// Local-time dates (month 10 is November), so the results do not depend on the time zone.
const date = new Date(2026, 10, 30, 9, 5);

describe('dates', () => {
  test('readableDate writes day, month name and year', () => {
    expect(readableDate(date)).toBe('30 November 2026');
    expect(readableDate(new Date(2027, 0, 1))).toBe('1 January 2027');
  });

  test('isoDate writes YYYY-MM-DD with leading zeros', () => {
    expect(isoDate(date)).toBe('2026-11-30');
    expect(isoDate(new Date(2027, 0, 5))).toBe('2027-01-05');
  });
});

describe('exportFileName', () => {
  test('is the checklist id, the date and the extension', () => {
    expect(exportFileName('poc-to-mvp', 'md', date)).toBe('poc-to-mvp-2026-11-30.md');
  });

  test('turns the "/" of nested ids into "-"', () => {
    expect(exportFileName('integration-template/poc-to-mvp', 'json', date)).toBe(
      'integration-template-poc-to-mvp-2026-11-30.json',
    );
  });

  test('never gives an empty or path-like name', () => {
    expect(exportFileName('/../', 'md', date)).toBe('checklist-2026-11-30.md');
  });
});
