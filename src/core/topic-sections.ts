// Shared primitives: src/core imports nothing, so schemas and logic may both use it.

/**
 * The sections every topic page must have, by the heading a writer gives them in the body. A
 * topic is guidance a lead can adopt only if it says how to check it is done and what goes wrong.
 * Read by the content rule (src/schemas/topic-rules.ts) and by the build tests.
 */
export const REQUIRED_TOPIC_SECTIONS = [
  { heading: 'How to verify', why: 'a definition of done a lead can check' },
  { heading: 'Pitfalls', why: 'what goes wrong' },
] as const;

/** The texts of a Markdown body's ATX headings (## or ###), outside fenced code blocks. */
export function markdownHeadings(body: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (fence === marker) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1] !== undefined) headings.push(heading[1]);
  }
  return headings;
}

/** Whether an MDX body uses anything MDX adds over Markdown: an import, an export or a component. */
export function usesMdx(body: string): boolean {
  const outsideCode = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return /^(import|export)\s/m.test(outsideCode) || /<[A-Z][A-Za-z0-9]*[\s/>]/.test(outsideCode);
}
