import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { sanitizeForFeed } from './sanitize';
import { isInlineSpoilerElement, isSpoilerElement } from '../markup';

/** Attributes holding one URL (`srcset`, which holds several, is handled apart). */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/** `value` as an absolute URL against `base`, or `undefined` when it is not a URL at all. */
function absolute(value: string, base: string): string | undefined {
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/**
 * One `srcset` candidate (`/a.webp 640w`) with its URL through `url`, or `undefined` unless
 * that is an http(s) URL or a feed token (the sanitiser does not read srcset).
 */
function srcsetCandidate(
  candidate: string,
  url: (value: string) => string | undefined,
): string | undefined {
  const [written = '', ...descriptor] = candidate.trim().split(/\s+/);
  const href = url(written);
  return href && /^(https?:|\uE000u)/.test(href) ? [href, ...descriptor].join(' ') : undefined;
}

export interface FeedHtmlOptions {
  /** The review's absolute URL: relative links and images resolve against it. */
  pageUrl: string;
  /** Text of the link that stands in for each spoiler block. */
  spoilerNote: string;
  /** Text of the link that stands in for each inline spoiler, inside its sentence (default: `'…'`). */
  spoilerLabel?: string;
}

export interface FeedTreeOptions {
  /** What a URL attribute's value becomes: absolute, or `undefined` to drop it. */
  url: (value: string) => string | undefined;
  /** Where the links that stand in for spoilers go (the review's page). */
  pageHref: string;
  /** Text of the link that stands in for each spoiler block. */
  spoilerNote: string;
  /** Text of the link that stands in for each inline spoiler, inside its sentence. */
  spoilerLabel: string;
}

/** Whether `element` holds an image. */
function hasImage(element: Element): boolean {
  let found = false;
  visit(element, 'element', (inner) => {
    if (inner.tagName !== 'img') return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * What only works on the site: scripts, styles, controls, decoration hidden from readers,
 * and links with nothing to click (a heading's self-link, an icon drawn by CSS).
 */
const dropped = (element: Element) =>
  ['script', 'style', 'template', 'dialog', 'button'].includes(element.tagName) ||
  element.properties.ariaHidden === 'true' ||
  (element.tagName === 'a' && !toString(element).trim() && !hasImage(element));

/**
 * `tree` made fit for feed readers: every link and image through `url` (absolute), what
 * only works on the site dropped (scripts, the lightbox, play buttons), each spoiler block
 * replaced by a link to the review (feed readers cannot keep it folded), and each inline
 * spoiler by a short link inside its sentence. Last, it is sanitised to the markup pages
 * show (`FEED_SCHEMA`): no Content-Security-Policy applies in a feed reader, so nothing
 * that runs (`on*` attributes, `javascript:` links, scripts, frames) gets out. The Markdown
 * pipeline applies it to each body (`rehypeBodyFacts`), `feedHtml` to other markup.
 */
export function feedTree(
  tree: Root,
  { url, pageHref, spoilerNote, spoilerLabel }: FeedTreeOptions,
): Root {
  visit(tree, 'element', (element, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (dropped(element)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (isInlineSpoilerElement(element)) {
      parent.children.splice(index, 1, h('a', { href: pageHref }, `[${spoilerLabel}]`));
      return [SKIP, index + 1];
    }
    if (isSpoilerElement(element)) {
      const note: ElementContent = h('p', h('a', { href: pageHref }, spoilerNote));
      parent.children.splice(index, 1, note);
      return [SKIP, index + 1];
    }
    const { properties } = element;
    for (const name of URL_ATTRIBUTES) {
      const value = properties[name];
      if (typeof value === 'string' && value) properties[name] = url(value);
    }
    if (typeof properties.srcSet === 'string') {
      properties.srcSet = properties.srcSet
        .split(',')
        .map((candidate) => srcsetCandidate(candidate, url))
        .filter(Boolean)
        .join(', ');
    }
    return undefined;
  });
  return sanitizeForFeed(tree);
}

/**
 * Markup other than a review's body (the body's media as their components render them, a
 * list's introduction) made fit for feed readers, as `feedTree` does, against `pageUrl`.
 */
export function feedHtml(
  html: string,
  { pageUrl, spoilerNote, spoilerLabel = '…' }: FeedHtmlOptions,
): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const url = (value: string) => absolute(value, pageUrl);
  return toHtml(feedTree(tree, { url, pageHref: pageUrl, spoilerNote, spoilerLabel }));
}
