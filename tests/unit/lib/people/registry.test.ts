import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../../src/lib/rules/problem';
import { readPeopleRegistry, registeredName } from '../../../../src/lib/people/registry';
import { termRegistry } from '../../../../src/lib/taxonomies/taxonomies';

const FILE = 'content/people.yaml';
const read = (text: string) => readPeopleRegistry(text, FILE);
const problems = (text: string) => read(text).problems.map(formatProblem);

const REGISTRY = `- name: 스칼릿 조핸슨
  en: Scarlett Johansson
  tmdb: 1245
  aliases: [스칼렛 요한슨, 스칼렛 조핸슨]
- name: 봉준호
  en: Bong Joon-ho
  tmdb: 21684
`;

describe('people.yaml', () => {
  test('every spelling, in any case or spacing, and the TMDB number find the entry', () => {
    const { registry, problems } = read(REGISTRY);
    expect(problems).toEqual([]);
    for (const spelling of ['스칼렛 요한슨', 'scarlett  johansson', '스칼릿 조핸슨'])
      expect(registry.find(spelling)?.name).toBe('스칼릿 조핸슨');
    expect(registry.find('Bong J.', 21684)?.name).toBe('봉준호');
    expect(registry.find('봉 준호')).toBeUndefined();
    const [scarlett] = registry.people;
    expect(scarlett!.line).toBe(1);
    expect(registeredName(scarlett!, 'ko')).toBe('스칼릿 조핸슨');
    expect(registeredName(scarlett!, 'en')).toBe('Scarlett Johansson');
  });

  test('an empty file is an empty registry', () => {
    expect(read('')).toMatchObject({ problems: [], registry: { people: [] } });
    expect(read('# nobody yet\n').problems).toEqual([]);
  });

  test('mistakes name the file, the line and the field', () => {
    expect(problems('- name: 봉준호\n  alias: [봉 준호]\n')).toEqual([
      'content/people.yaml:2:3 [0].alias: unknown key; did you mean "aliases"?',
    ]);
    expect(problems('- name: 봉준호\n  tmdb: "21684"\n')[0]).toMatch(
      /^content\/people\.yaml:2:3 \[0\]\.tmdb: found "21684", /,
    );
    expect(problems('- en: Bong Joon-ho\n')[0]).toMatch(
      /^content\/people\.yaml:1:3 \[0\]\.name: missing/,
    );
    expect(problems('name: 봉준호\n')).toEqual([
      'content/people.yaml:1:1 (top level): expected a list of people, each starting with "- name:"',
    ]);
    expect(problems('- name: [봉준호\n')[0]).toMatch(/^content\/people\.yaml:\d+:\d+ \(YAML\): /);
  });

  test('one spelling or one TMDB number in two entries is an error naming both lines', () => {
    expect(problems(`${REGISTRY}- name: 스칼렛 요한슨\n- name: 봉 준호\n  tmdb: 21684\n`)).toEqual([
      'content/people.yaml:8:3 [2].name: found "스칼렛 요한슨", also a spelling of "스칼릿 조핸슨" (line 1); expected each spelling in one entry: merge the two entries or remove one spelling',
      'content/people.yaml:10:3 [3].tmdb: found 21684, also the TMDB number of "봉준호" (line 5); expected one entry per person: merge the two entries',
    ]);
  });
});

describe('terms through the registry and the vocabulary', () => {
  const source = (lang: string, movie: Record<string, unknown>) => ({
    category: 'Films',
    data: { tags: [], movie: { ...movie }, lang },
  });
  const reviews = [
    source('ko', {
      genres: ['드라마', 'SF'],
      countries: ['대한민국'],
      cast: [{ name: '스칼렛 요한슨' }],
    }),
    source('en', {
      genres: ['Drama', 'Science Fiction'],
      countries: ['Korea, Republic of'],
      cast: [{ name: 'Scarlett Johansson' }, { name: '스칼렛 조핸슨' }],
    }),
  ];
  const people = read(REGISTRY).registry;

  test('an English site names every term in English, and its URLs follow (`/genres/drama/`)', () => {
    const registry = termRegistry(reviews, { language: 'en', people });
    expect(registry.term('genres', '드라마')).toMatchObject({ name: 'Drama', slug: 'drama' });
    expect(registry.term('genres', 'SF')).toMatchObject({
      name: 'Science Fiction',
      slug: 'science-fiction',
    });
    expect(registry.term('countries', '대한민국')).toMatchObject({ name: 'South Korea' });
    expect(registry.term('people', '스칼렛 조핸슨')).toMatchObject({
      name: 'Scarlett Johansson',
      slug: 'scarlett-johansson',
    });
    const { terms, credits } = registry.termsOf(reviews[1]!);
    expect(terms.people).toHaveLength(1);
    expect(credits.cast.map((term) => term.slug)).toEqual([
      'scarlett-johansson',
      'scarlett-johansson',
    ]);
  });

  test("every other spelling gets a redirect to its term; a spelling whose slug is the term's does not", () => {
    const registry = termRegistry(reviews, { language: 'ko', people });
    const redirects = registry
      .redirects()
      .map(({ taxonomy, from, to }) => `${taxonomy}/${from} → ${to.slug}`);
    expect(redirects).toEqual(
      expect.arrayContaining([
        'genres/drama → 드라마',
        'genres/science-fiction → sf',
        'countries/korea-republic-of → 대한민국',
        'people/스칼렛-요한슨 → 스칼릿-조핸슨',
        'people/scarlett-johansson → 스칼릿-조핸슨',
        'people/스칼렛-조핸슨 → 스칼릿-조핸슨',
      ]),
    );
    expect(redirects.some((line) => line.startsWith('genres/드라마 '))).toBe(false);
  });
});
