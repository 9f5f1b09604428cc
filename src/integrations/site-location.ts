// Where the site is published, from the environment: SITE_URL (the origin, used for canonical
// URLs, the sitemap, robots.txt and calendar links) and BASE_PATH (the sub-path it is served
// under, e.g. /repo/ on a GitHub Pages project site). The defaults suit `npm start`.
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';
export const DEFAULT_BASE_PATH = '/';

export interface SiteLocation {
  /** Astro's `site`: an http(s) origin, without a path. */
  site: string;
  /** Astro's `base`: `/` or `/a/b/`, always with a leading and a trailing slash. */
  base: string;
}

/** Reads SITE_URL and BASE_PATH; a bad value stops the build with what was received and expected. */
export function siteLocation(env: Record<string, string | undefined>): SiteLocation {
  const rawSite = env['SITE_URL']?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(
      `SITE_URL: received "${rawSite}"; expected an absolute URL such as https://example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: received "${rawSite}"; expected an http or https URL`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL: received "${rawSite}"; expected an origin only (put the sub-path "${url.pathname}" in BASE_PATH)`,
    );
  }
  const rawBase = env['BASE_PATH']?.trim() || DEFAULT_BASE_PATH;
  const segments = rawBase.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..' || !/^[\w.~-]+$/.test(s))) {
    throw new Error(
      `BASE_PATH: received "${rawBase}"; expected a path of plain segments such as /guide/`,
    );
  }
  return { site: url.origin, base: segments.length ? `/${segments.join('/')}/` : '/' };
}
