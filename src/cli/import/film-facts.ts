import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { findAll, isElement, linesOf, removeAll, textOf } from './hast-query';
import { isoDay } from './page-parts';

/** The film's facts an imported post can carry (the `movie:` keys they map to). */
export interface FilmFacts {
  title?: string | undefined;
  originalTitle?: string | undefined;
  year?: number | undefined;
  genres?: string[];
  countries?: string[];
  runtime?: number | undefined;
  releaseDate?: string | undefined;
  directors?: string[];
  cast?: (string | { name: string; role: string })[];
  certification?: string;
  /** The blogger's own rating (`평점: ★★★★½`): the post's `rating:`, not a film fact. */
  rating?: number | undefined;
}

type Field = keyof FilmFacts;

/** A line's label and value, in one of the info-line forms below; `undefined` for other lines. */
function infoLine(line: string): { label: string; value: string } | undefined {
  const match =
    INFO_LINE.exec(line) ??
    ENGLISH_INFO_LINE.exec(line) ??
    (line.length <= 120 ? BARE_INFO_LINE.exec(line) : null);
  // Each form's label and value groups are required, so a match has both.
  return match ? { label: match[1]!.trim(), value: match[2]! } : undefined;
}

/** Korean info-line labels, as bloggers write them, and the field each fills. */
const LABELS: [RegExp, Field][] = [
  [/^(영화\s*제목|영화명|제목)$/, 'title'],
  [/^원제$/, 'originalTitle'],
  [/^(제작\s*연도|제작\s*년도|연도)$/, 'year'],
  [/^장르$/, 'genres'],
  [/^(제작\s*)?국가$/, 'countries'],
  [/^(러닝\s*타임|상영\s*시간)$/, 'runtime'],
  [/^개봉(일)?$/, 'releaseDate'],
  [/^감독$/, 'directors'],
  [/^(출연|주연)(진)?$/, 'cast'],
  [/^(관람\s*)?등급$/, 'certification'],
  [/^(나의\s*|내\s*|개인\s*)?(평점|별점)$/, 'rating'],
  // The same labels as English-language blogs write them.
  [/^(title|film|movie)$/i, 'title'],
  [/^original\s+title$/i, 'originalTitle'],
  [/^(year|release\s+year)$/i, 'year'],
  [/^genres?$/i, 'genres'],
  [/^(country|countries)(\s+of\s+origin)?$/i, 'countries'],
  [/^(runtime|run\s*time|running\s+time|length)$/i, 'runtime'],
  [/^(release\s+date|released)$/i, 'releaseDate'],
  [/^(directors?|directed\s+by)$/i, 'directors'],
  [/^(starring|stars|cast)$/i, 'cast'],
  [/^(rated|certificate|certification|age\s+rating)$/i, 'certification'],
  [/^(my\s+)?(rating|score)$/i, 'rating'],
];

const BULLETS = '[\\s\\-•·*▶►■□◆◇○●※]*';
const INFO_LINE = new RegExp(`^${BULLETS}([가-힣 ]{1,8}?)\\s*[:：|]\\s*(.+)$`);
/** `Director: Spike Jonze`, `Runtime | 126 min`: an English label and a short value. */
const ENGLISH_INFO_LINE = new RegExp(
  `^${BULLETS}([A-Za-z][A-Za-z ]{1,22}?)\\s*[:：|]\\s*(.{1,150})$`,
);
/** `개봉 2014.05.22.`, `감독 스파이크 존즈`: a known label, a space, the value (short lines only). */
const BARE_INFO_LINE = new RegExp(
  `^${BULLETS}(개봉일?|감독|출연|주연|등급|관람\\s*등급|장르|국가|러닝\\s*타임|상영\\s*시간|원제|제작\\s*연도)\\s+(.+)$`,
);

/** The heading of the film's facts (`영화 정보`, `기본 정보`, `Movie info`), which names no film. */
export const INFO_SECTION =
  /^[\s\W]*((영화|작품|기본|영화\s*기본)\s*정보|정보|movie\s*info(rmation)?|film\s*info(rmation)?)[\s\W]*$/i;

/**
 * The heading right above the first info line's block that only says it holds the film's
 * facts (`<h3>영화 정보</h3>` over the table), whose lines go to the frontmatter.
 */
function infoSectionHeading(body: Root | Element, first: Element | undefined): Element | undefined {
  let node: Root | Element | undefined = first;
  while (node && node !== body) {
    const child: Root | Element = node;
    const parent: Root | Element | undefined = body.children.includes(child as Element)
      ? body
      : findAll(body, (item) => item.children.includes(child as Element))[0];
    if (!parent) return undefined;
    const before = parent.children
      .slice(0, parent.children.indexOf(child as Element))
      .filter((item): item is Element => item.type === 'element' && textOf(item) !== '');
    const previous = before.at(-1);
    if (previous)
      return /^h[1-6]$/.test(previous.tagName) && INFO_SECTION.test(textOf(previous))
        ? previous
        : undefined;
    node = parent;
  }
  return undefined;
}

/** `그녀 (Her, 2013)`, `그녀 Her, 2013`, `그녀(2013)`, `Her, 2013` → the film's names and year. */
export function parseFilmName(
  text: string,
): { title: string; originalTitle?: string | undefined; year?: number | undefined } | undefined {
  const value = text.replace(/\s+/g, ' ').trim();
  if (!value || value.length > 80) return undefined;
  const year = (raw: string | undefined) =>
    raw && /^(18[7-9]\d|19\d\d|20\d\d)$/.test(raw) ? Number(raw) : undefined;
  const latin = (raw: string) => /[A-Za-z]/.test(raw) && !/[가-힣]/.test(raw);
  let match = /^(.+?)\s*[(（]\s*(.+?)\s*,\s*(\d{4})\s*[)）]$/.exec(value);
  if (match) return { title: match[1]!, originalTitle: match[2]!, year: year(match[3]) };
  match = /^(.+?)\s*[(（]\s*(\d{4})\s*[)）]$/.exec(value);
  if (match) return { title: match[1]!, year: year(match[2]) };
  match = /^(.+?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/.exec(value);
  if (match && latin(match[2]!)) return { title: match[1]!, originalTitle: match[2]! };
  match = /^([^A-Za-z,]*[가-힣][^A-Za-z,]*?)\s+([A-Za-z][^,가-힣]*?)\s*,\s*(\d{4})$/.exec(value);
  if (match) return { title: match[1]!, originalTitle: match[2]!, year: year(match[3]) };
  match = /^(.+?)\s*,\s*(\d{4})$/.exec(value);
  if (match && year(match[2])) return { title: match[1]!, year: year(match[2]) };
  return { title: value };
}

/**
 * Daum/Naver's summary line `드라마, 멜로, 로맨스 / 미국 / 125분` (genres / countries /
 * runtime; a `2013` part is the year). Returns the facts, or `undefined` for other lines.
 */
function summaryLine(line: string): FilmFacts | undefined {
  const text = line.replace(new RegExp(`^${BULLETS}`), '');
  let parts = text.split(/\s+\/\s+/);
  if (parts.length < 2) parts = text.split('/').map((part) => part.trim());
  if (parts.length < 2 || parts.length > 5) return undefined;
  const runtimeAt = parts.findIndex((part) => /^(\d+\s*시간\s*)?\d+\s*분$/.test(part));
  if (runtimeAt < 1) return undefined;
  const facts: FilmFacts = { runtime: parseRuntime(parts[runtimeAt]!) };
  const rest = parts.filter((_, index) => index !== runtimeAt);
  const yearAt = rest.findIndex((part) => /^\d{4}$/.test(part));
  if (yearAt >= 0) facts.year = Number(rest.splice(yearAt, 1)[0]);
  if (rest.some((part) => /\d/.test(part) || part.length > 40)) return undefined;
  if (rest[0]) facts.genres = list(rest[0].replace(/[/]/g, ','));
  if (rest.length > 1) facts.countries = rest.slice(1).flatMap(list);
  return facts;
}

const list = (value: string) =>
  value
    .split(/\s*[,/、·|]\s*/)
    .map((item) => item.trim())
    .filter(Boolean);

/** `125분`, `2시간 5분`, `1h 55m`, `125` → minutes. */
function parseRuntime(value: string): number | undefined {
  const hours = /(\d+)\s*(시간|h)/i.exec(value);
  const minutes = /(\d+)\s*(분|m(?:in)?)/i.exec(value);
  if (hours || minutes)
    return Number(hours?.[1] ?? 0) * 60 + Number(minutes?.[1] ?? 0) || undefined;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `May 22, 2014` or `22 May 2014` (a month's name or its first three letters) → its numbers. */
function englishDate(value: string): [number, number, number] | undefined {
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  let match = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  if (match && month(match[1]!)) return [Number(match[3]), month(match[1]!), Number(match[2])];
  match = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(value);
  if (match && month(match[2]!)) return [Number(match[3]), month(match[2]!), Number(match[1])];
  return undefined;
}

/** `2014.05.22`, `2014. 5. 22.`, `2014-05-22`, `2014년 5월 22일`, `May 22, 2014` → `2014-05-22` (a real day only). */
function parseReleaseDate(value: string): string | undefined {
  const match = /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})/.exec(value);
  // `개봉 2014.05.22. 재개봉 2020.02.14.`: the first release.
  const parts = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : englishDate(value);
  return parts ? isoDay(parts[0]!, parts[1]!, parts[2]!) : undefined;
}

const STAR_FULL = /[★⭐]/gu;
const STAR_HALF = /[½⯪]/gu;
const STAR_EMPTY = /[☆✩]/gu;
/** A line of rating stars and nothing else. */
const STARS_ONLY = /^[\s★☆½⯪⭐✩]*[★⭐][\s★☆½⯪⭐✩]*$/u;

/**
 * A rating out of 5 in steps of 0.5, as bloggers write it: `4.5/5`, `8/10`, `4.5점`,
 * `★★★★☆`, `★★★★½` (a fraction beside the stars wins: it is the more exact). `undefined`
 * when it is not plainly out of 5 (a bare `9.0` may be a 10-point audience score).
 */
export function parseRating(value: string): number | undefined {
  const text = value.replace(/\s+/g, '');
  const half = (score: number) => Math.round(score * 2) / 2;
  const fraction = /(\d+(?:\.\d+)?)점?\/(100|10|5)(?!\d)(?:\.0)?점?/.exec(text);
  if (fraction) {
    const [score, scale] = [Number(fraction[1]), Number(fraction[2])];
    return score <= scale ? half((score * 5) / scale) : undefined;
  }
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const [full, halves, empty] = [count(STAR_FULL), count(STAR_HALF), count(STAR_EMPTY)];
  const symbols = full + halves + empty;
  if (symbols) {
    const score = full + halves / 2;
    if (symbols <= 5) return score;
    return symbols === 10 ? half(score / 2) : undefined;
  }
  const bare = /^(\d(?:\.\d+)?)점?$/.exec(text);
  return bare && Number(bare[1]) <= 5 ? half(Number(bare[1])) : undefined;
}

/** `호아킨 피닉스(테오도르)` → `{ name, role }`; a plain name stays a string. */
function castMember(item: string): string | { name: string; role: string } {
  const match = /^(.+?)\s*[(（]\s*(.+?)\s*(역)?\s*[)）]$/.exec(item);
  // Both groups are required, so a match has them.
  return match ? { name: match[1]!.trim(), role: match[2]!.trim() } : item;
}

function setFact(facts: FilmFacts, field: Field, value: string): boolean {
  const text = value.trim();
  switch (field) {
    case 'title':
    case 'originalTitle':
    case 'certification':
      facts[field] = text;
      return true;
    case 'year': {
      const year = /\b(18[7-9]\d|19\d\d|20\d\d|2100)\b/.exec(text)?.[1];
      if (year) facts.year = Number(year);
      return Boolean(year);
    }
    case 'runtime':
      facts.runtime = parseRuntime(text);
      return facts.runtime !== undefined;
    case 'rating':
      facts.rating = parseRating(text);
      return facts.rating !== undefined;
    case 'releaseDate':
      facts.releaseDate = parseReleaseDate(text);
      return facts.releaseDate !== undefined;
    case 'cast':
      facts.cast = list(text.replace(/\s*(등|외)$/, '')).map(castMember);
      return facts.cast.length > 0;
    default:
      facts[field] = list(text.replace(/\s*(등|외)$/, ''));
      return facts[field].length > 0;
  }
}

/**
 * Reads the film's facts from info lines (`장르 : 드라마, 멜로`, `감독 | 스파이크 존즈`) in
 * paragraphs, list items, table rows and `<br>`-separated lines, and removes the blocks
 * that held nothing else (the info block shows them). Returns the facts and the lines
 * that had a known label but a value it could not read.
 */
export function extractFilmFacts(body: Root | Element): {
  facts: FilmFacts;
  unreadable: string[];
  unmapped: string[];
  infoBlocks: Element[];
} {
  const facts: FilmFacts = {};
  const unreadable: string[] = [];
  const unmapped: string[] = [];
  const partly = new Map<Element, string[]>();
  const consumed = new Set<Element>();
  const ratingLines = new Set<Element>();
  const blocks = findAll(
    body,
    (node) =>
      ['p', 'li', 'tr', 'dl'].includes(node.tagName) ||
      (node.tagName === 'div' &&
        !node.children.some((child) => isElement(child, 'div', 'p', 'ul', 'ol', 'table'))),
  );
  for (const block of blocks) {
    if (findAll(block, (node) => node !== block && isElement(node, 'p', 'li', 'tr', 'dl')).length)
      continue;
    const lines =
      block.tagName === 'tr'
        ? [
            block.children
              .filter((cell) => isElement(cell, 'th', 'td'))
              .map(textOf)
              .join(' : '),
          ]
        : linesOf(block);
    if (!lines.length) continue;
    let mapped = 0;
    let ratings = 0;
    const left: string[] = [];
    for (const line of lines) {
      const summary = summaryLine(line);
      if (summary) {
        for (const [key, value] of Object.entries(summary) as [Field, never][])
          facts[key] ??= value;
        mapped += 1;
        continue;
      }
      // A line of stars alone (`★★★★☆`) is the blogger's rating, as if labelled 평점.
      const labelled = STARS_ONLY.test(line) ? { label: '평점', value: line } : infoLine(line);
      const field = labelled && LABELS.find(([label]) => label.test(labelled.label))?.[1];
      if (!labelled || !field) {
        left.push(line);
        continue;
      }
      if (field === 'rating') ratings += 1;
      if (facts[field] !== undefined) {
        mapped += 1;
        continue;
      }
      if (setFact(facts, field, labelled.value)) mapped += 1;
      else {
        delete facts[field];
        unreadable.push(line);
      }
    }
    if (mapped === lines.length) {
      consumed.add(block);
      // A line with the blogger's rating alone, anywhere in the post, is no film info block.
      if (ratings === lines.length) ratingLines.add(block);
    } else if (mapped > 0 && left.length && block.tagName !== 'tr') partly.set(block, left);
  }
  // A `<br>` block of info lines with a few other lines: those stay, and are reported.
  for (const [block, left] of partly) {
    unmapped.push(...left);
    block.children = left.flatMap((line, index) => [
      ...(index ? [{ type: 'element' as const, tagName: 'br', properties: {}, children: [] }] : []),
      { type: 'text' as const, value: line },
    ]);
  }
  // Short lines right after info lines (`평점 9.0`, `Her, 2013`) belong to the info block.
  visit(body, 'element', (node) => {
    const children = node.children.filter((child) => isElement(child));
    let inInfo = false;
    for (const child of children) {
      if (consumed.has(child)) inInfo = !ratingLines.has(child);
      else if (inInfo && isElement(child, 'p', 'div') && !partly.has(child)) {
        const text = textOf(child);
        if (
          !text ||
          text.length > 60 ||
          /[.!?다요]$/.test(text) ||
          findAll(child, (n) => isElement(n, 'img')).length
        )
          inInfo = false;
        else unmapped.push(text);
      } else inInfo = false;
    }
  });
  const infoBlocks = blocks.filter(
    (block) => (consumed.has(block) && !ratingLines.has(block)) || partly.has(block),
  );
  const heading = consumed.has(infoBlocks[0]!)
    ? infoSectionHeading(body, infoBlocks[0])
    : undefined;
  removeAll(body, (node) => consumed.has(node) || node === heading);
  // A table whose rows were all info lines goes with them.
  removeAll(
    body,
    (node) => isElement(node, 'table') && !findAll(node, (row) => isElement(row, 'tr')).length,
  );
  return { facts, unreadable, unmapped, infoBlocks };
}
