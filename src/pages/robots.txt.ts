// robots.txt at the site's base, naming the sitemap at its published address (SITE_URL + BASE_PATH).
import type { APIRoute } from 'astro';
import { paths } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', `Allow: ${paths.home()}`];
  if (site) lines.push(`Sitemap: ${new URL(paths.at('/sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
