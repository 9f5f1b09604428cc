// A tiny element builder for the plan's view, so a plan link shows its plan without loading a
// framework (React alone is most of the widget pages' JavaScript budget). Text is always set as
// text, never parsed as HTML.

type Child = Node | string | false | null | undefined;
type Attrs = Record<string, string | boolean | undefined>;

/** `<tag attrs>children</tag>`: false, null and undefined children and attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === false || child === null || child === undefined || child === '') continue;
    el.append(child);
  }
  return el;
}

/** Class names joined, the falsy ones left out. */
export function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
