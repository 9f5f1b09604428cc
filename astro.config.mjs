// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import chunkUrl from './src/integrations/chunk-url/index.ts';
import contentCheck from './src/integrations/content-check.ts';
import interactDirective from './src/integrations/interact/index.ts';
import securityHeaders, { contentSecurityPolicy } from './src/integrations/security-headers.ts';
import { siteLocation } from './src/integrations/site-location.ts';

// Where the site is published: SITE_URL (origin) and BASE_PATH (sub-path), e.g.
// SITE_URL=https://org.github.io BASE_PATH=/repo/ npm run build. Defaults suit `npm start`.
const { site, base } = siteLocation(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which drops spaces between inline elements in prose.
  compressHTML: true,
  integrations: [
    contentCheck(),
    chunkUrl(),
    interactDirective(),
    mdx(),
    react(),
    sitemap(),
    securityHeaders(),
  ],
  // Hashes for every script and style Astro emits, in a <meta> policy on each page;
  // securityHeaders() repeats the policy for all pages in the _headers file.
  security: { csp: contentSecurityPolicy },
  // Shiki colours code with inline styles, which the policy forbids; code blocks stay plain.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX entry triggers a harmless MODULE_LEVEL_DIRECTIVE warning for Astro's
        // "use astro:head-inject" marker (withastro/astro#18087); hiding it keeps real warnings visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
