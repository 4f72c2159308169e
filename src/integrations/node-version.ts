import type { AstroIntegration } from 'astro';

/** The oldest Node.js that Astro 7.4 runs on (its `engines`: >=22.23.4). */
const MINIMUM_NODE = [22, 23, 4] as const;

/** The Node.js major that `npm ci` installs (the `node` package in package.json). */
export const SHIPPED_NODE_MAJOR = 24;

/** Whether a `process.versions.node` string such as `20.20.2` is new enough for Astro 7.4. */
export function isSupportedNode(version: string): boolean {
  const parts = version.split('.').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isInteger(part))) return false;
  for (const [index, minimum] of MINIMUM_NODE.entries()) {
    const part = parts[index] ?? 0;
    if (part !== minimum) return part > minimum;
  }
  return true;
}

/**
 * Names the Node.js that runs the build, and stops a build on one too old for Astro 7 with
 * the fix instead of a stack trace. npm scripts run on the Node 24 that `npm ci` installs
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
              'Run it through npm scripts (npm run build, npm run dev), which use the Node.js 24 that npm ci installs, or install Node.js 24.',
          );
        }
        logger.info(`Node.js ${version}`);
      },
    },
  };
}
