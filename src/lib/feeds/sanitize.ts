import type { Root } from 'hast';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';

/** Schemes a feed's links may use; every URL is already absolute (see `feedHtml`). */
const LINK_PROTOCOLS = ['http', 'https', 'mailto'];
const MEDIA_PROTOCOLS = ['http', 'https'];

/**
 * What a review may show in a feed reader, which applies no Content-Security-Policy: the
 * markup the review pages show (paragraphs, headings, lists, tables, quotes, code,
 * figures, `<picture>` with its sources, images with `srcset`, links such as the
 * trailer's), nothing that runs or loads on its own. Anything else is unwrapped (its text
 * kept) or, for what holds code or a page of its own, removed with its content. Ids and
 * classes go: they would clash with the reader's own page.
 */
const FEED_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'div', 'section'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'input'],
    ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    ...['pre', 'code', 'kbd', 'samp', 'var'],
    ...[
      'a',
      'abbr',
      'b',
      'cite',
      'del',
      'dfn',
      'em',
      'i',
      'ins',
      'mark',
      'q',
      's',
      'small',
      'span',
      'strong',
      'sub',
      'sup',
      'time',
      'u',
      'wbr',
    ],
    ...['figure', 'figcaption', 'picture', 'source', 'img', 'details', 'summary'],
  ],
  attributes: {
    a: ['href', 'title', 'hrefLang'],
    img: ['src', 'srcSet', 'sizes', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    source: ['srcSet', 'sizes', 'type', 'media', 'width', 'height'],
    ol: ['start', 'reversed'],
    li: ['value'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    td: ['align', 'colSpan', 'rowSpan'],
    col: ['span'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    abbr: ['title'],
    dfn: ['title'],
    details: ['open'],
    // GFM task lists: a ticked or unticked box that cannot be changed.
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    '*': ['lang', 'dir'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: LINK_PROTOCOLS, src: MEDIA_PROTOCOLS, cite: MEDIA_PROTOCOLS },
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'frame',
    'object',
    'embed',
    'svg',
    'math',
    'textarea',
    'select',
    'title',
  ],
  ancestors: {
    thead: ['table'],
    tbody: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    col: ['table'],
    caption: ['table'],
  },
};

const sanitize = rehypeSanitize(FEED_SCHEMA);

/** `tree` with only what `FEED_SCHEMA` allows (a new tree). */
export function sanitizeForFeed(tree: Root): Root {
  return sanitize(tree);
}
