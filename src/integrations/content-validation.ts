import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/content-set';
import { validateContent } from '../lib/validate-content';
import { readContentSet } from './read-content';

/**
 * Fails `astro build` when the content is wrong, listing every problem with its file and field.
 * Astro alone only logs broken references and YAML errors and still exits 0.
 * In `astro dev` the problems are logged so a writer sees them without losing the server.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'safe-qingdao:content-validation',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = validateContent(readContentSet(fileURLToPath(config.root)));
        if (problems.length === 0) return;
        const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
        logger.error(`${problems.length} content problem(s):\n${list}`);
        // Astro reports any error thrown from a hook as a crash ("An unhandled error occurred…" and a
        // stack trace) that buries the list; a writer's mistake is not a crash, so the build just stops.
        // The logger writes synchronously, so the list is out before the process ends.
        if (command === 'build') process.exit(1);
      },
    },
  };
}
