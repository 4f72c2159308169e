import { MarqueeError } from '../errors';

/**
 * Stops the build when two pages would be written to one path (the later one would
 * silently replace the other). `pages` pairs each path with what it shows, for the message.
 * Paths are compared as a case-insensitive file system would store them.
 */
export function assertUniquePaths(pages: { path: string; source: string }[]): void {
  const seen = new Map<string, string>();
  for (const { path, source } of pages) {
    const key = decodeURIComponent(path).normalize('NFC').toLowerCase();
    const first = seen.get(key);
    if (first)
      throw new MarqueeError(
        `${source} path: found ${path}, the page of ${first} too; expected one page per path: give one of them another slug`,
      );
    seen.set(key, source);
  }
}
