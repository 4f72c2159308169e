import { termKey, termSlug } from '../slugs';

/** Taxonomies Marquee builds pages for (Hugo's word: a taxonomy has terms), in menu order. */
export const TAXONOMIES = ['genres', 'people', 'countries', 'years', 'categories', 'tags'] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

/** One term of a taxonomy: its name as first written and its URL segment, unique in the taxonomy. */
export interface Term {
  name: string;
  slug: string;
}

/** What the registry reads from a review; a published `Review` fits. */
export interface TermSource {
  category: string;
  data: {
    tags: string[];
    movie: {
      year?: number | undefined;
      genres?: string[] | undefined;
      countries?: string[] | undefined;
      directors?: string[] | undefined;
      writers?: string[] | undefined;
      cast?: { name: string }[] | undefined;
    };
  };
}

/** A review's terms, each once per taxonomy, and its credits with people as terms. */
export interface ReviewTerms {
  terms: Record<Taxonomy, Term[]>;
  credits: {
    directors: Term[];
    writers: Term[];
    /** One per `movie.cast` item, in the same order. */
    cast: Term[];
  };
}

/** Turns names into terms. Built once from every published review. */
export interface TermRegistry {
  /** The term a name belongs to; throws for a name that no published review uses. */
  term(taxonomy: Taxonomy, name: string): Term;
  termsOf(review: TermSource): ReviewTerms;
}

function namesOf(review: TermSource): Record<Taxonomy, string[]> {
  const { movie } = review.data;
  const cast = (movie.cast ?? []).map((member) => member.name);
  return {
    genres: movie.genres ?? [],
    people: [...(movie.directors ?? []), ...(movie.writers ?? []), ...cast],
    countries: movie.countries ?? [],
    years: movie.year === undefined ? [] : [String(movie.year)],
    categories: [review.category],
    tags: review.data.tags,
  };
}

/**
 * Groups names into terms and gives each term its slug, once. Spellings that differ only
 * in case or spacing are one term, named as first written. Names that are different
 * terms but share a slug (`Sci-Fi`, `Sci Fi`) both keep a page: the term used first (by
 * publication date) gets the plain slug, later ones `-2`, `-3`, …, so adding a new review
 * never moves an existing page.
 */
export function termRegistry(oldestFirst: TermSource[]): TermRegistry {
  const terms = new Map(TAXONOMIES.map((taxonomy) => [taxonomy, new Map<string, Term>()]));
  const taken = new Map(TAXONOMIES.map((taxonomy) => [taxonomy, new Set<string>()]));
  for (const review of oldestFirst) {
    const names = namesOf(review);
    for (const taxonomy of TAXONOMIES) {
      // Both maps hold every taxonomy.
      const byKey = terms.get(taxonomy)!;
      const used = taken.get(taxonomy)!;
      for (const name of names[taxonomy]) {
        const key = termKey(name);
        if (byKey.has(key)) continue;
        const base = termSlug(name);
        let slug = base;
        for (let suffix = 2; used.has(slug); suffix += 1) slug = `${base}-${suffix}`;
        used.add(slug);
        byKey.set(key, { name: name.trim().replace(/\s+/g, ' ').normalize('NFC'), slug });
      }
    }
  }

  const term = (taxonomy: Taxonomy, name: string): Term => {
    // `terms` holds every taxonomy.
    const found = terms.get(taxonomy)!.get(termKey(name));
    if (!found) throw new Error(`"${name}" is not a term of ${taxonomy} in any published review`);
    return found;
  };
  const unique = (list: Term[]) => [...new Map(list.map((item) => [item.slug, item])).values()];

  return {
    term,
    termsOf(review) {
      const names = namesOf(review);
      const list = (taxonomy: Taxonomy) =>
        unique(names[taxonomy].map((name) => term(taxonomy, name)));
      const { movie } = review.data;
      const people = (names: string[] = []) => names.map((name) => term('people', name));
      return {
        terms: Object.fromEntries(
          TAXONOMIES.map((taxonomy) => [taxonomy, list(taxonomy)]),
        ) as Record<Taxonomy, Term[]>,
        credits: {
          directors: unique(people(movie.directors)),
          writers: unique(people(movie.writers)),
          cast: people((movie.cast ?? []).map((member) => member.name)),
        },
      };
    },
  };
}

/** A term with its reviews, in the order the reviews were given (newest first). */
export interface TermEntry<R> {
  term: Term;
  reviews: R[];
}

/**
 * Every term of a taxonomy with its reviews, sorted for an index page: years newest
 * first, other names in the site's alphabetical order (`locale`).
 */
export function termEntries<R extends Pick<ReviewTerms, 'terms'>>(
  reviews: R[],
  taxonomy: Taxonomy,
  locale: string,
): TermEntry<R>[] {
  const entries = new Map<string, TermEntry<R>>();
  for (const review of reviews) {
    for (const term of review.terms[taxonomy]) {
      const entry = entries.get(term.slug) ?? { term, reviews: [] };
      entry.reviews.push(review);
      entries.set(term.slug, entry);
    }
  }
  const collator = new Intl.Collator(locale, { numeric: true });
  const order =
    taxonomy === 'years'
      ? (a: TermEntry<R>, b: TermEntry<R>) => Number(b.term.name) - Number(a.term.name)
      : (a: TermEntry<R>, b: TermEntry<R>) =>
          collator.compare(a.term.name, b.term.name) || a.term.slug.localeCompare(b.term.slug);
  return [...entries.values()].sort(order);
}
