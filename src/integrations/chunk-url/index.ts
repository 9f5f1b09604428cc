import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

// `import url from './module.ts?chunk-url'`: the URL of `module.ts` built as a chunk of its own,
// for a script to `import(url)` when it needs it. A plain `import('./module.ts')` makes Vite wrap
// the import in its preload helper (0.9 kB gzip, with a list of every file the chunk needs), a
// cost every page paid for the search box and the reading pages' checklists, whose code is all
// loaded on first use and whose styles the page already links.

const SUFFIX = '?chunk-url';
const PREFIX = '\0chunk-url:';

function chunkUrlPlugin(): Plugin {
  let serving = false;
  let base = '/';
  return {
    name: 'chunk-url',
    // Before Vite's resolver, which would take the suffix for a query on the file itself.
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, {
        skipSelf: true,
      });
      if (!resolved) throw new Error(`chunk-url: cannot resolve ${source} from ${importer}`);
      return PREFIX + resolved.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      if (serving)
        return `export default ${JSON.stringify(`${base.replace(/\/$/, '')}/@fs${file}`)};`;
      if (this.environment.config.consumer !== 'client') return 'export default "";';
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/** Adds the `?chunk-url` import suffix (see above). */
export default function chunkUrl(): AstroIntegration {
  return {
    name: 'chunk-url',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [chunkUrlPlugin()] } });
      },
    },
  };
}
