import settings from '../../content/site.config';

/** The validated site settings (from `content/site.config.ts`); import them from here only. */
export const site = settings;
