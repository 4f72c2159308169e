/** Where the reader's light/dark choice is kept (`localStorage`), read in <head> and written by the toggle. */
export const THEME_STORAGE_KEY = 'marquee-theme';
