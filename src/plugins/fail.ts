import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { formatProblem } from '../lib/rules/problem';

/**
 * Lines above the body in the post's file. Astro hands the Markdown plugins the post
 * without its frontmatter and trimmed, so their line numbers start at the body; an
 * author needs the line in the file they edit.
 */
function bodyLineOffset(file: VFile): number {
  if (!file.path || typeof file.value !== 'string') return 0;
  let source: string;
  try {
    source = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const start = source.trimEnd().length - file.value.trimEnd().length;
  if (start <= 0 || !source.startsWith(file.value.trimEnd(), start)) return 0;
  return source.slice(0, start).split('\n').length - 1;
}

/**
 * Stops the build at `node` with Marquee's error format: the post's file and line, what
 * was found (`subject`, such as `::trailr`), and what was wrong or expected.
 */
export function failAt(file: VFile, node: Node, subject: string, problem: string): never {
  const start = node.position?.start;
  const line = start ? start.line + bodyLineOffset(file) : undefined;
  const name = file.path
    ? path.relative(process.cwd(), file.path).split(path.sep).join('/')
    : 'Markdown';
  const message = formatProblem({
    file: name,
    line,
    column: start?.column,
    field: subject,
    message: problem,
  });
  return file.fail(message, {
    place: start && line ? { line, column: start.column } : undefined,
    source: 'marquee',
  });
}
