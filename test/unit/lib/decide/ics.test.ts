import { describe, expect, test } from 'vitest';
import {
  buildIcs,
  fitsCalendarFile,
  escapeText,
  foldLine,
  formatDateValue,
  formatUtcStamp,
  icsDataUrl,
} from '../../../../src/lib/decide/ics.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escapeText', () => {
  test('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  test('leaves other text alone', () => {
    expect(escapeText('Remove POC-specific hacks/workarounds (don’t delete)')).toBe(
      'Remove POC-specific hacks/workarounds (don’t delete)',
    );
  });
});

describe('foldLine', () => {
  test('leaves a line of 75 octets or fewer as it is', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  test('folds a long line into lines of at most 75 octets, continuations starting with a space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    expect(lines.map(octets).every((n) => n <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(octets(lines[0] ?? '')).toBe(75);
    expect(unfold(folded)).toBe(line);
  });

  test('never splits an escape across lines', () => {
    for (let pad = 0; pad < 4; pad += 1) {
      const line = `DESCRIPTION:${'x'.repeat(60 + pad)}${escapeText('a,b;c\nd\\e').repeat(4)}`;
      const lines = foldLine(line).split('\r\n');
      expect(
        lines.filter((l) => /\\$/.test(l.replace(/\\\\/g, ''))),
        `pad ${pad}`,
      ).toEqual([]);
      expect(lines.map(octets).every((n) => n <= 75)).toBe(true);
      expect(unfold(lines.join('\r\n'))).toBe(line);
    }
  });

  test('counts UTF-8 octets and never splits a character', () => {
    const line = `DESCRIPTION:${'é→✅'.repeat(30)}`;
    const lines = foldLine(line).split('\r\n');
    expect(lines.map(octets).every((n) => n <= 75)).toBe(true);
    expect(lines.every((l) => !l.includes('\uFFFD'))).toBe(true);
    expect(unfold(lines.join('\r\n'))).toBe(line);
  });
});

describe('values', () => {
  test('writes a DATE without separators', () => {
    expect(formatDateValue({ year: 2026, month: 3, day: 9 })).toBe('20260309');
  });

  test('writes the stamp in UTC with a Z', () => {
    expect(formatUtcStamp(new Date(Date.UTC(2026, 10, 2, 9, 5, 7, 450)))).toBe('20261102T090507Z');
  });
});

describe('buildIcs', () => {
  const event = {
    uid: 'alpha-integration-2026-11-02-2026-11-30@example.test',
    date: { year: 2026, month: 11, day: 30 },
    stamp: new Date(Date.UTC(2026, 10, 2, 9, 30, 0)),
    summary: 'Alpha integration checkpoint due',
    description: `Integrate by this date.\n\nMust Do:\n- Merge patterns, then standardise; ${'long words '.repeat(8)}`,
    url: 'https://example.test/stages/alpha/#integration-checkpoint',
  };

  test('writes one all-day event with CRLF line ends', () => {
    const text = buildIcs(event, '-//example.test//Tests//EN') ?? '';
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//example.test//Tests//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:alpha-integration-2026-11-02-2026-11-30@example.test',
        'DTSTAMP:20261102T093000Z',
        'DTSTART;VALUE=DATE:20261130',
        'DTEND;VALUE=DATE:20261201',
        'SUMMARY:Alpha integration checkpoint due',
        'DESCRIPTION:Integrate by this date.\\n\\nMust Do:\\n- Merge patterns\\, then st',
        ' andardise\\; long words long words long words long words long words long wo',
        ' rds long words long words ',
        'URL:https://example.test/stages/alpha/#integration-checkpoint',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  test('has no bare line feed and no line over 75 octets', () => {
    const text = buildIcs(event, '-//example.test//Tests//EN') ?? '';
    expect(text.endsWith('\r\n')).toBe(true);
    expect(/(?<!\r)\n/.test(text)).toBe(false);
    expect(text.split('\r\n').filter((l) => octets(l) > 75)).toEqual([]);
  });

  test('ends an all-day event on the next day, across a year end', () => {
    const text = buildIcs({ ...event, date: { year: 2026, month: 12, day: 31 } }, '-//t//t//EN');
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270101\r\n');
  });

  test('leaves out the URL when there is none', () => {
    expect(buildIcs({ ...event, url: undefined }, '-//t//t//EN')).not.toContain('URL:');
  });
});

describe('icsDataUrl', () => {
  test('carries the text unchanged', () => {
    const text = 'BEGIN:VCALENDAR\r\nSUMMARY:a,b & c #1\r\nEND:VCALENDAR\r\n';
    const url = icsDataUrl(text);
    expect(url.startsWith('data:text/calendar;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(text);
  });
});

describe('dates at the date field limits', () => {
  const event = {
    uid: 'limit@example.test',
    date: { year: 2026, month: 11, day: 30 },
    stamp: new Date(Date.UTC(2026, 10, 2, 9, 30, 0)),
    summary: 'Limit',
    description: 'Limit',
  };
  test('the last day a file can hold is 9999-12-30 (its DTEND is 9999-12-31)', () => {
    const text = buildIcs({ ...event, date: { year: 9999, month: 12, day: 30 } }, '-//t//t//EN');
    expect(text).toContain('DTSTART;VALUE=DATE:99991230\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:99991231\r\n');
  });

  test('no file for 9999-12-31 or later, nor before year 1: never a nine-digit date', () => {
    for (const date of [
      { year: 9999, month: 12, day: 31 },
      { year: 10000, month: 3, day: 31 },
      { year: 0, month: 12, day: 31 },
    ]) {
      expect(fitsCalendarFile(date)).toBe(false);
      expect(buildIcs({ ...event, date }, '-//t//t//EN')).toBeUndefined();
    }
    expect(fitsCalendarFile({ year: 1, month: 1, day: 1 })).toBe(true);
  });
});
