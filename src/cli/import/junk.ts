import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { attribute, classes, isElement, removeAll, replaceNode, textOf } from './hast-query';

/** Elements that are never part of a post's text. */
const JUNK_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'ins',
  'svg',
  'canvas',
]);

/**
 * Class or id words of blogging-platform chrome: ads (AdSense, Kakao AdFit, Naver
 * power links), "revenue" boxes, share/like/subscribe buttons, comment widgets, related
 * posts, stickers. Matched as whole words of the name (`share-box`, `btn_like`).
 */
const JUNK_WORDS =
  /(^|[-_\s])(ad|ads|adsense|adsbygoogle|adfit|advert|advertisement|sponsor|revenue|powerlink|share|sns|social|like|likeit|sympathy|postbtn|subscribe|comment|comments|reply|related|relatedposts|yarpp|sharedaddy|another|category-list|plugin|footer|header|gnb|lnb|sidebar|widget|sticker|btn|banner|tracking|pixel|toolbar|copyright|container_postbtn|tag|tags|tag_content|wrap_tag)($|[-_\s\d])/i;

const TRACKER_HOSTS =
  /(google-analytics|googletagmanager|doubleclick|facebook\.com\/tr|analytics|pixel|beacon|stat\.|tistory\.com\/stat|naver\.com\/(?:wcs|lcs)|adfit|daumcdn\.net\/kas)/i;

function isJunk(node: Element): boolean {
  if (JUNK_TAGS.has(node.tagName)) return true;
  const names = [...classes(node), attribute(node, 'id') ?? ''];
  if (names.some((name) => JUNK_WORDS.test(name))) return true;
  if (attribute(node, 'ariaHidden') === 'true' && node.tagName !== 'img') return true;
  if (node.tagName === 'img') {
    const src = attribute(node, 'src') ?? '';
    const tiny = ['width', 'height'].some(
      (key) => Number(attribute(node, key)) <= 1 && attribute(node, key) !== undefined,
    );
    return tiny || TRACKER_HOSTS.test(src);
  }
  return false;
}

const SAFE_LINK = /^(https?:|mailto:|#|\.{0,2}\/|[^:]*$)/i;

/**
 * Strips what must never reach a post: scripts, styles, ads, share and like buttons,
 * comment widgets, trackers and pixels, layout chrome, `on*` attributes, and links to
 * `javascript:` or other schemes (their text is kept inside a sentence, and goes when the
 * link is alone in its block: a button such as `이벤트`). Run after trailers are taken out
 * (their iframes go too). Sanitising afterwards is the second line of defence.
 */
export function removeJunk(tree: Root | Element): void {
  removeAll(tree, (node) => isJunk(node) || node.tagName === 'iframe');
  visit(tree, 'element', (node, _index, parent) => {
    for (const key of Object.keys(node.properties))
      if (/^on/i.test(key)) delete node.properties[key];
    if (isElement(node, 'a') && parent) {
      // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL, so `java\tscript:` must be caught
      const href = (attribute(node, 'href') ?? '').replace(/[\s\u0000-\u001f]/g, '');
      // A `javascript:` link alone in its block is a button (`이벤트`, `더보기`): its text
      // goes with it. Inside a sentence, the words stay.
      if (href && SAFE_LINK.test(href)) return;
      const alone = parent.type === 'element' && textOf(parent) === textOf(node);
      replaceNode(parent, node, href && alone ? [] : node.children);
    }
  });
}
