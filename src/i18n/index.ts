import type { Language } from '../schemas/site';
import en from './en.json';
import ko from './ko.json';

export type UiKey = keyof typeof ko;

const dictionaries: Record<Language, Record<UiKey, string>> = { ko, en };

/** A UI string in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Language, key: UiKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** `t` bound to one language, for components. */
export function translator(lang: Language) {
  return (key: UiKey, values?: Record<string, string | number>) => t(lang, key, values);
}
