import { z } from 'astro/zod';
import { LANGUAGES, type Language } from '../i18n/languages';
import './messages';
import { formatZodError, MarqueeError } from '../lib/errors';
import { siteUrl } from '../lib/site-url';
import { TermNameSchema } from './names';
import { VerificationSchema } from './verification';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The category of reviews that name none, when the settings name none either: a name the blog's readers read. */
const DEFAULT_CATEGORY: Record<Language, string> = { ko: '영화 추천', en: 'Reviews' };

/** Languages the interface is translated into. */
export const LanguageSchema = z.enum(LANGUAGES, { error: 'expected "ko" or "en"' });

/** Image encoder settings for every optimised image (measured choices; see README). */
export const ImageSettingsSchema = z
  .object({
    /** Formats offered in `<picture>`, best first (default: avif, webp). */
    formats: z
      .array(z.enum(['avif', 'webp', 'jpeg', 'png']))
      .min(1)
      .default(['avif', 'webp']),
    /** Widths in pixels generated for `srcset` (default: 480, 960, 1600). */
    widths: z.array(z.number().int().positive()).min(1).default([480, 960, 1600]),
    /** Encoder quality 1–100 (default: 70). */
    quality: z.number().int().min(1).max(100).default(70),
    /** AVIF encoder effort 0–9: lower is faster (default: 2, about 0.4 s for a 1600-px photo where sharp's default 4 takes 2.5 s, for files within a few percent; `npm run bench:images`). */
    avifEffort: z.number().int().min(0).max(9).default(2),
  })
  .strict()
  .prefault({});

/**
 * Settings for a large blog, to keep what the build publishes within what hosts take
 * (GitHub Pages: 1 GB; Cloudflare Pages: 20,000 files); see README, "Speed and size".
 */
export const ScaleSettingsSchema = z
  .object({
    /**
     * People and tags get a page of their own from this many reviews on; a name with fewer
     * is shown without a link (default: 1, every name has a page). `2` leaves out the pages
     * of the many names a blog mentions once.
     */
    minReviewsForTermPage: z
      .number()
      .int('expected a whole number')
      .min(1, 'expected 1 or more')
      .default(1),
    /**
     * A review's link preview: `own`, a card drawn for it (poster, film, stars, title), or
     * `site`, the site's card, so no card is drawn or published per review (default: own).
     */
    reviewCards: z.enum(['own', 'site'], { error: 'expected "own" or "site"' }).default('own'),
  })
  .strict()
  .prefault({});

/** The author's site settings, validated once at start-up. */
const SiteSchema = z
  .object({
    /** The blog's name, shown in the header and in every page title. */
    title: z.string().trim().min(1, 'the site title must not be empty'),
    /** One sentence about the blog, for the home page and feeds. */
    description: z.string().trim().min(1, 'the site description must not be empty'),
    /** The author's name, credited in reviews and feeds. */
    author: z.string().trim().min(1, 'the author must not be empty'),
    /** Interface language and the default language of posts. */
    language: LanguageSchema,
    /** Public address of the site, with a sub-path if it has one: `https://example.com/blog/`. */
    url: z.url({
      protocol: /^https?$/,
      error: 'expected a full http or https URL such as "https://example.com/"',
    }),
    /**
     * IANA time zone in which full date-times (`2022-06-19T01:00:00+09:00`) fall on a
     * calendar day (default: `Asia/Seoul` for a Korean site, `UTC` otherwise). Plain dates
     * (`2022-06-19`) are always shown as written.
     */
    timeZone: z
      .string()
      .refine(isTimeZone, {
        error: (issue) =>
          `"${String(issue.input)}" is not a time zone; expected an IANA name such as "Asia/Seoul"`,
      })
      .optional(),
    /** Category of a review that names none (default: `영화 추천` on a Korean site, `Reviews` on an English one). */
    defaultCategory: TermNameSchema.optional(),
    /** Reviews on each page of lists (home, taxonomies). */
    reviewsPerPage: z
      .number()
      .int('expected a whole number')
      .min(1, 'expected 1 to 100')
      .max(100, 'expected 1 to 100')
      .default(10),
    /** Comments under reviews; off unless a provider is configured. */
    comments: z
      .discriminatedUnion('provider', [
        z.object({ provider: z.literal('none') }).strict(),
        z
          .object({
            provider: z.literal('giscus'),
            repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected "owner/repo"'),
            repoId: z.string().min(1),
            category: z.string().min(1),
            categoryId: z.string().min(1),
          })
          .strict(),
      ])
      .default({ provider: 'none' }),
    images: ImageSettingsSchema,
    /**
     * How lists of reviews look (home, taxonomy terms): `cards` (poster, title, film, rating
     * and summary) or `posters`, a wall of posters with the title beneath (default: cards).
     */
    listView: z
      .enum(['cards', 'posters'], { error: 'expected "cards" or "posters"' })
      .default('cards'),
    /**
     * The typeface: `pretendard` (self-hosted Pretendard, loaded in small slices by the
     * characters a page uses, so Hangul shows on every machine) or `system` (the reader's
     * own fonts, no download) (default: pretendard).
     */
    font: z
      .enum(['pretendard', 'system'], { error: 'expected "pretendard" or "system"' })
      .default('pretendard'),
    /**
     * Tokens from the search portals' webmaster tools, to prove the site is yours:
     * `{ naver, daum, google, bing }`, each optional (see README, "Search portals").
     */
    verification: VerificationSchema,
    /** For a blog of thousands of reviews: which term pages and cards it publishes. */
    scale: ScaleSettingsSchema,
  })
  .strict();

export type SiteSettingsInput = z.input<typeof SiteSchema>;
export type SiteSettings = Omit<z.output<typeof SiteSchema>, 'timeZone' | 'defaultCategory'> & {
  /** The resolved time zone (see `timeZone` above). */
  timeZone: string;
  /** The resolved default category (see `defaultCategory` above). */
  defaultCategory: string;
  /** Origin of `url` (`https://example.com`). */
  origin: string;
  /** Base path of `url`, always ending in `/` (`/blog/`). */
  base: string;
};

/**
 * Validates the author's settings; a bad value stops the build with a message naming it.
 * `SITE` and `BASE` in the environment replace the address of `url` (see `siteUrl`).
 */
export function defineSite(
  input: SiteSettingsInput,
  file = 'content/site.config.ts',
): SiteSettings {
  const result = SiteSchema.safeParse(input);
  if (!result.success)
    throw new MarqueeError(formatZodError(result.error, file, input, SiteSchema), { file });
  result.data.url = siteUrl(result.data.url);
  const url = new URL(result.data.url);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const timeZone = result.data.timeZone ?? (result.data.language === 'ko' ? 'Asia/Seoul' : 'UTC');
  const defaultCategory = result.data.defaultCategory ?? DEFAULT_CATEGORY[result.data.language];
  return { ...result.data, timeZone, defaultCategory, origin: url.origin, base };
}
