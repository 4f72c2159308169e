import { pathToFileURL } from 'node:url';
import type { MarkdownRenderOptions } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import { bodyFacts, type BodyFacts } from '../../src/lib/body-facts';
import { createMarqueeProcessor } from '../../src/plugins/index';

let processor: ReturnType<typeof createMarqueeProcessor> | undefined;

/**
 * Renders Markdown exactly as the site does (Astro's processor with Marquee's plugin
 * lists). `file` is the post's path: local images are checked against it and errors
 * name it, as in a build.
 */
export async function renderMarkdown(
  markdown: string,
  file?: string,
): Promise<{
  html: string;
  headings: MarkdownHeading[];
  frontmatter: Record<string, unknown>;
  /** What the pipeline recorded for pages and feeds (`rehypeBodyFacts`). */
  body: BodyFacts;
}> {
  processor ??= createMarqueeProcessor();
  // `fileURL` is how Astro's content layer hands the processor the post's path.
  const options = file ? ({ fileURL: pathToFileURL(file) } as MarkdownRenderOptions) : undefined;
  const result = await (await processor).render(markdown, options);
  return {
    html: result.code,
    headings: result.metadata.headings,
    frontmatter: result.metadata.frontmatter,
    body: bodyFacts(result.metadata),
  };
}
