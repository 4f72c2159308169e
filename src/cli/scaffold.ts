import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { isoDate } from '../lib/format';
import { slugFromEntryPath } from '../lib/slugs';
import { slugCollisionKey, slugProblem } from '../lib/rules/slug-rules';
import type { SiteSettings } from '../schemas/site';
import { CliError, existingSlugs, folderForTitle } from './content-folder';

export interface NewReview {
  /** The film's title as readers know it; also the post's first title. */
  title: string;
  originalTitle?: string | undefined;
  year?: number | undefined;
  /** The folder name (default: from the title). */
  slug?: string | undefined;
}

/** A YAML value on one line, quoted only when YAML needs it. */
const yamlValue = (value: string | number) => stringify(value, { lineWidth: 0 }).trimEnd();

const HEADINGS = { ko: ['## 줄거리', '## 후기'], en: ['## Synopsis', '## Review'] } as const;

/**
 * The text of a new review: the frontmatter template with today's date in the site's
 * time zone, `draft: true`, the optional keys as comments, and the usual section headings
 * in the site's language.
 */
export function reviewTemplate(
  review: NewReview,
  site: Pick<SiteSettings, 'language' | 'timeZone'>,
  now = new Date(),
): string {
  const today = isoDate(now, site.timeZone);
  const lines = [
    '---',
    `title: ${yamlValue(review.title)}`,
    `pubDate: ${today}`,
    'draft: true                      # remove when the review is ready to publish',
    '# description: one sentence for lists and feeds',
    '# category: ',
    'tags: []',
    '# rating: 4.5',
    `# watched: ${today}`,
    'movie:',
    `  title: ${yamlValue(review.title)}`,
    review.originalTitle
      ? `  originalTitle: ${yamlValue(review.originalTitle)}`
      : '  # originalTitle: ',
    review.year ? `  year: ${review.year}` : '  # year: ',
    '  # genres: []',
    '  # countries: []',
    '  # runtime: 120                  # minutes',
    '  # directors: []',
    '  # cast: []',
    '  # poster: ./poster.jpg',
    '  # trailer: https://www.youtube.com/watch?v=…',
    '---',
    '',
  ];
  const [synopsis, verdict] = HEADINGS[site.language];
  return `${lines.join('\n')}\n${synopsis}\n\n${verdict}\n`;
}

/**
 * Writes `reviews/<slug>/index.md` for a new review and returns its path. Refuses when the
 * folder exists or the slug (by the loader's rules, ignoring case) is already used.
 */
export function createReview(
  contentDir: string,
  review: NewReview,
  site: Pick<SiteSettings, 'language' | 'timeZone'>,
  now = new Date(),
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
  mkdirSync(target, { recursive: true });
  const file = path.join(target, 'index.md');
  writeFileSync(file, reviewTemplate({ ...review, title }, site, now), { flag: 'wx' });
  return file;
}
