import {
  createMarkdownProcessor,
  unified,
  type MarkdownRenderer,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import type { AstroUserConfig, RehypePlugins, RemarkPlugins } from 'astro';
import remarkDirective from 'remark-directive';
import { t } from '../lib/site';
import { rehypeReportProblems } from './fail';
import { rehypeBodyFacts } from './rehype/rehype-body-facts';
import { rehypeFigure } from './rehype/rehype-figure';
import { rehypeHeadingLinks } from './rehype/rehype-heading-links';
import { remarkBracketTitles } from './remark/remark-bracket-titles';
import { remarkDirectiveFences, remarkDirectiveGuard } from './remark/remark-directive-guard';
import { remarkGallery } from './remark/remark-gallery';
import { remarkImages } from './remark/remark-images';
import { remarkLinks } from './remark/remark-links';
import { remarkReadingTime } from './remark/remark-reading-time';
import { remarkReservedHtml } from './remark/remark-reserved-html';
import { remarkSpoiler } from './remark/remark-spoiler';
import { remarkTrailer } from './remark/remark-trailer';

/**
 * THE ordered Markdown plugin lists. `astro.config.mjs` and the tests import these, so
 * what the tests check is what the site renders. The guard comes after every directive
 * plugin: whatever they did not handle is an error (or, for text directives, text again);
 * the fence check comes before them, so an unclosed `:::` is reported where it opens.
 * The excerpt and reading time are taken after the spoiler plugin, so spoilers never count.
 * Film titles in angle brackets (`<Her>`) become text first, before any plugin reads the
 * text or checks raw HTML.
 */
export const remarkPlugins: RemarkPlugins = [
  remarkDirective,
  remarkBracketTitles,
  remarkDirectiveFences,
  remarkTrailer,
  remarkGallery,
  [
    remarkSpoiler,
    {
      defaultLabel: t('spoiler.label'),
      revealLabel: t('spoiler.reveal'),
    },
  ],
  remarkReadingTime,
  remarkImages,
  remarkLinks,
  remarkReservedHtml,
  remarkDirectiveGuard,
];

const rehypePlugins: RehypePlugins = [
  rehypeFigure,
  [rehypeHeadingLinks, { label: (text: string) => t('heading.link', { title: text }) }],
  // What pages and feeds need from the body, as data (ids and figures are final by now).
  rehypeBodyFacts,
  // Last: every problem the plugins recorded in the post, at once and in line order.
  rehypeReportProblems,
];

const unifiedOptions = {
  remarkPlugins,
  rehypePlugins,
  smartypants: false,
} satisfies UnifiedProcessorOptions;

/**
 * Astro's `markdown` settings for Marquee (`astro.config.mjs` uses exactly this). Astro 7
 * renders with its native Sätteri processor by default; Marquee's directives and checks are
 * remark/rehype plugins, so it keeps the unified processor.
 */
export const markdown = {
  processor: unified(unifiedOptions),
} satisfies AstroUserConfig['markdown'];

/**
 * Marquee's Markdown renderer outside Astro (tests, tools): Astro's own processor
 * (`@astrojs/markdown-remark`, the version Astro uses) with the same settings.
 */
export function createMarqueeProcessor(): Promise<MarkdownRenderer> {
  return createMarkdownProcessor(unifiedOptions);
}
