/** Edit distance between two short words (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      // Rows are `b.length + 1` long: every index here is filled.
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known key an author most likely meant by `written` (`ratng` → `rating`,
 * `director` → `directors`, `pubdate` → `pubDate`), or `undefined` when none is close.
 */
export function didYouMean(written: string, known: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  let best: { key: string; score: number } | undefined;
  for (const key of known) {
    const score = distance(lower, key.toLowerCase());
    if (score <= Math.max(1, Math.floor(key.length / 3)) && (!best || score < best.score))
      best = { key, score };
  }
  return best?.key;
}
