import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { isoDate } from '../../lib/format';
import { parseVideo, type Video } from '../../lib/media/video';
import { extractFilmFacts, INFO_SECTION, parseFilmName, type FilmFacts } from './film-facts';
import { generic } from './generic';
import { attribute, byClass, findAll, linesOf, removeAll, replaceNode } from './hast-query';
import { htmlToMarkdown, trailerMarker } from './html-to-markdown';
import { collectImages } from './images';
import { removeJunk } from './junk';
import { naver } from './naver';
import type { ImportedPost } from './post';
import { tistory } from './tistory';
import {
  linkPreviewsAsLinks,
  tidyStructure,
  unfoldImageGrids,
  unfoldMoreLess,
  videoFigureUrl,
} from './tistory-blocks';

const PLATFORMS = [tistory, naver, generic];

/** Takes YouTube/Vimeo players out of the body: the first is the film's trailer, later ones `::trailer` markers. */
function takeTrailers(body: Element, notes: string[]): Video[] {
  const videos: Video[] = [];
  visit(body, 'element', (node, _index, parent) => {
    const figureUrl = videoFigureUrl(node);
    if ((node.tagName !== 'iframe' && figureUrl === undefined) || !parent) return;
    const iframe = findAll(node, (inner) => inner.tagName === 'iframe')[0];
    const src =
      (figureUrl && parseVideo(figureUrl) ? figureUrl : undefined) ??
      (iframe && (attribute(iframe, 'src') ?? attribute(iframe, 'dataSrc'))) ??
      figureUrl ??
      '';
    const video = parseVideo(src.startsWith('//') ? `https:${src}` : src);
    if (!video) {
      notes.push(`embedded player ${src || '(no src)'}: not a YouTube or Vimeo video, left out`);
      replaceNode(parent, node, []);
      return [SKIP, _index ?? 0];
    }
    videos.push(video);
    const marker = {
      type: 'element' as const,
      tagName: 'p',
      properties: {},
      children: [{ type: 'text' as const, value: trailerMarker(videos.length - 1) }],
    };
    replaceNode(parent, node, videos.length === 1 ? [] : [marker]);
    return [SKIP, (_index ?? 0) + (videos.length === 1 ? 0 : 1)];
  });
  if (byClass(body, 'se-video').length)
    notes.push('Naver video player: Naver TV videos cannot be embedded, left out');
  return videos;
}

/** Zero-width characters blogs leave in text. */
function dropZeroWidth(body: Element): void {
  visit(
    body,
    'text',
    (node) => void (node.value = node.value.replace(/\u200b|\u200c|\u200d|\ufeff/g, '')),
  );
}

const BRACKETED = /[<〈《「『]\s*([^<>〈〉《》「」『』]+?)\s*[>〉》」』]/;
/** A film's name in quotes in a post title: `영화 '헤어질 결심' 후기`, `“그녀” 리뷰`. */
const QUOTED = /(?:^|\s)['‘"“]([^'‘’"“”]+?)['’"”](?=\s|$|[,.!?:])/;

/** What a post title says after the film's name: `그녀 (2013) 리뷰`, `Her (2013) review`. */
const REVIEW_WORDS =
  /(\s+(영화\s*)?(리뷰|후기|감상평?|솔직\s*후기|결말|해석|줄거리|review|film review|movie review))+$/i;

/**
 * The film's name in a post title, when the title says it plainly: in brackets or quotes
 * (`<그녀>`, `'그녀'`), or as `[영화 리뷰] 헤어질 결심 (2022) - 부제` or `Her (2013) review: …`:
 * the tags in front, the subtitle after a dash, bar or colon and a `리뷰` or `review` taken
 * off, with a year or original title in parentheses to show it is the film's name.
 */
export function filmFromPostTitle(title: string): ReturnType<typeof parseFilmName> {
  const enclosed = BRACKETED.exec(title)?.[1] ?? QUOTED.exec(title)?.[1];
  if (enclosed) return parseFilmName(enclosed);
  const bare = title
    .replace(/^(\s*[[【(（]\s*[^\]】)）]{1,20}\s*[\]】)）])+/, '')
    .split(/\s+[-–—|]\s+|:\s+/)[0]!
    .replace(REVIEW_WORDS, '');
  const named = parseFilmName(bare);
  return named && (named.year || named.originalTitle) ? named : undefined;
}

/**
 * The heading that names the film under its poster (`<h3>그녀 (Her, 2013)</h3>`, or a
 * short `캐롤<br>Carol, 2015` paragraph): the last heading or paragraph before the first
 * info line, with no image between them.
 */
function filmHeading(order: Element[], infoBlocks: Element[]): Element | undefined {
  const first = infoBlocks[0];
  const at = first ? order.indexOf(first) : -1;
  for (let index = at - 1; index >= 0; index -= 1) {
    const node = order[index]!;
    const text = linesOf(node).join(' ');
    if (/^h[1-6]$/.test(node.tagName) && INFO_SECTION.test(text)) continue;
    if (/^h[1-6]$/.test(node.tagName)) return text.length <= 80 ? node : undefined;
    if (node.tagName === 'p' && text) {
      const named = parseFilmName(text);
      return named && (named.year || named.originalTitle) ? node : undefined;
    }
    if (node.tagName === 'img') return undefined;
  }
  return undefined;
}

/** The first image before the info lines (and the film's heading): the film's poster. */
function posterBefore(order: Element[], stop: Element | undefined): Element | undefined {
  const at = stop ? order.indexOf(stop) : -1;
  return at > 0 ? order.slice(0, at).find((node) => node.tagName === 'img') : undefined;
}

/**
 * A post saved from the browser ("Save page as…", HTML and its `_files` folder) as a
 * draft bundle: Tistory, Naver Blog (SmartEditor ONE) or any page with an `<article>`.
 */
export async function importHtmlPost(
  file: string,
  site: { timeZone: string },
  now = new Date(),
): Promise<ImportedPost> {
  const tree = unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
  // `generic`, the last platform, detects every page.
  const platform = PLATFORMS.find((candidate) => candidate.detect(tree))!;
  const parts = platform.extract(tree, site.timeZone);
  if (!parts.body) throw new Error(`${file}: no post found in the page`);
  const notes: string[] = [`layout: ${platform.name}`];
  const body = parts.body;
  const videos = takeTrailers(body, notes);
  unfoldMoreLess(body);
  linkPreviewsAsLinks(body);
  removeJunk(body);
  dropZeroWidth(body);
  unfoldImageGrids(body);
  const order = findAll(body, () => true);
  const { facts, unreadable, unmapped, infoBlocks } = extractFilmFacts(body);
  for (const line of unreadable)
    notes.push(`info line "${line}": value not understood, left in the body`);
  for (const line of unmapped) notes.push(`line "${line}": not mapped, left in the body`);
  const title = parts.title ?? path.basename(file, path.extname(file));
  if (!parts.title) notes.push(`title: not found on the page, used the file name "${title}"`);
  const heading = filmHeading(order, infoBlocks);
  const named = heading && parseFilmName(linesOf(heading).join(' '));
  if (heading && named) removeAll(body, (node) => node === heading);
  const fromTitle = filmFromPostTitle(title);
  const film: FilmFacts = { title: undefined, ...fromTitle, ...named, ...facts };
  film.originalTitle ??= named?.originalTitle ?? fromTitle?.originalTitle;
  film.year ??= named?.year ?? fromTitle?.year;
  const movieTitle = film.title ?? title;
  if (!film.title) notes.push(`movie.title: no 제목/영화 line, used the post title; check it`);
  else if (!facts.title && !named && fromTitle)
    notes.push(`movie.title: "${film.title}", read from the post title; check it`);
  const { images, poster, dropped, withoutAlt } = collectImages(
    body,
    path.dirname(path.resolve(file)),
    movieTitle,
    posterBefore(order, named ? heading : infoBlocks[0]),
  );
  for (const line of dropped) notes.push(`image ${line}, left out`);
  for (const name of withoutAlt)
    notes.push(`image ${name}: no alt text on the page, used the film title; describe the picture`);
  tidyStructure(body);
  // The rating line is the blogger's, not the film's: it goes to the post's own `rating:`.
  const { rating, ...filmFacts } = film;
  if (rating !== undefined) notes.push(`rating: ${rating}, from the post's 평점 line; check it`);
  const pubDate = parts.date ?? isoDate(now, site.timeZone);
  if (!parts.date) notes.push(`pubDate: no date found on the page, used today (${pubDate})`);
  return {
    source: file,
    slugTitle: title,
    frontmatter: {
      title,
      pubDate,
      category: parts.category,
      tags: parts.tags,
      rating,
      movie: { ...filmFacts, title: movieTitle, poster, trailer: videos[0]?.watchUrl },
    },
    body: await htmlToMarkdown(body, videos),
    images,
    notes,
  };
}
