import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { findAll, isElement, linesOf, removeAll, textOf } from './hast-query';

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
}

type Field = keyof FilmFacts;

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
];

const BULLETS = '[\\s\\-•·*▶►■□◆◇○●※]*';
const INFO_LINE = new RegExp(`^${BULLETS}([가-힣 ]{1,8}?)\\s*[:：|]\\s*(.+)$`);
/** `개봉 2014.05.22.`, `감독 스파이크 존즈`: a known label, a space, the value (short lines only). */
const BARE_INFO_LINE = new RegExp(
  `^${BULLETS}(개봉일?|감독|출연|주연|등급|관람\\s*등급|장르|국가|러닝\\s*타임|상영\\s*시간|원제|제작\\s*연도)\\s+(.+)$`,
);

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

/** `2014.05.22`, `2014. 5. 22.`, `2014-05-22`, `2014년 5월 22일` → `2014-05-22` (a real day only). */
function parseKoreanDate(value: string): string | undefined {
  const match = /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})/.exec(value);
  // `개봉 2014.05.22. 재개봉 2020.02.14.`: the first release.
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
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
    case 'releaseDate':
      facts.releaseDate = parseKoreanDate(text);
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
    const left: string[] = [];
    for (const line of lines) {
      // INFO_LINE's label and value groups are required, so a match has both.
      const summary = summaryLine(line);
      if (summary) {
        for (const [key, value] of Object.entries(summary) as [Field, never][])
          facts[key] ??= value;
        mapped += 1;
        continue;
      }
      const match = INFO_LINE.exec(line) ?? (line.length <= 120 ? BARE_INFO_LINE.exec(line) : null);
      const field = match && LABELS.find(([label]) => label.test(match[1]!.trim()))?.[1];
      if (!match || !field) {
        left.push(line);
        continue;
      }
      if (facts[field] !== undefined) {
        mapped += 1;
        continue;
      }
      if (setFact(facts, field, match[2]!)) mapped += 1;
      else {
        delete facts[field];
        unreadable.push(line);
      }
    }
    if (mapped === lines.length) consumed.add(block);
    else if (mapped > 0 && left.length && block.tagName !== 'tr') partly.set(block, left);
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
      if (consumed.has(child)) inInfo = true;
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
  const infoBlocks = blocks.filter((block) => consumed.has(block) || partly.has(block));
  removeAll(body, (node) => consumed.has(node));
  return { facts, unreadable, unmapped, infoBlocks };
}
