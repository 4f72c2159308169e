/**
 * One film's facts across its reviews: a later review may leave out what an earlier one
 * gives (a rewatch need not copy the cast), and its page shows the merged facts. What a
 * review writes itself always wins; a missing fact comes from the first of `others` that has it
 * (the caller orders them: the same language first, then newest).
 */

/** The film facts that belong to the film, not to one review (the title is the review's own). */
const SHARED_FACTS = [
  'originalTitle',
  'year',
  'genres',
  'countries',
  'runtime',
  'certification',
  'releaseDate',
  'directors',
  'writers',
  'cast',
  'poster',
] as const;

const LINKS = ['imdb', 'tmdb', 'website'] as const;

type Links = Partial<Record<(typeof LINKS)[number], string | undefined>>;
type Movie = Partial<Record<(typeof SHARED_FACTS)[number], unknown>> & {
  links?: Links | undefined;
};

const isMissing = (value: unknown) =>
  value === undefined || (Array.isArray(value) && value.length === 0);

/** `own` with each missing fact taken from the first of `others` that has it. */
export function mergedMovie<M extends Movie>(own: M, others: M[]): M {
  const merged: M = { ...own };
  const facts = merged as Record<string, unknown>;
  for (const key of SHARED_FACTS) {
    if (!isMissing(facts[key])) continue;
    const found = others.find((other) => !isMissing(other[key]))?.[key];
    if (found !== undefined) facts[key] = found;
  }
  const links: Links = { ...own.links };
  for (const key of LINKS) links[key] ??= others.find((other) => other.links?.[key])?.links?.[key];
  if (LINKS.some((key) => links[key] !== undefined)) merged.links = links;
  return merged;
}
