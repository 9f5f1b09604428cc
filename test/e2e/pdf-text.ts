// Reads the text of a PDF that Chromium printed (page.pdf()), page by page, without any library:
// enough of PDF for Skia's output (uncompressed object table, FlateDecode streams, Type0 fonts
// with Identity-H encoding and a ToUnicode CMap, text drawn glyph by glyph with Tj/TJ). Used to
// check what a printed checklist shows; anything it cannot read makes the text shorter, which the
// tests notice (they look for every item).
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | undefined;
}

/** Every `N 0 obj` of the file, with its dictionary text and its decoded stream. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let match = header.exec(text); match !== null; match = header.exec(text)) {
    const start = header.lastIndex;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt !== -1 && streamAt < end) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const dataStart = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
      const raw = pdf.subarray(dataStart, dataStart + length);
      let stream: Buffer = raw;
      if (dict.includes('/FlateDecode')) {
        try {
          stream = inflateSync(raw);
        } catch {
          stream = Buffer.alloc(0);
        }
      }
      objects.set(Number(match[1]), { dict, stream });
      header.lastIndex = dataStart + length;
    } else {
      objects.set(Number(match[1]), { dict: text.slice(start, end), stream: undefined });
    }
  }
  return objects;
}

/** UTF-16BE hex ("00660069") as text ("fi"). */
function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

/** A ToUnicode CMap as code → text (bfchar and bfrange entries). */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src = '', dst = ''] of (block[1] ?? '').matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi,
    )) {
      map.set(parseInt(src, 16), utf16(dst));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1] ?? '';
    for (const [, lo = '', hi = '', dst = ''] of body.matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi,
    )) {
      const first = utf16(dst);
      const base = first.charCodeAt(first.length - 1);
      for (let code = parseInt(lo, 16); code <= parseInt(hi, 16); code += 1) {
        map.set(code, first.slice(0, -1) + String.fromCharCode(base + code - parseInt(lo, 16)));
      }
    }
  }
  return map;
}

const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** A run of text drawn at one position. */
interface Run {
  x: number;
  y: number;
  text: string;
}

/** The text runs of one content stream, decoded with the page's fonts. */
function readRuns(content: string, fonts: Map<string, Map<number, string>>): Run[] {
  const runs: Run[] = [];
  let cmap: Map<number, string> | undefined;
  let x = 0;
  let y = 0;
  let current: Run | undefined;
  const decode = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4)
      out += cmap?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
    return out;
  };
  const token =
    /\/(\S+)\s+[\d.]+\s+Tf|([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) Tm|([-\d.]+) ([-\d.]+) Td|<([0-9a-fA-F]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bBT\b|\bET\b/g;
  for (const m of content.matchAll(token)) {
    if (m[1] !== undefined) {
      cmap = fonts.get(m[1]);
    } else if (m[2] !== undefined) {
      x = Number(m[6]);
      y = Number(m[7]);
      current = undefined;
    } else if (m[8] !== undefined) {
      x += Number(m[8]);
      y += Number(m[9]);
    } else if (m[10] !== undefined || m[11] !== undefined) {
      const text =
        m[10] !== undefined
          ? decode(m[10])
          : [...(m[11] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
              .map((h) => decode(h[1] ?? ''))
              .join('');
      if (current === undefined) {
        current = { x, y, text: '' };
        runs.push(current);
      }
      current.text += text;
    } else {
      current = undefined;
    }
  }
  return runs;
}

/** Runs into lines: runs at the same height (within `tolerance`) joined left to right. */
function toLines(runs: Run[], tolerance = 6): string[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs((line[0]?.y ?? 0) - run.y) <= tolerance) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) =>
    line
      .sort((a, b) => a.x - b.x)
      .map((r) => r.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** The text of each page of a PDF printed by Chromium, as lines in reading order. */
export function pdfPageLines(pdf: Buffer): string[][] {
  const objects = readObjects(pdf);
  // A long document's page tree has levels (Skia groups pages under intermediate /Pages nodes):
  // start at the node without a /Parent and walk down to the pages, in order.
  const isPages = (dict: string) => /\/Type\s*\/Pages\b/.test(dict);
  const root = [...objects.values()].find((o) => isPages(o.dict) && !/\/Parent\b/.test(o.dict));
  const leaves = (dict: string): number[] =>
    refs(/\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '').flatMap((ref) => {
      const kid = objects.get(ref)?.dict ?? '';
      return isPages(kid) ? leaves(kid) : [ref];
    });
  const kids = leaves(root?.dict ?? '');
  const cmaps = new Map<number, Map<number, string>>();
  return kids.map((pageRef) => {
    const page = objects.get(pageRef)?.dict ?? '';
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(page)?.[1] ?? '';
    for (const [, name = '', ref = ''] of fontDict.matchAll(/\/(\S+)\s+(\d+) 0 R/g)) {
      const unicodeRef = Number(
        /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(ref))?.dict ?? '')?.[1],
      );
      if (!cmaps.has(unicodeRef)) {
        cmaps.set(unicodeRef, readCMap(objects.get(unicodeRef)?.stream?.toString('latin1') ?? ''));
      }
      fonts.set(name, cmaps.get(unicodeRef) ?? new Map<number, string>());
    }
    const contentsText = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '';
    const content = refs(contentsText)
      .map((ref) => objects.get(ref)?.stream?.toString('latin1') ?? '')
      .join('\n');
    return toLines(readRuns(content, fonts));
  });
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Buffer): number {
  return pdfPageLines(pdf).length;
}
