import { didYouMean } from '../rules/did-you-mean';
import { COUNTRIES, countryByCode, countryByName, type Country } from './countries';
import { GENRES, genreByName, type Genre } from './genres';
import { vocabularyKey } from './normalise';

export { COUNTRIES, countryByCode, countryByName, type Country } from './countries';
export { GENRES, genreByName, genreByTmdbId, type Genre } from './genres';
export { vocabularyKey } from './normalise';

/** The taxonomies whose terms Marquee knows in advance. */
export type VocabularyTaxonomy = 'genres' | 'countries';

/** A vocabulary term as the site uses it. */
export interface VocabularyEntry {
  /** Stable across languages and spellings: `genre:18`, `country:KR`. */
  key: string;
  label: Record<'ko' | 'en', string>;
}

function genreEntry(genre: Genre): VocabularyEntry {
  return { key: `genre:${genre.id}`, label: { ko: genre.ko, en: genre.en } };
}

function countryEntry(country: Country): VocabularyEntry {
  return { key: `country:${country.code}`, label: { ko: country.ko, en: country.en } };
}

/** The vocabulary entry a written name means, or undefined for a name outside the vocabulary. */
export function vocabularyEntry(
  taxonomy: VocabularyTaxonomy,
  name: string,
): VocabularyEntry | undefined {
  if (taxonomy === 'genres') {
    const genre = genreByName(name);
    return genre && genreEntry(genre);
  }
  const country = countryByName(name);
  return country && countryEntry(country);
}

/**
 * Each taxonomy's spellings by key, for suggestions: labels and aliases in both languages,
 * but not country codes, which are too short to be misspelt in a telling way (`SU` is one
 * letter from a dozen of them).
 */
let suggestions: Record<VocabularyTaxonomy, Map<string, VocabularyEntry>> | undefined;

function spellings(taxonomy: VocabularyTaxonomy): Map<string, VocabularyEntry> {
  suggestions ??= {
    genres: new Map(
      GENRES.flatMap((genre) =>
        [genre.ko, genre.en, ...genre.aliases].map((name) => [
          vocabularyKey(name),
          genreEntry(genre),
        ]),
      ),
    ),
    countries: new Map(
      COUNTRIES.flatMap((country) =>
        [country.ko, country.en, ...country.aliases]
          .filter((name) => countryByCode(name) !== country)
          .map((name) => [vocabularyKey(name), countryEntry(country)]),
      ),
    ),
  };
  return suggestions[taxonomy];
}

/**
 * The label, in `lang`, of the vocabulary term nearest to an unknown name, for a "did you
 * mean" (`Dramma` → `Drama`, `Frnace` → `France`), or undefined when none is close.
 * Spellings are compared by their keys, so spacing and punctuation cost nothing.
 */
export function nearestLabel(
  taxonomy: VocabularyTaxonomy,
  name: string,
  lang: 'ko' | 'en',
): string | undefined {
  const known = spellings(taxonomy);
  const nearest = didYouMean(vocabularyKey(name), [...known.keys()]);
  return nearest === undefined ? undefined : known.get(nearest)?.label[lang];
}
