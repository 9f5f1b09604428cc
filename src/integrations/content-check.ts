import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content-check/check-content.ts';
import { formatProblems } from '../content-check/zod-issues.ts';

/**
 * Fails `astro build`, `astro dev` and `astro sync` before Astro loads the content when any
 * content file breaks a schema or a cross-entry rule, with one line per problem naming the
 * file, the field, what was received and what was expected.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info('content check passed');
      },
    },
  };
}
