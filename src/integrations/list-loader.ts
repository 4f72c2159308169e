import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkLists, readReviewRefs } from '../lib/check/check-lists';
import { checkedReviewRefs } from '../lib/check/review-refs';
import { MarqueeError } from '../lib/errors';
import { setListCount } from '../lib/lists/list-count';
import { listTexts, shiftLines, type ListText } from '../lib/lists/list-text';
import { firstLocation } from '../lib/check/quiet-markdown-errors';
import { formatProblems, problemCount, sortProblems } from '../lib/rules/problem';

/** The rendered Markdown of an entry's note, by the entry's position; `undefined` without a note. */
export type ListNotes = (string | undefined)[];

/**
 * Film lists (`content/lists/*.md`), loaded strictly: every list is checked first (schema,
 * posters, entries against the reviews, a film twice), and any problem stops the build with
 * the file and line, as a review's would. The introduction and each entry's note are
 * rendered by the site's Markdown pipeline; the notes' HTML travels in the entry's
 * `rendered.metadata.notes`. A production build leaves drafts out.
 */
export function listLoader(options: { base: string; reviews: string }): Loader {
  return {
    name: 'marquee-list-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const listsFolder = path.resolve(root, options.base);
      const { lists, problems } = await checkLists({
        root,
        listsFolder,
        contentRoot: path.dirname(listsFolder),
        reviews:
          (await checkedReviewRefs(path.resolve(root, options.reviews))) ??
          readReviewRefs(path.resolve(root, options.reviews)),
      });
      const [first] = sortProblems(problems);
      if (first) {
        const message = `${formatProblems(problems)}\n${problemCount(problems.length)} in the lists; see content/AUTHORING.md`;
        const loc = {
          file: path.resolve(root, first.file),
          line: first.line,
          column: first.column,
        };
        if (context.watcher) {
          context.logger.error(message);
          return;
        }
        throw new MarqueeError(message, loc);
      }
      context.store.clear();
      let stored = 0;
      for (const list of lists) {
        if (list.draft && !import.meta.env.DEV) continue;
        const render = async ({ markdown, lineShift }: ListText) => {
          try {
            return await context.renderMarkdown(markdown, { fileURL: pathToFileURL(list.file) });
          } catch (error) {
            // Marquee's plugins name the file and the line in the note or the body.
            const message = shiftLines(String((error as Error).message ?? error), lineShift);
            throw new MarqueeError(message, firstLocation(message, root) ?? { file: list.file });
          }
        };
        const [body, ...noteTexts] = listTexts(list.frontmatter);
        const data = await context.parseData({
          id: list.slug,
          data: list.frontmatter.data as Record<string, unknown>,
          filePath: list.file,
        });
        const entries = (data as { entries: { note?: string }[] }).entries;
        const notes: ListNotes = [];
        for (const entry of entries) {
          const note = entry.note === undefined ? undefined : noteTexts.shift();
          notes.push(note && (await render(note)).html);
        }
        const rendered = await render(body!);
        context.store.set({
          id: list.slug,
          data,
          body: list.frontmatter.body,
          filePath: path.relative(root, list.file),
          digest: context.generateDigest({
            data: list.frontmatter.data as Record<string, unknown>,
            body: list.frontmatter.body,
          }),
          rendered: { html: rendered.html, metadata: { ...rendered.metadata, notes } },
        });
        stored += 1;
      }
      setListCount(stored);
    },
  };
}
