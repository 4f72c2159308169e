/**
 * `content/people.yaml`, the optional list of people whose names vary: every spelling of
 * an entry (its `name`, `en` and `aliases`) is one person, with one page.
 *
 *     - name: 스칼릿 조핸슨        # shown on a Korean site
 *       en: Scarlett Johansson    # shown on an English site
 *       tmdb: 1245
 *       aliases: [스칼렛 요한슨]
 */
import { z } from 'astro/zod';
import type { Language } from '../../i18n/languages';
import type { Problem } from '../rules/problem';
import { readYamlFile } from '../rules/yaml-file';
import { zodProblems } from '../rules/zod-problems';
import { termKey } from '../slugs';
import { TermNameSchema } from '../../schemas/names';
import { TmdbPersonIdSchema } from '../../schemas/person';

const RegistryEntrySchema = z
  .object({
    /** The name shown on a site in the registry's main language (and the default). */
    name: TermNameSchema,
    /** The name shown on an English site and in English reviews' structured data. */
    en: TermNameSchema.optional(),
    tmdb: TmdbPersonIdSchema.optional(),
    /** Other spellings that mean this person. */
    aliases: z.array(TermNameSchema).default([]),
  })
  .strict();

const RegistrySchema = z.array(RegistryEntrySchema);

export interface RegisteredPerson extends z.output<typeof RegistryEntrySchema> {
  /** Line of the entry in the file, for messages. */
  line: number;
}

export interface PeopleRegistry {
  people: RegisteredPerson[];
  /** The entry a spelling (or a TMDB person number) belongs to. */
  find(name: string, tmdb?: number): RegisteredPerson | undefined;
}

/** The name of a registered person on a page in `lang`. */
export function registeredName(person: RegisteredPerson, lang: Language): string {
  return lang === 'en' ? (person.en ?? person.name) : person.name;
}

/** Every spelling of a registered person. */
export function spellingsOf(person: RegisteredPerson): string[] {
  return [person.name, ...(person.en ? [person.en] : []), ...person.aliases];
}

/** A registry over validated entries: spellings match as term names do (case and spacing aside). */
export function peopleRegistry(people: RegisteredPerson[]): PeopleRegistry {
  const byName = new Map<string, RegisteredPerson>();
  const byTmdb = new Map<number, RegisteredPerson>();
  for (const person of people) {
    for (const spelling of spellingsOf(person)) byName.set(termKey(spelling), person);
    if (person.tmdb !== undefined) byTmdb.set(person.tmdb, person);
  }
  return {
    people,
    find: (name, tmdb) =>
      byName.get(termKey(name)) ?? (tmdb === undefined ? undefined : byTmdb.get(tmdb)),
  };
}

export const EMPTY_REGISTRY: PeopleRegistry = peopleRegistry([]);

/**
 * Reads the registry file's text. Mistakes name the file, the line and the field: YAML
 * errors, a key other than `name`, `en`, `tmdb`, `aliases`, one spelling in two entries,
 * one TMDB number in two entries.
 */
export function readPeopleRegistry(
  text: string,
  file: string,
): { registry: PeopleRegistry; problems: Problem[] } {
  const { input: parsedInput, problems, locate } = readYamlFile(text, file);
  if (problems.length) return { registry: EMPTY_REGISTRY, problems };
  const input: unknown = parsedInput ?? [];
  const parsed = RegistrySchema.safeParse(input);
  if (!parsed.success) {
    const wholeInput = Array.isArray(input) ? '(list)' : '(top level)';
    return {
      registry: EMPTY_REGISTRY,
      problems: zodProblems(parsed.error.issues, {
        file,
        input,
        schema: RegistrySchema,
        wholeInput,
        locate,
      }).map((problem) =>
        problem.field === wholeInput && !Array.isArray(input)
          ? { ...problem, message: 'expected a list of people, each starting with "- name:"' }
          : problem,
      ),
    };
  }

  const people = parsed.data.map((entry, index) => ({ ...entry, line: locate([index]).line }));
  const firstBySpelling = new Map<string, RegisteredPerson>();
  const firstByTmdb = new Map<number, RegisteredPerson>();
  people.forEach((person, index) => {
    const keys = ['name', 'en', 'aliases'] as const;
    for (const key of keys) {
      const values = key === 'aliases' ? person.aliases : person[key] ? [person[key]] : [];
      values.forEach((spelling, position) => {
        const other = firstBySpelling.get(termKey(spelling));
        const at = locate(key === 'aliases' ? [index, key, position] : [index, key]);
        if (other && other !== person)
          problems.push({
            file,
            ...at,
            field: `[${index}].${key}`,
            message: `found "${spelling}", also a spelling of "${other.name}" (line ${other.line}); expected each spelling in one entry: merge the two entries or remove one spelling`,
          });
        else firstBySpelling.set(termKey(spelling), person);
      });
    }
    if (person.tmdb === undefined) return;
    const other = firstByTmdb.get(person.tmdb);
    if (other)
      problems.push({
        file,
        ...locate([index, 'tmdb']),
        field: `[${index}].tmdb`,
        message: `found ${person.tmdb}, also the TMDB number of "${other.name}" (line ${other.line}); expected one entry per person: merge the two entries`,
      });
    else firstByTmdb.set(person.tmdb, person);
  });
  return { registry: problems.length ? EMPTY_REGISTRY : peopleRegistry(people), problems };
}
