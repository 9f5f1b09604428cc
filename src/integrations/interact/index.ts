import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Adds the `client:interact` directive (./directive.ts): an island hydrates on the reader's first
 * use of it, or at once when the browser holds saved progress or a share link for it.
 */
export default function interactDirective(): AstroIntegration {
  return {
    name: 'interact-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interact',
          // esbuild bundles it: a file path, not a file: URL.
          entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)),
        });
      },
    },
  };
}
