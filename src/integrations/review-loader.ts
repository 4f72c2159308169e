import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { MarqueeError, type ErrorLocation } from '../lib/errors';
import { checkedEntryInfo, type EntryInfo } from './checked-entry-info';
import { sendToOpenTabs } from './dev-browser';
import { checkReviews } from '../lib/check/check-reviews';
import { startReviewRefs } from '../lib/check/review-refs';
import { firstLocation, withQuietMarkdownErrors } from '../lib/check/quiet-markdown-errors';
import { setDevProblems } from '../lib/check/dev-problems';
import { setKnownReviews } from '../lib/check/review-links';
import { setSiteDiary } from '../lib/diary/site-diary';
import { setSitePeople } from '../lib/people/site-people';
import type { CheckedPost } from '../lib/check/validate-post';
import { formatProblem, formatProblems, problemCount, sortProblems } from '../lib/rules/problem';
import { imageNotFound } from '../lib/rules/safe-paths';
import { fieldName } from '../lib/rules/zod-problems';
import { setNamedImages } from '../lib/images/named-images';
import { isPublic } from '../lib/schedule';
import { site } from '../lib/site';

const IMAGE_PREFIX = '__ASTRO_IMAGE_';

/** Every `__ASTRO_IMAGE_` path in parsed data, with the path of the field it came from. */
function* imageFields(
  value: unknown,
  at: PropertyKey[] = [],
): Generator<{ at: PropertyKey[]; src: string }> {
  if (typeof value === 'string' && value.startsWith(IMAGE_PREFIX)) {
    yield { at, src: value.slice(IMAGE_PREFIX.length) };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* imageFields(item, [...at, index]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* imageFields(item, [...at, key]);
  }
}

/**
 * Marquee's plugins already name the file and line; drop the glob loader's
 * `Error rendering x.md: Failed to parse Markdown file "/abs/x.md":` lead-in.
 */
function withoutRenderPrefix(message: string): string {
  return message.replace(
    /^(?:Error rendering [^\n]*?: )?Failed to parse Markdown file "[^"]*":\s*/,
    '',
  );
}

/** A render function of Astro's content entry types (what the glob loader calls per post). */
type RenderFunction = (props: Record<string, unknown>) => Promise<unknown>;
/** `entryTypes`, which Astro hands its own glob loader (not part of the public LoaderContext type). */
type EntryTypes = Map<
  string,
  {
    getEntryInfo?: (params: { contents: string; fileUrl: URL }) => Promise<EntryInfo>;
    getRenderFunction?(config: unknown): Promise<RenderFunction>;
  }
>;

/**
 * The entry types with each file's entry info taken from the check (`checkedEntryInfo`):
 * Astro's glob loader reads every post's frontmatter again, changed or not, before it
 * compares digests.
 */
function reusingCheckedPosts(
  entryTypes: EntryTypes,
  checkedByFile: Map<string, CheckedPost>,
): EntryTypes {
  return new Map(
    [...entryTypes].map(([extension, type]) => {
      const getEntryInfo = type.getEntryInfo?.bind(type);
      if (!getEntryInfo) return [extension, type] as const;
      return [
        extension,
        {
          ...type,
          getEntryInfo: (params: { contents: string; fileUrl: URL }) => {
            const post = checkedByFile.get(path.resolve(fileURLToPath(params.fileUrl)));
            // The very text the check read (else Astro reads it, and `parseData` finds the change).
            const info =
              post?.post.source === params.contents
                ? checkedEntryInfo(
                    params.contents,
                    post.frontmatter.data as Record<string, unknown>,
                  )
                : undefined;
            return info ? Promise.resolve(info) : getEntryInfo(params);
          },
        },
      ] as const;
    }),
  );
}
type GlobLoaderContext = LoaderContext & { entryTypes: EntryTypes };

/**
 * The entry types with each render function made to record its failure and go on: Astro's
 * glob loader stops at the first post whose Markdown fails, and an author wants every
 * mistake of every post at once. (The build still fails, after the last post.)
 */
function collectingRenderErrors(
  entryTypes: EntryTypes,
  record: (message: string, filePath: string | undefined) => void,
  rendered: (filePath: string | undefined) => void = () => undefined,
): EntryTypes {
  const wrapped = [...entryTypes].map(([extension, type]) => {
    const getRenderFunction = type.getRenderFunction?.bind(type);
    if (!getRenderFunction) return [extension, type] as const;
    return [
      extension,
      {
        ...type,
        async getRenderFunction(config: unknown): Promise<RenderFunction> {
          const render = await getRenderFunction(config);
          return async (props) => {
            const filePath = typeof props.filePath === 'string' ? props.filePath : undefined;
            try {
              const result = await render(props);
              rendered(filePath);
              return result;
            } catch (error) {
              record(withoutRenderPrefix(String((error as Error).message ?? error)), filePath);
              return undefined;
            }
          };
        },
      },
    ] as const;
  });
  return new Map(wrapped);
}

/**
 * A digest of the review schema's source files. Astro keeps parsed posts between builds and
 * clears them only when `content.config.ts` itself changes, not the schema it imports: a
 * Marquee upgrade that changes a field's shape would otherwise build from stale data.
 */
function schemaDigest(): string {
  const folder = fileURLToPath(new URL('../schemas/', import.meta.url));
  if (!existsSync(folder)) return '';
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort())
    hash.update(file).update(readFileSync(path.join(folder, file)));
  return hash.digest('hex');
}

const watching = new WeakSet<object>();

/**
 * Under `astro dev`: any change in the reviews folder runs the whole check again, so a
 * post's error shows until it is fixed and goes away when it is (Astro's glob loader only
 * re-reads the one changed file, and never started when the first check failed).
 */
function watchInDev(
  context: LoaderContext,
  reviewsFolder: string,
  reload: () => Promise<void>,
): void {
  const { watcher } = context;
  if (!watcher || watching.has(watcher)) return;
  watching.add(watcher);
  let queued = Promise.resolve();
  watcher.on('all', (_event: string, file: string) => {
    const changed = path.resolve(file);
    const besideReviews = ['people.yaml', 'diary.yaml'].map((name) =>
      path.join(path.dirname(reviewsFolder), name),
    );
    if (!changed.startsWith(reviewsFolder + path.sep) && !besideReviews.includes(changed)) return;
    queued = queued
      .then(reload)
      .catch((error: unknown) => context.logger.error(String((error as Error).message ?? error)));
  });
}

/**
 * Astro's glob loader, made strict for authors: a duplicate slug, a missing image or a
 * Markdown error fails the build with a message naming the post's file (the plain glob
 * loader only logs some of these and carries on).
 */
export function reviewLoader(options: { base: string }): Loader {
  const problems: string[] = [];
  /** The slug of each checked post, by its path under the reviews folder (`her/index.md`). */
  let slugByEntry = new Map<string, string>();
  let root = process.cwd();
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

  /**
   * Astro's glob loader over the posts. A production build leaves out drafts and posts
   * scheduled for later (the pages never show them), so their images are never imported.
   */
  const globLoader = (unpublished: string[]) =>
    glob({
      pattern: ['**/*.md', ...unpublished.map((entry) => `!${escapeGlob(entry)}`)],
      base: options.base,
      // The slug the check gave the post (and found unique): one rule, one place.
      generateId({ entry }) {
        const slug = slugByEntry.get(entry);
        if (slug === undefined)
          throw changedPost(path.posix.join(options.base.replace(/^\.\//, ''), entry));
        return slug;
      },
    });
  let devGlob: Loader | undefined;

  /**
   * Under `astro dev`: the frontmatter problems of the last check, and each post's body
   * problem from its last render. Astro's glob loader re-renders a saved post on its own, so
   * a body mistake (or its fix) is recorded whichever of the two runs first.
   */
  const dev = {
    frontmatter: undefined as { message: string; loc: ErrorLocation } | undefined,
    bodies: new Map<string, string>(),
    reported: '',
  };
  /**
   * Shows what is wrong now: the pages throw it (a new tab gets the error overlay), open tabs
   * get the overlay pushed to them, and the terminal prints it, once per change; when it is
   * all fixed, open tabs reload.
   */
  function reportInDev(context: LoaderContext): void {
    const bodies = [...dev.bodies.values()];
    const current =
      dev.frontmatter ??
      (bodies.length
        ? {
            message: [...new Set(bodies)].join('\n'),
            loc: firstLocation(bodies.join('\n'), root),
          }
        : undefined);
    setDevProblems(current);
    const key = current?.message ?? '';
    if (key === dev.reported) return;
    const fixed = dev.reported !== '' && !current;
    dev.reported = key;
    if (current) {
      context.logger.error(current.message);
      sendToOpenTabs({
        type: 'error',
        err: {
          message: current.message,
          stack: '',
          id: current.loc?.file ?? '',
          ...(current.loc?.line === undefined
            ? {}
            : {
                loc: {
                  file: current.loc.file,
                  line: current.loc.line,
                  column: current.loc.column ?? 1,
                },
              }),
          plugin: 'marquee',
        },
      });
    } else if (fixed) sendToOpenTabs({ type: 'full-reload', path: '*' });
  }

  const loader: Loader = {
    name: 'marquee-review-loader',
    async load(context: LoaderContext) {
      root = fileURLToPath(context.config.root);
      problems.length = 0;
      const digest = schemaDigest();
      if (context.meta.get('schema-digest') !== digest) {
        context.store.clear();
        context.meta.set('schema-digest', digest);
      }
      // Every post is checked before Astro reads any: no image path reaches image(), Vite
      // or sharp unchecked, and every mistake of every post is listed at once.
      const reviewsFolder = path.resolve(root, options.base);
      // The list loader, running meanwhile, waits for the posts this check reads.
      const settleRefs = startReviewRefs(reviewsFolder);
      let checked: Awaited<ReturnType<typeof checkReviews>>;
      try {
        checked = await checkReviews({
          root,
          reviewsFolder,
          contentRoot: path.dirname(reviewsFolder),
          language: site.language,
        });
      } catch (error) {
        settleRefs(undefined);
        throw error;
      }
      settleRefs(checked.posts);
      setSitePeople(checked.people);
      setSiteDiary(checked.diary);
      for (const warning of checked.warnings) context.logger.warn(warning);
      setKnownReviews(
        checked.posts.flatMap((post) => (post.slug === undefined ? [] : [post.slug])),
      );
      const [first] = sortProblems(checked.problems);
      if (first) {
        const message = `${formatProblems(checked.problems)}\n${problemCount(checked.problems.length)} in the reviews; see content/AUTHORING.md`;
        const loc = {
          file: path.resolve(root, first.file),
          line: first.line,
          column: first.column,
        };
        // Under `astro dev` (the only mode with a watcher) the pages show the problems instead,
        // and every save re-checks the posts (see `watchInDev`).
        if (context.watcher) {
          dev.frontmatter = { message, loc };
          reportInDev(context);
          watchInDev(context, reviewsFolder, () => loader.load(context));
          return;
        }
        throw new MarqueeError(message, loc);
      }
      dev.frontmatter = undefined;
      if (context.watcher) watchInDev(context, reviewsFolder, () => loader.load(context));
      const checkedByFile = new Map(checked.posts.map((post) => [post.post.file, post]));
      // Past the problems above, every post has its slug (a post without one is a problem).
      slugByEntry = new Map(checked.posts.map((post) => [post.post.entry, post.slug!]));
      const inner = import.meta.env.DEV
        ? (devGlob ??= globLoader([]))
        : globLoader(unpublishedEntries(checked.posts));
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      // The glob loader logs Markdown failures and goes on; collect them instead.
      logger.error = (message: string) => void problems.push(withoutRenderPrefix(String(message)));
      await withQuietMarkdownErrors(() =>
        inner.load({
          ...context,
          logger,
          ...{
            entryTypes: collectingRenderErrors(
              reusingCheckedPosts((context as GlobLoaderContext).entryTypes, checkedByFile),
              (message, filePath) => {
                problems.push(message);
                if (!context.watcher || !filePath) return;
                dev.bodies.set(path.resolve(filePath), message);
                reportInDev(context);
              },
              (filePath) => {
                if (!context.watcher || !filePath) return;
                if (dev.bodies.delete(path.resolve(filePath))) reportInDev(context);
              },
            ),
          },
          async parseData(props) {
            const file = props.filePath ? relative(props.filePath) : props.id;
            // The data checked above is what Astro builds from: the same reader, the same text.
            const post = props.filePath
              ? checkedByFile.get(path.resolve(props.filePath))
              : undefined;
            if (!post || !isDeepStrictEqual(post.frontmatter.data, props.data))
              throw changedPost(file, props.filePath);
            let data;
            try {
              data = await context.parseData({ ...props, data: post.data as typeof props.data });
            } catch (error) {
              // The check ran this schema on this very data and found nothing: a refusal here is
              // a bug in Marquee, not the author's mistake, so it goes out as it came.
              throw new MarqueeError(`${file}: ${(error as Error).message}`, {
                file: post.post.file,
              });
            }
            for (const { at, src } of imageFields(data)) {
              // Checked above; gone since (deleted while the site was being built).
              if (!existsSync(path.resolve(path.dirname(post.post.file), src))) {
                const where = post.frontmatter.locate(at);
                const message = formatProblem({
                  file,
                  ...where,
                  field: fieldName(at),
                  message: imageNotFound(src),
                });
                throw new MarqueeError(message, { file: post.post.file, ...where });
              }
            }
            return data;
          },
        }),
      );
      if (context.watcher) {
        // Under `astro dev` a body mistake shows in the error overlay of every page until fixed.
        for (const file of dev.bodies.keys()) if (!checkedByFile.has(file)) dev.bodies.delete(file);
        reportInDev(context);
        if (dev.bodies.size) return;
      } else if (problems.length) {
        const message = [...new Set(problems)].join('\n');
        throw new MarqueeError(message, firstLocation(message, root));
      }
      setNamedImages(bodyImages(context, root));
    },
  };
  return loader;
}

/** A post that is not the one checked: changed (or added) while the site was being built. */
function changedPost(file: string, filePath?: string): MarqueeError {
  return new MarqueeError(
    `${file}: the post changed while the site was being built (or was not checked); build again`,
    filePath ? { file: filePath } : undefined,
  );
}

/** Posts a production build leaves out (drafts, and posts dated after today), as glob entries. */
function unpublishedEntries(posts: CheckedPost[]): string[] {
  const now = new Date();
  return posts
    .filter((post) =>
      post.pubDate === undefined
        ? post.draft
        : !isPublic({ draft: post.draft, pubDate: post.pubDate }, now, site.timeZone),
    )
    .map((post) => post.post.entry);
}

/** `entry` as a glob that matches only itself (folder names may hold `[`, `(`, `*`…). */
function escapeGlob(entry: string): string {
  return entry.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');
}

/** Project-relative paths of every local image the stored posts' bodies name. */
function bodyImages(context: LoaderContext, root: string): string[] {
  const files: string[] = [];
  for (const entry of context.store.values()) {
    if (!entry.filePath) continue;
    const postFile = path
      .relative(root, path.resolve(root, entry.filePath))
      .split(path.sep)
      .join('/');
    const paths = entry.rendered?.metadata?.localImagePaths;
    for (const src of Array.isArray(paths) ? (paths as string[]) : []) {
      files.push(path.posix.normalize(path.posix.join(path.posix.dirname(postFile), src)));
    }
  }
  return files;
}
