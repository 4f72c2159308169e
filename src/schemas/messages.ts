import { z } from 'astro/zod';

/**
 * Plain-words messages for the zod failures that schemas do not word themselves. Zod 4's
 * own wording (`Unrecognized key: "ratng"`) is written for programmers; authors read these.
 * Importing this module installs them for every schema.
 */
z.config({
  customError(issue) {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling against the keys in content/AUTHORING.md`;
    }
    return undefined;
  },
});
