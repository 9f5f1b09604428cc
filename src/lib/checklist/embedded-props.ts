// A reading page's tracked list carries its island's props as JSON in a
// <script type="application/json"> beside it (read by src/client/tracked-list/mount.ts): plain
// JSON, about half the bytes of an Astro island's `props` attribute, which wraps every value in
// a type tag and escapes every quote.

/** JSON safe inside a <script> element: `<` is escaped, so no `</script>` can end it early. */
export function embedProps(props: unknown): string {
  return JSON.stringify(props).replaceAll('<', '\\u003c');
}

/** The props back from embedProps' text; throws a SyntaxError naming the problem when broken. */
export function readEmbeddedProps(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SyntaxError(`tracked list props: expected a JSON object, received ${typeof value}`);
  }
  return value as Record<string, unknown>;
}
