import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { isoDate } from '../lib/format';
import { slugFromEntryPath } from '../lib/slugs';
import { slugCollisionKey, slugProblem } from '../lib/rules/slug-rules';
import type { SiteSettings } from '../schemas/site';
import { CliError, existingSlugs, folderForTitle } from './content-folder';
import { yamlEntry } from './tmdb/yaml-facts';

export interface NewReview {
  /** The film's title as readers know it; also the post's first title. */
  title: string;
  originalTitle?: string | undefined;
  year?: number | undefined;
  /** The folder name (default: from the title). */
  slug?: string | undefined;
  /**
   * Facts looked up for the film (`npm run new -- --tmdb …`): each `movie:` key here is
   * written filled in where the template otherwise shows it as a comment; `cover` likewise.
   */
  facts?: { movie: { title?: string } & Record<string, unknown>; cover?: string } | undefined;
}

/** A file of a new bundle besides `index.md` (a poster downloaded with the facts). */
export interface BundleFile {
  name: string;
  data: Buffer;
}

/**
 * A YAML value on one line: plain when YAML reads it back as the same string (`그녀`),
 * otherwise double-quoted (`"[REC]"`, `"Mission: Impossible"`, `"2046"`, `"# 1"`).
 */
export function yamlValue(value: string): string {
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  if (!plain.includes('\n') && !/^['"]/.test(plain) && parse(plain) === value) return plain;
  // JSON's escapes are all YAML double-quoted escapes.
  return JSON.stringify(value);
}

/** The examples shown in the commented keys, in the site's language. */
const EXAMPLES = {
  ko: {
    headings: ['## 줄거리', '## 후기'],
    description: '목록, 피드와 링크 미리보기에 쓰이는 한 문장 (300자 이내)',
    category: '영화 추천',
    tags: '[로맨스, 인공지능]',
    genres: '[드라마, 로맨스, SF]',
    countries: '[미국]',
    certification: '15세 관람가',
    people: '[스파이크 존즈]',
    actor: '호아킨 피닉스',
    star: '스칼렛 요한슨',
    role: '사만다 (목소리)',
    alt: '창가에 앉은 테오도르',
    caption: '로스앤젤레스의 아침',
  },
  en: {
    headings: ['## Synopsis', '## Review'],
    description: 'One sentence for lists, feeds and link previews (at most 300 characters)',
    category: 'Film reviews',
    tags: '[romance, artificial intelligence]',
    genres: '[Drama, Romance, Science Fiction]',
    countries: '[United States]',
    certification: 'R',
    people: '[Spike Jonze]',
    actor: 'Joaquin Phoenix',
    star: 'Scarlett Johansson',
    role: 'Samantha (voice)',
    alt: 'Theodore by the window',
    caption: 'Morning in Los Angeles',
  },
} as const;

/** A frontmatter line with its note aligned in one column (Hangul and Han are two columns wide). */
const note = (line: string, text: string) => {
  const width = line.length + (line.match(/[\p{Script=Hangul}\p{Script=Han}]/gu)?.length ?? 0);
  return `${line}${' '.repeat(Math.max(1, 41 - width))}# ${text}`;
};

/**
 * The text of a new review: the frontmatter template with today's date in the site's
 * time zone, `draft: true`, every other key as a comment with an example (uncommented,
 * each is valid), the usual section headings in the site's language, and where a trailer
 * can go in the body.
 */
export function reviewTemplate(
  review: NewReview,
  site: Pick<SiteSettings, 'language' | 'timeZone'>,
  now = new Date(),
): string {
  const today = isoDate(now, site.timeZone);
  const example = EXAMPLES[site.language];
  const other = site.language === 'ko' ? 'en' : 'ko';
  const facts = review.facts?.movie ?? {};
  /** A looked-up fact's lines, or the template's lines for the key. */
  const fact = (key: string, template: string[]) =>
    facts[key] === undefined ? template : yamlEntry(key, facts[key], '  ');
  const lines = [
    '---',
    `title: ${yamlValue(review.title)}`,
    `pubDate: ${today}`,
    note('draft: true', 'remove when the review is ready to publish'),
    note(`# updatedDate: ${today}`, 'when you revise it after publishing'),
    `# description: ${example.description}`,
    note(`# category: ${example.category}`, "default: the site's defaultCategory"),
    note('tags: []', `e.g. ${example.tags}`),
    note('# rating: 4.5', '0 to 5 in steps of 0.5'),
    note('# spoilers: true', 'a spoiler warning above the review'),
    note(`# watched: ${today}`, 'when you saw the film'),
    note('# rewatch: true', 'seen before'),
    note('# liked: true', 'a heart, apart from the rating'),
    note('# featured: true', 'pinned on the home page'),
    note(`# lang: ${other}`, "when the review is not in the site's language"),
    note(
      '# translationOf: her',
      'this post translates that review (with lang: the other language)',
    ),
    note('# slug: her-2013', 'the address, instead of the folder name'),
    note(
      review.facts?.cover ? `cover: ${yamlValue(review.facts.cover)}` : '# cover: ./still-1.jpg',
      'hero and preview image; default: movie.poster',
    ),
    note('# gallery:', 'pictures below the review'),
    '#   - src: ./still-1.jpg',
    `#     alt: ${example.alt}`,
    `#     caption: ${example.caption}`,
    'movie:',
    `  title: ${yamlValue(facts.title ?? review.title)}`,
    ...fact('originalTitle', [
      review.originalTitle
        ? `  originalTitle: ${yamlValue(review.originalTitle)}`
        : '  # originalTitle: Her',
    ]),
    ...fact('year', [review.year ? `  year: ${review.year}` : '  # year: 2013']),
    ...fact('genres', [`  # genres: ${example.genres}`]),
    ...fact('countries', [`  # countries: ${example.countries}`]),
    ...fact('runtime', [note('  # runtime: 126', 'minutes')]),
    ...fact('certification', [
      note(`  # certification: ${example.certification}`, 'age rating in your country'),
    ]),
    ...fact('releaseDate', [note('  # releaseDate: 2014-05-22', 'release in your country')]),
    ...fact('directors', [`  # directors: ${example.people}`]),
    ...fact('writers', [`  # writers: ${example.people}`]),
    ...fact('cast', [
      note('  # cast:', 'a name, or name: and role: (photo: ./actor.jpg)'),
      `  #   - ${example.actor}`,
      `  #   - name: ${example.star}`,
      `  #     role: ${example.role}`,
    ]),
    ...fact('poster', [note('  # poster: ./poster.jpg', 'an image in this folder')]),
    ...fact('trailer', [
      note(
        '  # trailer: https://www.youtube.com/watch?v=ne6p6MfLBxc',
        'YouTube or Vimeo; shown above the review',
      ),
    ]),
    ...(facts.links === undefined
      ? [
          '  # links:',
          '  #   imdb: tt1798709',
          note('  #   tmdb: 152601', 'reviews with the same id are one film'),
          '  #   website: https://www.example.com/',
        ]
      : [...yamlEntry('links', facts.links, '  '), '    # website: https://www.example.com/']),
    '---',
    '',
    '<!-- ::trailer{youtube="ne6p6MfLBxc"} on a line of its own puts a trailer at that spot -->',
    '',
  ];
  const [synopsis, verdict] = example.headings;
  return `${lines.join('\n')}\n${synopsis}\n\n${verdict}\n`;
}

/**
 * Writes `reviews/<slug>/index.md` for a new review (and `files`, such as a downloaded
 * poster, beside it) and returns its path. Refuses when the folder exists or the slug (by
 * the loader's rules, ignoring case) is already used. The bundle is written into a hidden
 * folder first and renamed into place, so a failure never leaves half a bundle.
 */
export function createReview(
  contentDir: string,
  review: NewReview,
  site: Pick<SiteSettings, 'language' | 'timeZone'>,
  now = new Date(),
  files: readonly BundleFile[] = [],
): string {
  const title = review.title.trim();
  if (!title) throw new CliError('The film title is empty; write it as: npm run new -- "그녀"');
  const folder = review.slug?.trim() || folderForTitle(title);
  const problem = slugProblem(folder);
  if (problem) throw new CliError(`${problem}; choose another with --slug`);
  const reviewsDir = path.join(contentDir, 'reviews');
  const slug = slugFromEntryPath(`${folder}/index.md`);
  const other = existingSlugs(reviewsDir).get(slugCollisionKey(slug));
  const target = path.join(reviewsDir, folder);
  if (other || existsSync(target)) {
    const where = path.relative(process.cwd(), other ? path.join(reviewsDir, other) : target);
    throw new CliError(
      `The slug "${slug}" is already used by ${where}; nothing was written. Choose another with --slug, e.g. --slug ${slug}-${review.year ?? 2}`,
    );
  }
  mkdirSync(path.dirname(target), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(target), '.new-review-'));
  try {
    writeFileSync(path.join(staging, 'index.md'), reviewTemplate({ ...review, title }, site, now));
    for (const file of files) writeFileSync(path.join(staging, file.name), file.data);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return path.join(target, 'index.md');
}
