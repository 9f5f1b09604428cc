/** The site's URL paths, in one place so the trailing-slash policy is never retyped. */
export const paths = {
  home: () => '/',
  stage: (id: string) => `/stages/${id}/`,
  topic: (id: string) => `/topics/${id}/`,
  topics: () => '/topics/',
  handbook: () => '/handbook/',
  checklist: (id: string) => `/checklists/${id}/`,
  checklists: () => '/checklists/',
  compare: () => '/compare/',
  matrixRow: (matrixId: string, rowId: string) => `/compare/#${matrixId}--${rowId}`,
  integration: () => '/integration/',
  decide: () => '/decide/',
  summary: () => '/summary/',
  contents: () => '/contents/',
  search: () => '/search/',
  /** A prose page of the `pages` collection; the overview is the home page. */
  page: (id: string) => (id === 'overview' ? '/' : `/${id}/`),
} as const;

/** Whether `current` is `href` or a page below it, for `aria-current` in navigation. */
export function isCurrentSection(href: string, current: string): 'page' | 'true' | undefined {
  if (current === href) return 'page';
  if (href !== '/' && current.startsWith(href)) return 'true';
  return undefined;
}
