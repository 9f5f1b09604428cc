// A strict RFC 4180 reader for the tests: CRLF between records (and after the last), fields
// quoted when they hold a comma, a quote or a line break, quotes doubled inside quotes. Anything
// else (a bare LF, a quote inside an unquoted field, text after a closing quote, records of
// different lengths) throws, naming where.

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`CSV: ${why} at character ${i}`);
  };
  if (!text.endsWith('\r\n')) fail('expected the text to end with CRLF');
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) fail('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('a quote inside an unquoted field');
        field += text[i];
        i += 1;
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
    } else {
      fail('expected a comma or CRLF after a field');
    }
  }
  const width = records[0]?.length ?? 0;
  records.forEach((r, n) => {
    if (r.length !== width)
      throw new Error(`CSV: record ${n + 1} has ${r.length} fields, expected ${width}`);
  });
  return records;
}

/** The records after the header, as objects keyed by the header's names. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) throw new Error('CSV: no header');
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}
