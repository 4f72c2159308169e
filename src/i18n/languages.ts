/** Languages the interface is translated into. */
export const LANGUAGES = ['ko', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

/** BCP 47 locale for each interface language. */
export const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };

/** Numbers in the site's locale (`1,234`). */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}
