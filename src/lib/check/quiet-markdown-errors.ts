/**
 * Astro's Markdown processor prints every failure with `console.error(error)` (a dump of
 * the whole error object) and then throws it, and the review loader reports the same
 * failure again in Marquee's format. While the loader renders, failures that Marquee's
 * own plugins raised (`source: 'marquee'`, see `src/plugins/fail.ts`) are not printed
 * there, so each mistake is printed once, without the dump.
 */
export async function withQuietMarkdownErrors<T>(run: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = (...values: unknown[]) => {
    const [first] = values;
    if (
      values.length === 1 &&
      first instanceof Error &&
      (first as { source?: unknown }).source === 'marquee'
    )
      return;
    original(...values);
  };
  try {
    return await run();
  } finally {
    console.error = original;
  }
}

/** Where the first `file:line:column` of a problem list points, for Astro's error overlay. */
export function firstLocation(
  message: string,
  root: string,
): { file: string; line?: number; column?: number } | undefined {
  const match = /^(\S+?\.md):(\d+):(\d+) /m.exec(message);
  if (!match) return undefined;
  return {
    file: `${root.replace(/\/$/, '')}/${match[1]}`,
    line: Number(match[2]),
    column: Number(match[3]),
  };
}
