import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import {
  attribute,
  byClass,
  findAll,
  hasClass,
  isElement,
  removeAll,
  replaceNode,
  textOf,
} from './hast-query';

/** Marks the start and end of an image grid, which becomes a `:::gallery`. */
export const GALLERY_START = 'MARQUEE-GALLERY-START';
export const GALLERY_END = 'MARQUEE-GALLERY-END';
/** Marks a folded block, which becomes a `:::spoiler` (its label after the colon). */
export const SPOILER_START = 'MARQUEE-SPOILER-START:';
export const SPOILER_END = 'MARQUEE-SPOILER-END';

/** The fold's own button text, which says nothing a spoiler label would. */
const PLAIN_FOLD_LABEL = /^(더\s*보기|접기|닫기|more|read more|show more)$/i;

/**
 * Tistory's 더보기 fold, which bloggers use for endings and spoilers: the current editor's
 * `div[data-ke-type=moreLess]` (its text in `.moreless-content`) and the older editor's
 * `.moreless_content` (after a `.moreless_fold` button). Each becomes a `:::spoiler`,
 * labelled with its button text when the blogger wrote one (`결말 보기`), so it stays folded.
 */
export function unfoldMoreLess(body: Element): void {
  const isFold = (node: Element) =>
    (isElement(node, 'div') && attribute(node, 'dataKeType')?.toLowerCase() === 'moreless') ||
    hasClass(node, 'moreless_content');
  const folds = findAll(
    body,
    (node) => isFold(node) && !findAll(node, (inner) => inner !== node && isFold(inner)).length,
  );
  for (const fold of folds) {
    const parent = findAll(body, (node) => node.children.includes(fold))[0];
    if (!parent) continue;
    const content = findAll(fold, (node) => hasClass(node, 'moreless-content'))[0] ?? fold;
    const label = (attribute(fold, 'dataTextMore') ?? '').trim();
    replaceNode(parent, fold, [
      h('p', `${SPOILER_START}${PLAIN_FOLD_LABEL.test(label) ? '' : label}`),
      ...content.children.filter(
        (child) => !(child.type === 'element' && hasClass(child, 'btn-toggle-moreless')),
      ),
      h('p', SPOILER_END),
    ]);
  }
  // The older editor's fold button, beside its content.
  removeAll(body, (node) => hasClass(node, 'moreless_fold'));
}

/**
 * Tistory's link preview (`figure[data-ke-type=opengraph]`: image, title, description, host,
 * each its own link) as one link named by the page's title.
 */
export function linkPreviewsAsLinks(body: Element): void {
  const previews = findAll(
    body,
    (node) => isElement(node, 'figure') && attribute(node, 'dataKeType') === 'opengraph',
  );
  for (const preview of previews) {
    const parent = findAll(body, (node) => node.children.includes(preview))[0];
    if (!parent) continue;
    const anchor = findAll(preview, (node) => isElement(node, 'a'))[0];
    const href = attribute(preview, 'dataOgUrl') ?? (anchor && attribute(anchor, 'href'));
    const titleNode = findAll(preview, (node) => hasClass(node, 'og-title'))[0];
    const title =
      attribute(preview, 'dataOgTitle')?.trim() || (titleNode ? textOf(titleNode) : '') || href;
    replaceNode(parent, preview, href ? [h('p', [h('a', { href }, title)])] : []);
  }
}

/**
 * Tistory's image grid (`figure.imagegridblock`, several images side by side) → each
 * image in a figure of its own between gallery markers, so it becomes one `:::gallery`
 * whatever the count. The grid's caption describes images that have no alt text, and
 * stays under the gallery.
 */
export function unfoldImageGrids(body: Element): void {
  for (const grid of findAll(
    body,
    (node) => hasClass(node, 'imagegridblock') || hasClass(node, 'imagegrid'),
  )) {
    const caption = findAll(grid, (node) => isElement(node, 'figcaption'))[0];
    const captionText = caption ? textOf(caption) : '';
    const images = findAll(grid, (node) => isElement(node, 'img'));
    const figures = images.map((img) => {
      if (captionText && !attribute(img, 'alt')?.trim()) img.properties.alt = captionText;
      return h('figure', [img]);
    });
    const marker = (text: string) => h('p', text);
    const parent = findAll(body, (node) => node.children.includes(grid))[0];
    if (!parent) continue;
    replaceNode(parent, grid, [
      marker(GALLERY_START),
      ...figures,
      marker(GALLERY_END),
      ...(captionText ? [h('p', captionText)] : []),
    ]);
  }
}

const AD_LABEL = /^(반응형|728\s*x\s*90|\d{2,4}\s*x\s*\d{2,4}|광고|ad)$/i;
const HEADING = /^h([1-6])$/;
const level = (node: ElementContent) =>
  node.type === 'element' ? Number(HEADING.exec(node.tagName)?.[1] ?? 0) : 0;
const blank = (node: ElementContent) =>
  (node.type === 'text' && !node.value.trim()) ||
  node.type === 'comment' ||
  (isElement(node, 'p', 'div', 'span', 'br') &&
    !textOf(node)
      .replace(/\u00a0/g, '')
      .trim() &&
    !findAll(node, (inner) => isElement(inner, 'img', 'hr', 'table')).length &&
    !isElement(node, 'hr'));

/**
 * Leaves ad labels (`반응형`, `728x90`) out, removes headings with no text or nothing
 * under them (`### 예고편` whose trailer moved to the frontmatter), and makes heading
 * levels consistent: the post's highest level becomes `##`, the rest follow it.
 */
export function tidyStructure(body: Element): void {
  for (const node of findAll(
    body,
    (item) =>
      isElement(item, 'p', 'div', 'span', 'figure') &&
      AD_LABEL.test(textOf(item)) &&
      !findAll(item, (inner) => isElement(inner, 'img')).length,
  )) {
    const parent = findAll(body, (item) => item.children.includes(node))[0];
    if (parent) replaceNode(parent, node, []);
  }
  byClass(body, 'revenue_unit_info').forEach((node) => (node.children = []));
  let changed = true;
  while (changed) {
    changed = false;
    for (const parent of [body, ...findAll(body, (node) => node !== body)]) {
      const items = parent.children;
      for (let index = 0; index < items.length; index += 1) {
        const here = level(items[index]!);
        if (!here) continue;
        let next = index + 1;
        while (next < items.length && blank(items[next]!)) next += 1;
        const following = items[next];
        const empty =
          !textOf(items[index]!).trim() ||
          following === undefined ||
          (level(following) > 0 && level(following) <= here);
        if (empty && (parent === body || following !== undefined || !textOf(items[index]!))) {
          items.splice(index, 1);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  const headings = findAll(body, (node) => HEADING.test(node.tagName));
  const top = Math.min(...headings.map(level));
  if (!headings.length) return;
  for (const heading of headings) heading.tagName = `h${Math.min(6, level(heading) - top + 2)}`;
}

/** Tistory's video block: `figure[data-ke-type=video]` with `data-video-url`. */
export const videoFigureUrl = (node: Element) =>
  isElement(node, 'figure') && attribute(node, 'dataKeType') === 'video'
    ? attribute(node, 'dataVideoUrl')
    : undefined;
