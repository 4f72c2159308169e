import type { Root } from 'hast';
import { attribute, byClass, findAll, findFirst, hasClass, isElement, meta } from './hast-query';
import { firstText, parsePageDate, tagNames, type Platform } from './page-parts';

/**
 * Naver Blog with SmartEditor ONE: the body is `.se-main-container` of `.se-component`
 * blocks, the title `.se-title-text`, the date `.se_publishDate`, the category the
 * `.blog2_series` link and the tags `#…` links under the post.
 */
export const naver: Platform = {
  name: 'Naver Blog',
  detect: (tree: Root) => byClass(tree, 'se-main-container').length > 0,
  extract(tree, timeZone) {
    const title =
      firstText(tree, [
        (node) => hasClass(node, 'se-title-text'),
        (node) => hasClass(node, 'se-documentTitle'),
      ]) ?? meta(tree, 'og:title');
    const printed = firstText(tree, [
      (node) => hasClass(node, 'se_publishDate'),
      (node) => hasClass(node, 'blog_date'),
    ]);
    const date =
      parsePageDate(printed, timeZone) ??
      parsePageDate(meta(tree, 'article:published_time'), timeZone);
    const category = firstText(tree, [
      (node) =>
        isElement(node, 'a') &&
        findAll(tree, (series) => hasClass(series, 'blog2_series')).some(
          (series) => findFirst(series, (link) => link === node) !== undefined,
        ),
    ]);
    const tagContainers = findAll(tree, (node) =>
      ['wrap_tag', 'post_tag', 'tag_area'].some((name) => hasClass(node, name)),
    );
    const tags = tagNames(
      tagContainers.flatMap((container) =>
        findAll(
          container,
          (node) =>
            isElement(node, 'a', 'span') &&
            /^#/.test(
              node.children
                .map((child) => (child.type === 'text' ? child.value : ''))
                .join('')
                .trim(),
            ),
        ),
      ),
    );
    const body = findFirst(tree, (node) => hasClass(node, 'se-main-container'));
    if (body) {
      // Naver pads paragraphs with zero-width spaces and marks its own link cards.
      for (const card of findAll(body, (node) => hasClass(node, 'se-oglink'))) {
        const link = findFirst(
          card,
          (node) => isElement(node, 'a') && Boolean(attribute(node, 'href')),
        );
        const label = firstText(card, [(node) => hasClass(node, 'se-oglink-title')]);
        card.tagName = 'p';
        card.properties = {};
        card.children = link
          ? [
              {
                type: 'element',
                tagName: 'a',
                properties: { href: attribute(link, 'href') },
                // `link` was found by its href.
                children: [{ type: 'text', value: label ?? attribute(link, 'href')! }],
              },
            ]
          : [];
      }
    }
    return { title, date, category, tags, body };
  },
};
