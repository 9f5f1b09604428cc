// The PDF reader the print tests use: a long document's page tree has intermediate /Pages nodes
// (Chromium groups pages under them), and every page below them is read, in order.
import { expect, test } from 'vitest';
import { pdfPageCount } from '../e2e/pdf-text.ts';

/** A minimal PDF: a root /Pages node whose kids are /Pages nodes holding the pages. */
function nestedPdf(pagesPerNode: number[]): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  let next = 3;
  const nodeRefs: number[] = [];
  const body: string[] = [];
  for (const count of pagesPerNode) {
    const node = next++;
    nodeRefs.push(node);
    const pageRefs = Array.from({ length: count }, () => next++);
    body.push(
      `${node} 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${count} >>\nendobj`,
    );
    for (const ref of pageRefs)
      body.push(`${ref} 0 obj\n<< /Type /Page /Parent ${node} 0 R >>\nendobj`);
  }
  const total = pagesPerNode.reduce((a, b) => a + b, 0);
  objects.push(
    `<< /Type /Pages /Kids [${nodeRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${total} >>`,
  );
  const head = objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj`);
  return Buffer.from(`%PDF-1.4\n${[...head, ...body].join('\n')}\n%%EOF\n`, 'latin1');
}

test('every page under intermediate page-tree nodes is counted', () => {
  expect(pdfPageCount(nestedPdf([3, 2]))).toBe(5);
});

test('one intermediate node with four pages', () => {
  expect(pdfPageCount(nestedPdf([4]))).toBe(4);
});
