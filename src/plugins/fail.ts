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
 * Records a problem at `node` in Marquee's error format: the post's file and line, what was
 * found (`subject`, such as `::trailr`), and what was wrong or expected. The Markdown goes
 * on being checked, so every mistake of a post is found in one run; the last plugin
 * (`rehypeReportProblems`) then stops the build with all of them, in line order.
 * Callers return after it: the node is not processed further.
 */
export function failAt(file: VFile, node: Node, subject: string, problem: string): void {
  reported.add(node);
  record(file, node, subject, problem, PROBLEM).fatal = true;
}

/**
 * Records a warning at `node`, in the same format: something Marquee did on the author's
 * behalf that they may not have meant (a film title that is also an element's name). The
 * build prints it and goes on; `npm run check` lists it apart from the problems.
 */
export function warnAt(file: VFile, node: Node, subject: string, warning: string): void {
  record(file, node, subject, warning, WARNING).fatal = false;
}

function record(file: VFile, node: Node, subject: string, problem: string, ruleId: string) {
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
  return file.message(message, {
    place: start && line ? { line, column: start.column } : undefined,
    source: 'marquee',
    ruleId,
  });
}

const PROBLEM = 'problem';
const WARNING = 'warning';

/** Nodes a plugin already reported, so a later plugin does not report them again. */
const reported = new WeakSet<Node>();

/** Whether a plugin already reported a problem at `node` (the guard skips those). */
export function wasReported(node: Node): boolean {
  return reported.has(node);
}

/** Every problem `failAt` (or, with `WARNING`, warning `warnAt`) recorded in `file`, in line order. */
function recorded(file: VFile, ruleId = PROBLEM) {
  const position = (place: unknown) => {
    const point = place && typeof place === 'object' && 'start' in place ? place.start : place;
    const { line = 0, column = 0 } = (point ?? {}) as { line?: number; column?: number };
    return line * 1e6 + column;
  };
  return file.messages
    .filter((message) => message.source === 'marquee' && message.ruleId === ruleId)
    .sort((a, b) => position(a.place) - position(b.place));
}

/** The warnings `warnAt` recorded in `file`, one a line, in line order. */
export function recordedWarnings(file: VFile): string[] {
  return recorded(file, WARNING).map((warning) => warning.reason);
}

/** Stops with every problem recorded in `file`, one a line, in line order (the error's place is the first). */
export function throwRecordedProblems(file: VFile): void {
  const problems = recorded(file);
  if (!problems.length) return;
  file.fail(problems.map((problem) => problem.reason).join('\n'), {
    place: problems[0]?.place,
    source: 'marquee',
  });
}

/**
 * The last plugin of the pipeline: prints the post's warnings, then stops the build with
 * every problem the plugins recorded, one a line, in line order.
 */
export function rehypeReportProblems() {
  return (_tree: unknown, file: VFile) => {
    for (const warning of recordedWarnings(file)) console.warn(`warning: ${warning}`);
    throwRecordedProblems(file);
  };
}
