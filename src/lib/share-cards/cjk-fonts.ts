import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font, FontWeight } from 'satori';
import type { CardNode } from './layout';

const require = createRequire(import.meta.url);

/**
 * Pretendard has Hangul, Latin, kana and a few hundred hanja, so most kanji and hanzi would
 * be drawn as its placeholder bars. Noto Sans JP and Noto Sans SC (SIL OFL, fontsource's npm
 * packages) fill in. Each comes in about a hundred slices of a few hundred characters,
 * listed with their ranges in the package's `unicode.json`; a card reads only the slices
 * its text needs, as a browser does with `unicode-range`, so a Korean or English card
 * reads none. The slices are WOFF files: satori reads WOFF, OTF and TTF.
 */
const FAMILIES = {
  ja: { name: 'Noto Sans JP', package: '@fontsource/noto-sans-jp' },
  zh: { name: 'Noto Sans SC', package: '@fontsource/noto-sans-sc' },
} as const;
type Language = keyof typeof FAMILIES;

/** Text that calls for a CJK font: kanji or hanzi, hiragana, katakana. */
const IDEOGRAPHIC = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** What a CJK font draws in such text: those, with bopomofo, CJK punctuation and full-width forms. */
const CJK_CHARACTER =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\u3000-\u303f\u30fb\u30fc\uff00-\uffef]/u;
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const HANGUL = /\p{sc=Hangul}/u;

const sliceMaps = new Map<Language, Map<number, string>>();
/** Which slice of a family holds each code point (slice names as in `unicode.json`: `[12]`). */
function sliceOf(language: Language): Map<number, string> {
  let slices = sliceMaps.get(language);
  if (!slices) {
    slices = new Map();
    const ranges = JSON.parse(
      readFileSync(require.resolve(`${FAMILIES[language].package}/unicode.json`), 'utf8'),
    ) as Record<string, string>;
    // Only the numbered CJK slices: the Latin, Cyrillic and Vietnamese ones are Pretendard's job.
    for (const [slice, list] of Object.entries(ranges).filter(([name]) => /^\[\d+\]$/.test(name)))
      for (const range of list.split(',')) {
        const [first = '', last = first] = range.trim().replace(/^U\+/i, '').split('-');
        for (let code = parseInt(first, 16); code <= parseInt(last, 16); code += 1)
          if (!slices.has(code)) slices.set(code, slice);
      }
    sliceMaps.set(language, slices);
  }
  return slices;
}

const files = new Map<string, Buffer>();
/** A slice's WOFF, read once per process (satori also parses a buffer only once). */
function sliceFont(language: Language, slice: string, weight: FontWeight): Font {
  const { name, package: pkg } = FAMILIES[language];
  const file = `${pkg}/files/${pkg.split('/')[1]}-${slice.slice(1, -1)}-${weight}-normal.woff`;
  let data = files.get(file);
  if (!data) {
    data = readFileSync(require.resolve(file));
    files.set(file, data);
  }
  return { name: `${name} ${slice}`, data, weight, style: 'normal' };
}

const textOf = (node: CardNode) =>
  [node.props.children ?? []]
    .flat()
    .filter((child) => typeof child === 'string')
    .join('');

function texts(node: CardNode): string[] {
  const children = [node.props.children ?? []].flat();
  return [
    textOf(node),
    ...children.flatMap((child) => (typeof child === 'string' ? [] : texts(child))),
  ];
}

/** The weight fontsource has closest to a style's `fontWeight` (100–900). */
function weightOf(value: unknown, inherited: FontWeight): FontWeight {
  if (value === 'bold') return 700;
  if (value === 'normal') return 400;
  if (typeof value !== 'number') return inherited;
  return (Math.min(9, Math.max(1, Math.round(value / 100))) * 100) as FontWeight;
}

/**
 * A card's element tree with a CJK font for each text that has kanji, hanzi or kana, and the
 * font slices that draw them. One family for the whole card, since a lone kanji does not
 * say its language: Noto Sans JP when any text on the card has kana, else Noto Sans SC.
 * Japanese and Chinese texts put it before Pretendard, so all their CJK characters share
 * one design; a Korean text keeps Pretendard first, for hanja it lacks.
 */
export function withCjkFonts(
  layout: CardNode,
  hint?: Language,
): { layout: CardNode; fonts: Font[] } {
  const all = texts(layout);
  if (!all.some((text) => IDEOGRAPHIC.test(text))) return { layout, fonts: [] };
  const language: Language = all.some((text) => KANA.test(text)) ? 'ja' : (hint ?? 'zh');
  const slices = sliceOf(language);
  const fonts = new Map<string, Font>();

  /** The fonts of a text with CJK characters: the slices they are in, before or after `family`. */
  const familiesFor = (text: string, family: string, weight: FontWeight) => {
    const names = new Set<string>();
    for (const character of text) {
      const slice = CJK_CHARACTER.test(character) && slices.get(character.codePointAt(0)!);
      if (!slice) continue;
      const font = sliceFont(language, slice, weight);
      fonts.set(`${font.name} ${weight}`, font);
      names.add(font.name);
    }
    const families = HANGUL.test(text) ? [family, ...names] : [...names, family];
    return families.filter(Boolean).join(', ');
  };

  const visit = (node: CardNode, family: string, inheritedWeight: FontWeight): CardNode => {
    const style = node.props.style ?? {};
    const ownFamily = typeof style.fontFamily === 'string' ? style.fontFamily : family;
    const weight = weightOf(style.fontWeight, inheritedWeight);
    const { children } = node.props;
    const props = { ...node.props };
    if (Array.isArray(children))
      props.children = children.map((child) =>
        typeof child === 'string' ? child : visit(child, ownFamily, weight),
      );
    else if (children !== undefined && typeof children !== 'string')
      props.children = visit(children, ownFamily, weight);
    const text = textOf(node);
    if (IDEOGRAPHIC.test(text))
      props.style = { ...style, fontFamily: familiesFor(text, ownFamily, weight) };
    return { ...node, props };
  };
  return { layout: visit(layout, '', 400), fonts: [...fonts.values()] };
}
