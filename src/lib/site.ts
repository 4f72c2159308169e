import settings from '../../content/site.config';
import { translator } from '../i18n';

/**
 * The validated site settings (from `content/site.config.ts`); import them from here only.
 * Tests put a fixture in its place (tests/fixtures/settings/, see tests/vitest.config.ts).
 */
export const site = settings;

/** UI strings in the site's language; a page part in a review's own language uses `translator(lang)`. */
export const t = translator(site.language);
