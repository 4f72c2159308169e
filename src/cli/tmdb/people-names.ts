/**
 * People's names in the site's language. TMDB's credits give one `name`, usually in Latin
 * letters; a Korean spelling, when TMDB has one, is among the person's `also_known_as`
 * (`/person/{id}`). `/person/{id}/translations` documents only a biography per language,
 * so it is not asked.
 */
import type { Language } from '../../i18n/languages';
import type { TmdbClient } from './client';
import type { TmdbPerson } from './types';

const HANGUL = /\p{Script=Hangul}/u;
const OTHER_SCRIPTS =
  /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Thai}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

/** Whether a name (or title) is written as readers of `language` read it. */
export function writtenIn(text: string, language: Language): boolean {
  return language === 'ko' ? HANGUL.test(text) : !OTHER_SCRIPTS.test(text);
}

/** A spelling in `language` among other spellings: for Korean, Hangul letters only (no Han). */
function spellingIn(names: readonly string[], language: Language): string | undefined {
  const fits =
    language === 'ko'
      ? (name: string) => /^[\p{Script=Hangul}\s·.-]+$/u.test(name) && HANGUL.test(name)
      : (name: string) => /\p{Script=Latin}/u.test(name) && !OTHER_SCRIPTS.test(name);
  return names.map((name) => name.trim()).find(fits);
}

export interface LocalName {
  name: string;
  /** True when TMDB had no spelling in the site's language and `name` is TMDB's own. */
  fellBack: boolean;
}

/** Looks up people's names, each person once per run (and once ever, through the client's cache). */
export function createNameFinder(client: TmdbClient, language: Language) {
  const found = new Map<number, Promise<LocalName>>();
  async function find(id: number, name: string): Promise<LocalName> {
    if (writtenIn(name, language)) return { name, fellBack: false };
    const person = await client.get<TmdbPerson>(`/person/${id}`);
    const local = spellingIn(person.also_known_as ?? [], language);
    return local ? { name: local, fellBack: false } : { name, fellBack: true };
  }
  return (id: number, name: string): Promise<LocalName> => {
    let result = found.get(id);
    if (!result) found.set(id, (result = find(id, name)));
    return result;
  };
}
