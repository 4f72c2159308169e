/** What the Markdown pipeline learns about a post's prose (`remarkReadingTime` writes it). */
export interface ReadingSummary {
  /** A summary from the first paragraph of prose, never from a spoiler. */
  excerpt: string;
  /** Minutes to read the prose (at least 1). */
  readingMinutes: number;
}

/** Cuts `text` at a word boundary to at most `maxLength` characters, marking the cut with `…`. */
export function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Hangul, kana and Han are read by character, not by word. */
const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Typical silent-reading speeds: ~500 Korean characters or ~230 English words a minute. */
const CJK_CHARS_PER_MINUTE = 500;
const WORDS_PER_MINUTE = 230;

/** Minutes to read `text`, counting Korean by characters and other text by words (at least 1). */
export function readingMinutes(text: string): number {
  const cjkCharacters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(cjkCharacters / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
