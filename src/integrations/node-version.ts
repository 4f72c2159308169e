import type { AstroIntegration } from 'astro';

/** The oldest Node.js that Astro 7 runs on. */
export const MINIMUM_NODE = [22, 12] as const;

/** Whether a `process.versions.node` string such as `20.20.2` is new enough for Astro 7. */
export function isSupportedNode(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor >= MINIMUM_NODE[1]);
}

/**
 * Names the Node.js that runs the build, and stops a build on one too old for Astro 7 with
 * the fix instead of a stack trace. npm scripts run on the Node 22 that `npm ci` installs
 * (the `node` package puts it first on their PATH); `npx astro` on an old system Node does not.
 */
export function nodeVersion(): AstroIntegration {
  return {
    name: 'marquee:node-version',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const version = process.versions.node;
        if (!isSupportedNode(version)) {
          throw new Error(
            `Marquee runs on Node.js ${MINIMUM_NODE.join('.')} or newer, but this is Node.js ${version}. ` +
              'Run it through npm scripts (npm run build, npm run dev), which use the Node.js 22 that npm ci installs, or install Node.js 22 or newer.',
          );
        }
        logger.info(`Node.js ${version}`);
      },
    },
  };
}
