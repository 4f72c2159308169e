import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { hasInlineSpoiler, headingTextWithoutSpoilers } from '../../lib/toc';

export interface RehypeHeadingLinksOptions {
  /** Accessible name of a heading's self-link (default: `` (text) => `Link to “${text}”` ``). */
  label?: (headingText: string) => string;
}

const HEADING = /^h[1-6]$/;

/** The id github-slugger (through Astro's own `rehypeHeadingIds`) gives a heading of `text`. */
function slugOf(text: string): string {
  const probe: Root = { type: 'root', children: [h('h2', text)] };
  (rehypeHeadingIds() as (tree: Root, file: VFile) => void)(probe, new VFile());
  const [heading] = probe.children;
  return heading?.type === 'element' ? String(heading.properties.id ?? '') : '';
}

/**
 * A heading with an inline spoiler (`## The killer is :spoiler[the butler]`) must not
 * spell it out in its id, which is the URL fragment anyone shares: it gets the id of its
 * text without the spoiler (`the-killer-is`), or `spoiler-heading` when nothing else is
 * left, numbered on (`-1`, `-2`) where another heading has the id already.
 */
function neutralIds(tree: Root): void {
  const spoiled: Element[] = [];
  const taken = new Set<string>();
  visit(tree, 'element', (node) => {
    if (!HEADING.test(node.tagName)) return;
    if (hasInlineSpoiler(node)) spoiled.push(node);
    else if (typeof node.properties.id === 'string') taken.add(node.properties.id);
  });
  for (const heading of spoiled) {
    const base = slugOf(headingTextWithoutSpoilers(heading, '')) || 'spoiler-heading';
    let id = base;
    for (let count = 1; taken.has(id); count += 1) id = `${base}-${count}`;
    taken.add(id);
    heading.properties.id = id;
  }
}

/**
 * Every heading gets a stable id and a self-link (`<a class="marquee-heading-link">`
 * after its text). The ids come from Astro's own `rehypeHeadingIds` (github-slugger), so
 * they are exactly the ones `render(entry).headings` reports for the table of contents.
 * The link holds no text, only an icon drawn by CSS, so it does not change the headings'
 * text either. A heading's inline spoiler stays out of its id and its link's name.
 */
export function rehypeHeadingLinks(options: RehypeHeadingLinksOptions = {}) {
  const label = options.label ?? ((text: string) => `Link to “${text}”`);
  const ids = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
  const links = rehypeAutolinkHeadings({
    behavior: 'append',
    properties: (heading) => ({
      className: ['marquee-heading-link'],
      ariaLabel: label(
        hasInlineSpoiler(heading) ? headingTextWithoutSpoilers(heading) : toString(heading).trim(),
      ),
    }),
    content: h('span', { className: ['marquee-heading-link__icon'], ariaHidden: 'true' }),
  });
  return (tree: Root, file: VFile) => {
    ids(tree, file);
    neutralIds(tree);
    links(tree);
  };
}
