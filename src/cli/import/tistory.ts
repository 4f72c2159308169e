import type { Root } from 'hast';
import { attribute, byClass, findAll, findFirst, hasClass, isElement, meta } from './hast-query';
import { firstText, machineDate, parsePageDate, tagNames, type Platform } from './page-parts';

const BODY_CLASSES = [
  'tt_article_useless_p_margin',
  'contents_style',
  'article-view',
  'entry-content',
  'article_view',
];

/**
 * Tistory's common skins (the default "Poster"/"#2" style with `.article-header` and
 * `.title-article`, and the "Odyssey"/"Book Club" style with `.hgroup`): the body is in
 * `.tt_article_useless_p_margin`, tags are `rel="tag"` links.
 */
export const tistory: Platform = {
  name: 'Tistory',
  detect: (tree: Root) =>
    BODY_CLASSES.slice(0, 2).some((name) => byClass(tree, name).length > 0) ||
    /tistory/i.test(meta(tree, 'og:site_name') ?? meta(tree, 'og:url') ?? ''),
  extract(tree, timeZone) {
    const title =
      firstText(tree, [
        (node) =>
          ['title-article', 'tit_post', 'entry-title', 'article-title'].some((name) =>
            hasClass(node, name),
          ),
        (node) =>
          isElement(node, 'h1', 'h2') &&
          findAll(tree, (group) => hasClass(group, 'hgroup') || hasClass(group, 'titleWrap')).some(
            (group) => group.children.includes(node),
          ),
      ]) ?? meta(tree, 'og:title');
    const printed = firstText(tree, [
      (node) =>
        ['date', 'txt_date', 'txt_detail', 'jb-article-date', 'entry-date'].some((name) =>
          hasClass(node, name),
        ),
    ]);
    const date =
      parsePageDate(meta(tree, 'article:published_time'), timeZone) ??
      parsePageDate(printed, timeZone) ??
      parsePageDate(machineDate(tree), timeZone);
    const category =
      firstText(tree, [
        (node) =>
          ['category', 'tit_category', 'jb-category'].some((name) => hasClass(node, name)) &&
          !isElement(node, 'ul', 'nav'),
      ]) ?? meta(tree, 'article:section');
    const tags = tagNames(
      findAll(
        tree,
        (node) =>
          isElement(node, 'a') &&
          (attribute(node, 'rel') === 'tag' || /\/tag\//.test(attribute(node, 'href') ?? '')),
      ),
    );
    const body = BODY_CLASSES.map((name) => findFirst(tree, (node) => hasClass(node, name))).find(
      Boolean,
    );
    return { title, date, category, tags, body };
  },
};
