/**
 * The site's URL paths, in one place so the trailing-slash policy and the sub-path the site is
 * published under (Astro's `base`, from BASE_PATH) are never retyped. `makePaths(base)` is pure;
 * `paths` is bound to the build's base, which Vite provides as import.meta.env.BASE_URL.
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The URL paths of a site published under `base` (`/` or `/sub/path/`). */
export function makePaths(base: string) {
  const at = (path: string): string => withBase(base, path);
  return {
    home: () => at('/'),
    stage: (id: string) => at(`/stages/${id}/`),
    stages: () => at('/stages/'),
    topic: (id: string) => at(`/topics/${id}/`),
    topics: () => at('/topics/'),
    handbook: () => at('/handbook/'),
    checklist: (id: string) => at(`/checklists/${id}/`),
    checklists: () => at('/checklists/'),
    compare: () => at('/compare/'),
    matrixRow: (matrixId: string, rowId: string) => at(`/compare/#${matrixId}--${rowId}`),
    integration: () => at('/integration/'),
    decide: () => at('/decide/'),
    disagreements: () => at('/disagreements/'),
    /** A feature's entry at a stage on the disagreements page. */
    disagreement: (featureId: string, stageId: string) =>
      at(`/disagreements/#${featureId}--${stageId}`),
    summary: () => at('/summary/'),
    contents: () => at('/contents/'),
    search: () => at('/search/'),
    /** The published data and its documentation; the files are listed in lib/data/files.ts. */
    data: () => at('/data/'),
    plan: () => at('/plan/'),
    /** A prose page of the `pages` collection; the overview is the home page. */
    page: (id: string) => (id === 'overview' ? at('/') : at(`/${id}/`)),
    /** Any site-root path (a file such as the favicon, a link written in content) under the base. */
    at,
  } as const;
}

// Outside Vite (the content check runs in plain Node) there is no import.meta.env: the root.
export const paths = makePaths(import.meta.env?.BASE_URL ?? '/');

/** Whether `current` is `href` or a page below it, for `aria-current` in navigation. */
export function isCurrentSection(
  href: string,
  current: string,
  home: string = paths.home(),
): 'page' | 'true' | undefined {
  if (current === href) return 'page';
  if (href !== home && current.startsWith(href)) return 'true';
  return undefined;
}
