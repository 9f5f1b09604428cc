import { describe, expect, test } from 'vitest';
import { parseIsoDate } from '../../../../src/lib/decide/calendar-date.ts';
import { impossibleDetail, longDate } from '../../../../src/lib/decide/date-words.ts';

describe('longDate', () => {
  test('writes the weekday, day, month and year', () => {
    expect(longDate({ year: 2026, month: 11, day: 30 })).toBe('Monday 30 November 2026');
    expect(longDate({ year: 2028, month: 2, day: 29 })).toBe('Tuesday 29 February 2028');
    expect(longDate({ year: 2027, month: 2, day: 28 })).toBe('Sunday 28 February 2027');
  });
});

describe('impossibleDetail', () => {
  const detail = (text: string) => {
    const reading = parseIsoDate(text);
    if (reading.ok || reading.reason !== 'impossible') throw new Error(`${text} is not impossible`);
    return impossibleDetail(reading);
  };

  test('says how many days the month has', () => {
    expect(detail('2026-02-30')).toBe('February 2026 has 28 days');
    expect(detail('2028-02-30')).toBe('February 2028 has 29 days');
    expect(detail('2026-04-31')).toBe('April 2026 has 30 days');
  });

  test('explains a month, a day or a year that cannot be', () => {
    expect(detail('2026-13-01')).toMatch(/01 to 12/);
    expect(detail('2026-01-00')).toMatch(/from 01/);
    expect(detail('0000-01-01')).toMatch(/0001/);
  });
});
