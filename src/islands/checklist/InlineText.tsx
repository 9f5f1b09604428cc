import { parseInline } from '../../lib/inline.ts';

/** Text with the guide's `**strong**` marks, as the static InlineText.astro renders it. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((segment, i) =>
        segment.strong ? <strong key={i}>{segment.text}</strong> : segment.text,
      )}
    </>
  );
}
