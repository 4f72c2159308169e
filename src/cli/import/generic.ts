import type { Root } from 'hast';
import { attribute, findAll, findFirst, isElement, meta, removeAll } from './hast-query';
import { firstText, machineDate, parsePageDate, tagNames, type Platform } from './page-parts';

/**
 * Any other saved page: the first `<article>` (or `<main>`, `[itemprop=articleBody]`,
 * then `<body>`), its `<h1>` or `og:title`, `<time datetime>` or `article:published_time`,
 * `rel="tag"` links or `article:tag` metadata, `article:section` as the category.
 */
export const generic: Platform = {
  name: 'generic article',
  detect: () => true,
  extract(tree: Root, timeZone) {
    const body =
      findFirst(tree, (node) => attribute(node, 'itemProp') === 'articleBody') ??
      findFirst(tree, (node) => isElement(node, 'article')) ??
      findFirst(tree, (node) => isElement(node, 'main')) ??
      findFirst(tree, (node) => isElement(node, 'body'));
    const title =
      (body && firstText(body, [(node) => isElement(node, 'h1')])) ??
      meta(tree, 'og:title') ??
      firstText(tree, [(node) => isElement(node, 'title')]);
    const heading = body && findFirst(body, (node) => isElement(node, 'h1'));
    if (body && heading) removeAll(body, (node) => node === heading);
    const date = parsePageDate(machineDate(tree), timeZone);
    const metaTags = findAll(
      tree,
      (node) => isElement(node, 'meta') && attribute(node, 'property') === 'article:tag',
    ).map((node) => attribute(node, 'content') ?? '');
    const linkTags = tagNames(
      findAll(tree, (node) => isElement(node, 'a') && attribute(node, 'rel') === 'tag'),
    );
    const tags = [...new Set([...metaTags.filter(Boolean), ...linkTags])];
    return { title, date, category: meta(tree, 'article:section'), tags, body };
  },
};
