import type { Language } from '../../i18n/languages';
import {
  EMPTY_REGISTRY,
  registeredName,
  spellingsOf,
  type PeopleRegistry,
} from '../people/registry';
import { termKey, termSlug } from '../slugs';
import { vocabularyEntry } from '../vocabulary';

/** Taxonomies Marquee builds pages for (Hugo's word: a taxonomy has terms), in menu order. */
export const TAXONOMIES = ['genres', 'people', 'countries', 'years', 'categories', 'tags'] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

/** One term of a taxonomy: its name in the site's language and its URL segment, unique in the taxonomy. */
export interface Term {
  name: string;
  slug: string;
  /** Its name in each language, where the vocabulary or `people.yaml` knows it. */
  names?: Partial<Record<Language, string>> | undefined;
  /** `false` for a term with too few reviews for a page of its own (`minReviewsForPage`). */
  page?: false | undefined;
}

/** A person as a review credits them. */
interface Credit {
  name: string;
  tmdb?: number | undefined;
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
      directors?: Credit[] | undefined;
      writers?: Credit[] | undefined;
      cast?: Credit[] | undefined;
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

/** An old term address that now leads to another term's page. */
export interface TermRedirect {
  taxonomy: Taxonomy;
  /** The URL segment a spelling had, or would have, on its own. */
  from: string;
  to: Term;
}

/** Turns names into terms. Built once from every published review. */
export interface TermRegistry {
  /** The term a name belongs to; throws for a name that no published review uses. */
  term(taxonomy: Taxonomy, name: string, tmdb?: number): Term;
  termsOf(review: TermSource): ReviewTerms;
  /** Spellings whose own address differs from their term's: each gets a redirect page. */
  redirects(): TermRedirect[];
}

/** Who a written name is: the key that groups its spellings, and the term's name and names. */
interface Identity {
  key: string;
  name: string;
  names?: Partial<Record<Language, string>> | undefined;
  /** Other spellings that should lead to the term (a registry entry's aliases). */
  spellings?: string[] | undefined;
}

export interface TermRegistryOptions {
  /** The site's language: vocabulary labels and registered names are shown in it. */
  language: Language;
  /** `content/people.yaml`. */
  people?: PeopleRegistry | undefined;
  /** Terms of these taxonomies get a page only from this many reviews on (default: every term has one). */
  minReviewsForPage?: Partial<Record<Taxonomy, number>> | undefined;
}

function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').normalize('NFC');
}

/**
 * Who a written name is. Genres and countries in the built-in vocabulary are one term
 * whatever language or spelling a post uses (`Drama` = `드라마`), named in the site's
 * language; people in `people.yaml` are one term under every spelling; any other name is
 * its own term, spellings that differ only in case or spacing being one.
 */
function identify(
  taxonomy: Taxonomy,
  written: string,
  tmdb: number | undefined,
  { language, people = EMPTY_REGISTRY }: TermRegistryOptions,
): Identity {
  if (taxonomy === 'genres' || taxonomy === 'countries') {
    const entry = vocabularyEntry(taxonomy, written);
    if (entry) return { key: entry.key, name: entry.label[language], names: entry.label };
  }
  if (taxonomy === 'people') {
    const person = people.find(written, tmdb);
    if (person)
      return {
        key: `registry:${termKey(person.name)}`,
        name: registeredName(person, language),
        names: { ko: person.name, en: person.en ?? person.name },
        spellings: spellingsOf(person),
      };
  }
  return { key: termKey(written), name: cleanName(written) };
}

function namesOf(review: TermSource): Record<Taxonomy, Credit[]> {
  const { movie } = review.data;
  const plain = (names: string[] = []) => names.map((name) => ({ name }));
  return {
    genres: plain(movie.genres),
    people: [...(movie.directors ?? []), ...(movie.writers ?? []), ...(movie.cast ?? [])],
    countries: plain(movie.countries),
    years: movie.year === undefined ? [] : [{ name: String(movie.year) }],
    categories: [{ name: review.category }],
    tags: plain(review.data.tags),
  };
}

/**
 * Groups names into terms and gives each term its slug, once (see `identify` for which
 * names are one term). Names that are different terms but share a slug (`Sci-Fi`, `Sci Fi`)
 * both keep a page: the term used first (by publication date) gets the plain slug, later
 * ones `-2`, `-3`, …, so adding a new review never moves an existing page.
 */
export function termRegistry(
  oldestFirst: TermSource[],
  options: TermRegistryOptions = { language: 'ko' },
): TermRegistry {
  const terms = new Map(TAXONOMIES.map((taxonomy) => [taxonomy, new Map<string, Term>()]));
  const taken = new Map(TAXONOMIES.map((taxonomy) => [taxonomy, new Set<string>()]));
  /** Every spelling seen, per taxonomy, with the key of its term. */
  const spellings = new Map(TAXONOMIES.map((taxonomy) => [taxonomy, new Map<string, string>()]));
  /** Reviews naming each term, per taxonomy (a review counts once). */
  const counts = new Map(TAXONOMIES.map((taxonomy) => [taxonomy, new Map<string, number>()]));
  for (const review of oldestFirst) {
    const names = namesOf(review);
    for (const taxonomy of TAXONOMIES) {
      // The maps hold every taxonomy.
      const byKey = terms.get(taxonomy)!;
      const used = taken.get(taxonomy)!;
      const counted = new Set<string>();
      for (const { name, tmdb } of names[taxonomy]) {
        const identity = identify(taxonomy, name, tmdb, options);
        if (!counted.has(identity.key)) {
          counted.add(identity.key);
          const count = counts.get(taxonomy)!;
          count.set(identity.key, (count.get(identity.key) ?? 0) + 1);
        }
        for (const spelling of [name, ...(identity.spellings ?? [])])
          spellings.get(taxonomy)!.set(cleanName(spelling), identity.key);
        if (byKey.has(identity.key)) continue;
        const base = termSlug(identity.name);
        let slug = base;
        for (let suffix = 2; used.has(slug); suffix += 1) slug = `${base}-${suffix}`;
        used.add(slug);
        byKey.set(identity.key, { name: identity.name, slug, names: identity.names });
      }
    }
  }
  for (const [taxonomy, min = 1] of Object.entries(options.minReviewsForPage ?? {}) as [
    Taxonomy,
    number | undefined,
  ][]) {
    for (const [key, term] of terms.get(taxonomy)!)
      if ((counts.get(taxonomy)!.get(key) ?? 0) < min) term.page = false;
  }

  const term = (taxonomy: Taxonomy, name: string, tmdb?: number): Term => {
    // `terms` holds every taxonomy.
    const found = terms.get(taxonomy)!.get(identify(taxonomy, name, tmdb, options).key);
    if (!found) throw new Error(`"${name}" is not a term of ${taxonomy} in any published review`);
    return found;
  };
  const unique = (list: Term[]) => [...new Map(list.map((item) => [item.slug, item])).values()];

  return {
    term,
    termsOf(review) {
      const names = namesOf(review);
      const list = (taxonomy: Taxonomy) =>
        unique(names[taxonomy].map(({ name, tmdb }) => term(taxonomy, name, tmdb)));
      const { movie } = review.data;
      const people = (credits: Credit[] = []) =>
        credits.map(({ name, tmdb }) => term('people', name, tmdb));
      return {
        terms: Object.fromEntries(
          TAXONOMIES.map((taxonomy) => [taxonomy, list(taxonomy)]),
        ) as Record<Taxonomy, Term[]>,
        credits: {
          directors: unique(people(movie.directors)),
          writers: unique(people(movie.writers)),
          cast: people(movie.cast),
        },
      };
    },
    redirects() {
      const found: TermRedirect[] = [];
      for (const taxonomy of TAXONOMIES) {
        const byKey = terms.get(taxonomy)!;
        const used = taken.get(taxonomy)!;
        const from = new Set<string>();
        for (const [spelling, key] of spellings.get(taxonomy)!) {
          const to = byKey.get(key);
          const slug = termSlug(spelling);
          if (!to || to.page === false || used.has(slug) || from.has(slug)) continue;
          from.add(slug);
          found.push({ taxonomy, from: slug, to });
        }
      }
      return found;
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
