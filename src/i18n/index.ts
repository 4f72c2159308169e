import en from './en.json';
import ko from './ko.json';
import { formatNumber, LOCALES, type Language } from './languages';

export type UiKey = keyof typeof ko;

const dictionaries: Record<Language, Record<UiKey, string>> = { ko, en };

/** A UI string in `lang`, with `{name}` placeholders filled from `values`. */
export function t(
  lang: Language,
  key: UiKey,
  values: Record<string, string | number> = {},
): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** `t` bound to one language, for components. */
export function translator(lang: Language) {
  return (key: UiKey, values?: Record<string, string | number>) => t(lang, key, values);
}

/** Keys that come in plural forms: `count.reviews` for `count.reviews.one` and `.other`. */
export type CountKey = PluralBase<UiKey>;
type PluralBase<Key> = Key extends `${infer Base}.other`
  ? `${Base}.one` extends UiKey
    ? Base
    : never
  : never;

const pluralRules = new Map<Language, Intl.PluralRules>();

/** A count in words by the language's plural rules (`1 review`, `2 reviews`, `3편`), the number formatted. */
export function tCount(lang: Language, key: CountKey, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return t(lang, `${key}.${form}`, { count: formatNumber(count, lang) });
}
