import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  checklistCsv,
  csvField,
  linkedFeatures,
  matrixCsv,
  toCsv,
} from '../../../../src/lib/data/csv.ts';
import { csvObjects, parseCsv } from './rfc4180.ts';

describe('RFC 4180 writing', () => {
  test('quotes a field only when it holds a comma, a quote or a line break', () => {
    expect(csvField('plain words')).toBe('plain words');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  test('ends every record, the last too, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  test('any records read back unchanged by a strict reader', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.array(
            fc.array(fc.string({ unit: 'grapheme' }), { minLength: width, maxLength: width }),
            {
              minLength: 1,
              maxLength: 5,
            },
          ),
        ),
        (records) => {
          // A record of one empty field is an empty line, which RFC 4180 readers skip or keep
          // differently; the files never write one (every record starts with an id).
          fc.pre(records.every((r) => r.length > 1 || r[0] !== ''));
          expect(parseCsv(toCsv(records))).toEqual(records);
        },
      ),
    );
  });
});

describe('a checklist as CSV', () => {
  const model = {
    id: 'a-to-b',
    title: 'A → B',
    contentVersion: '1',
    sections: [
      {
        id: 'week-one',
        heading: 'Week 1: Reliability, first',
        items: [
          { id: 'first', text: '**INTEGRATION CHECKPOINT**: Extract "patterns"' },
          { id: 'second', text: 'Plain' },
        ],
      },
      { id: 'validation', heading: 'Validation', items: [{ id: 'third', text: 'Done' }] },
    ],
  };

  test('has one record per item, in order, with its phase, plain text and an empty status', () => {
    expect(csvObjects(checklistCsv(model))).toEqual([
      {
        id: 'first',
        phase_id: 'week-one',
        phase: 'Week 1: Reliability, first',
        text: 'INTEGRATION CHECKPOINT: Extract "patterns"',
        status: '',
      },
      {
        id: 'second',
        phase_id: 'week-one',
        phase: 'Week 1: Reliability, first',
        text: 'Plain',
        status: '',
      },
      { id: 'third', phase_id: 'validation', phase: 'Validation', text: 'Done', status: '' },
    ]);
  });
});

describe('a comparison table as CSV', () => {
  test('has the row id, its name under the table header, its features and a column per stage', () => {
    const csv = matrixCsv({
      rowHeader: 'Metric',
      stages: [
        { id: 'a', shortName: 'A' },
        { id: 'b', shortName: 'B' },
      ],
      rows: [
        { id: 'uptime', label: 'Uptime', features: [], cells: { a: 'N/A', b: '99%, at least' } },
        {
          id: 'lb',
          label: 'Load',
          features: ['load-balancing', 'auto-scaling'],
          cells: { a: 'No', b: 'Yes' },
        },
      ],
    });
    expect(parseCsv(csv)).toEqual([
      ['id', 'Metric', 'features', 'A', 'B'],
      ['uptime', 'Uptime', '', 'N/A', '99%, at least'],
      ['lb', 'Load', 'load-balancing auto-scaling', 'No', 'Yes'],
    ]);
  });

  test("lists a row's features and its cells' features, each once, the row's first", () => {
    const ref = (id: string) => ({ id });
    expect(
      linkedFeatures({
        features: [ref('caching')],
        cells: {
          a: { features: [ref('cdn'), ref('caching')] },
          b: {},
          c: { features: [ref('tracing')] },
        },
      }),
    ).toEqual(['caching', 'cdn', 'tracing']);
    expect(linkedFeatures({ cells: { a: {} } })).toEqual([]);
  });
});

describe('the strict reader', () => {
  test.each([
    ['a bare LF', 'a,b\n'],
    ['a quote inside an unquoted field', 'a"b,c\r\n'],
    ['text after a closing quote', '"a"b,c\r\n'],
    ['records of different lengths', 'a,b\r\nc\r\n'],
    ['an unclosed quote', '"a,b\r\n'],
  ])('refuses %s', (_name, text) => {
    expect(() => parseCsv(text)).toThrow(/CSV/);
  });
});
