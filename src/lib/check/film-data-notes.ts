import { nearestLabel, vocabularyEntry, type VocabularyTaxonomy } from '../vocabulary';
import type { Language } from '../../i18n/languages';
import type { CheckedPost } from './validate-post';
import {
  formatProbableDuplicate,
  probableDuplicates,
  type WrittenName,
} from '../people/probable-duplicates';
import type { PeopleRegistry } from '../people/registry';
import { termKey } from '../slugs';

const WHAT: Record<VocabularyTaxonomy, string> = {
  genres: "one of the built-in genres (TMDB's, in Korean or English)",
  countries: 'an ISO 3166 country (a Korean or English name, or a code such as KR)',
};

/**
 * A note for each genre or country outside the built-in vocabulary: it is kept as written
 * (a page of its own), which is right for `무협` and wrong for `Dramma`, so the author hears
 * of it, with the nearest term when one is close.
 */
export function vocabularyNotes(posts: CheckedPost[], language: Language): string[] {
  return posts.flatMap(({ post, frontmatter, data }) => {
    const movie = data.movie as Record<string, unknown> | undefined;
    return (['genres', 'countries'] as const).flatMap((taxonomy) => {
      const names = movie?.[taxonomy];
      if (!Array.isArray(names)) return [];
      return names.flatMap((name: unknown, index) => {
        if (typeof name !== 'string' || !name.trim() || vocabularyEntry(taxonomy, name)) return [];
        const { line, column } = frontmatter.locate(['movie', taxonomy, index]);
        const near = nearestLabel(taxonomy, name, language);
        const hint = near ? `did you mean "${near}"? If not, it` : 'it';
        return [
          `${post.name}:${line}:${column} movie.${taxonomy}[${index}]: "${name}" is not ${WHAT[taxonomy]}; ${hint} gets a page of its own, as written`,
        ];
      });
    });
  });
}

/** The credits a post writes (`directors`, `writers`, `cast`), as written: a name or `{ name, tmdb }`. */
function creditsOf(data: Record<string, unknown>) {
  const movie = data.movie as Record<string, unknown> | undefined;
  return (['directors', 'writers', 'cast'] as const).flatMap((role) => {
    const list = movie?.[role];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item: unknown, index) => {
      const person = typeof item === 'string' ? { name: item } : (item as Record<string, unknown>);
      if (typeof person.name !== 'string' || !person.name.trim()) return [];
      const tmdb = typeof person.tmdb === 'number' ? person.tmdb : undefined;
      return [{ name: person.name.trim(), tmdb, path: ['movie', role, index] }];
    });
  });
}

/**
 * Names that are probably one person under two spellings (`스칼렛 요한슨`/`스칼릿 조핸슨`,
 * `봉 준호`/`봉준호`, two names with one TMDB id) that `people.yaml` does not merge, each
 * with the entry that would.
 */
export function duplicateNameNotes(posts: CheckedPost[], people: PeopleRegistry): string[] {
  const written = new Map<string, WrittenName>();
  for (const { post, frontmatter, data } of posts) {
    const seen = new Set<string>();
    for (const { name, tmdb, path } of creditsOf(data)) {
      const key = `${termKey(name)}\u0000${tmdb ?? ''}`;
      const entry = written.get(key);
      if (entry) {
        if (!seen.has(key)) entry.uses += 1;
      } else {
        const registered = people.find(name, tmdb);
        written.set(key, {
          identity: registered ? `registry:${registered.line}` : termKey(name),
          name,
          tmdb,
          where: `${post.name}:${frontmatter.locate(path).line}`,
          uses: 1,
        });
      }
      seen.add(key);
    }
  }
  return probableDuplicates([...written.values()], people.people).map(formatProbableDuplicate);
}
