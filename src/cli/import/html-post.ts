import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isoDate } from '../../lib/format';
import { parseVideo, type Video } from '../../lib/media/video';
import { extractFilmFacts } from './film-facts';
import { generic } from './generic';
import { attribute, byClass, findAll, replaceNode } from './hast-query';
import { htmlToMarkdown, trailerMarker } from './html-to-markdown';
import { collectImages } from './images';
import { removeJunk } from './junk';
import { naver } from './naver';
import type { ImportedPost } from './post';
import { tistory } from './tistory';

const PLATFORMS = [tistory, naver, generic];

/** Takes YouTube/Vimeo players out of the body: the first is the film's trailer, later ones `::trailer` markers. */
function takeTrailers(body: Element, notes: string[]): Video[] {
  const videos: Video[] = [];
  visit(body, 'element', (node, _index, parent) => {
    if (node.tagName !== 'iframe' || !parent) return;
    const src = attribute(node, 'src') ?? attribute(node, 'dataSrc') ?? '';
    const video = parseVideo(src.startsWith('//') ? `https:${src}` : src);
    if (!video) {
      notes.push(`embedded player ${src || '(no src)'}: not a YouTube or Vimeo video, left out`);
      return;
    }
    videos.push(video);
    const marker = {
      type: 'element' as const,
      tagName: 'p',
      properties: {},
      children: [{ type: 'text' as const, value: trailerMarker(videos.length - 1) }],
    };
    replaceNode(parent, node, videos.length === 1 ? [] : [marker]);
  });
  if (byClass(body, 'se-video').length)
    notes.push('Naver video player: Naver TV videos cannot be embedded, left out');
  return videos;
}

/** Body headings start at `##`: the page's `<h1>` is the post's title. */
function demoteTitles(body: Element): void {
  for (const heading of findAll(body, (node) => node.tagName === 'h1')) heading.tagName = 'h2';
  visit(
    body,
    'text',
    (node) => void (node.value = node.value.replace(/\u200b|\u200c|\u200d|\ufeff/g, '')),
  );
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
  removeJunk(body);
  const { facts, unreadable } = extractFilmFacts(body);
  for (const line of unreadable)
    notes.push(`info line "${line}": value not understood, left in the body`);
  const title = parts.title ?? path.basename(file, path.extname(file));
  if (!parts.title) notes.push(`title: not found on the page, used the file name "${title}"`);
  const movieTitle = facts.title ?? title;
  if (!facts.title) notes.push(`movie.title: no 제목/영화 line, used the post title; check it`);
  const { images, poster, dropped, withoutAlt } = collectImages(
    body,
    path.dirname(path.resolve(file)),
    movieTitle,
  );
  for (const line of dropped) notes.push(`image ${line}, left out`);
  for (const name of withoutAlt)
    notes.push(`image ${name}: no alt text on the page, used the film title; describe the picture`);
  demoteTitles(body);
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
      movie: { title: movieTitle, ...facts, poster, trailer: videos[0]?.watchUrl },
    },
    body: await htmlToMarkdown(body, videos),
    images,
    notes,
  };
}
