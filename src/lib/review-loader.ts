import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { MarqueeError } from './errors';
import { slugFromEntryPath } from './slugs';

const IMAGE_PREFIX = '__ASTRO_IMAGE_';

/** Every `__ASTRO_IMAGE_` path in parsed data, with the field it came from. */
function* imageFields(value: unknown, field = ''): Generator<{ field: string; src: string }> {
  if (typeof value === 'string' && value.startsWith(IMAGE_PREFIX)) {
    yield { field, src: value.slice(IMAGE_PREFIX.length) };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* imageFields(item, `${field}[${index}]`);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* imageFields(item, field ? `${field}.${key}` : key);
  }
}

/** Astro's schema error lists fields as `  **movie.runtime**: message`; keep those lines. */
function schemaProblems(message: string): string[] {
  return [...message.matchAll(/^\s*\*\*([^*\n]+)\*\*: (.+)$/gm)].map(([, field, text]) => `  - ${field}: ${text}`);
}

/**
 * Astro's glob loader, made strict for authors: a duplicate slug, a missing image or a
 * Markdown error fails the build with a message naming the post's file (the plain glob
 * loader only logs some of these and carries on).
 */
export function reviewLoader(options: { base: string }): Loader {
  const problems: string[] = [];
  const fileBySlug = new Map<string, string>();
  let root = process.cwd();
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

  const inner = glob({
    pattern: '**/*.md',
    base: options.base,
    generateId({ entry, data }) {
      const slug = typeof data.slug === 'string' && data.slug.trim() ? data.slug.trim().normalize('NFC') : slugFromEntryPath(entry);
      const file = path.posix.join(options.base.replace(/^\.\//, ''), entry);
      const other = fileBySlug.get(slug);
      if (other && other !== file) {
        problems.push(`Two reviews have the slug "${slug}": ${other} and ${file}. Rename one folder or set a different "slug:".`);
      }
      fileBySlug.set(slug, file);
      return slug;
    },
  });

  return {
    name: 'marquee-review-loader',
    async load(context: LoaderContext) {
      root = fileURLToPath(context.config.root);
      problems.length = 0;
      fileBySlug.clear();
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      // The glob loader logs Markdown failures and goes on; collect them instead.
      logger.error = (message: string) => void problems.push(String(message));
      await inner.load({
        ...context,
        logger,
        async parseData(props) {
          const file = props.filePath ? relative(props.filePath) : props.id;
          let data;
          try {
            data = await context.parseData(props);
          } catch (error) {
            const lines = schemaProblems((error as Error).message);
            throw new MarqueeError(lines.length ? `${file} is not valid:\n${lines.join('\n')}` : `${file}: ${(error as Error).message}`);
          }
          for (const { field, src } of imageFields(data)) {
            if (props.filePath && !existsSync(path.resolve(path.dirname(props.filePath), src))) {
              throw new MarqueeError(`${file} is not valid:\n  - ${field}: image "${src}" was not found next to the post`);
            }
          }
          return data;
        },
      });
      if (problems.length) throw new MarqueeError(problems.join('\n'));
    },
  };
}
