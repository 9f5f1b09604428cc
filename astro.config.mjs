// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';
import interactDirective from './src/integrations/interact/index.ts';

export default defineConfig({
  site: 'https://infrastructure-lifecycle.example',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which drops spaces between inline elements in prose.
  compressHTML: true,
  integrations: [contentCheck(), interactDirective(), mdx(), react()],
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
