import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { VFile } from 'vfile';

export interface RehypeHeadingLinksOptions {
  /** Accessible name of a heading's self-link (default: `` (text) => `Link to “${text}”` ``). */
  label?: (headingText: string) => string;
}

/**
 * Every heading gets a stable id and a self-link (`<a class="marquee-heading-link">`
 * after its text). The ids come from Astro's own `rehypeHeadingIds` (github-slugger), so
 * they are exactly the ones `render(entry).headings` reports for the table of contents.
 * The link holds no text, only an icon drawn by CSS, so it does not change the headings'
 * text either.
 */
export function rehypeHeadingLinks(options: RehypeHeadingLinksOptions = {}) {
  const label = options.label ?? ((text: string) => `Link to “${text}”`);
  const ids = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
  const links = rehypeAutolinkHeadings({
    behavior: 'append',
    properties: (heading) => ({ className: ['marquee-heading-link'], ariaLabel: label(toString(heading).trim()) }),
    content: h('span', { className: ['marquee-heading-link__icon'], ariaHidden: 'true' }),
  });
  return (tree: Root, file: VFile) => {
    ids(tree, file);
    links(tree);
  };
}
