import type { Frontmatter } from '../check/frontmatter';

/** A Markdown text of a list: its introduction (the body) or an entry's note. */
export interface ListText {
  markdown: string;
  /** Lines to add to a line the Markdown plugins report in it (0 for the body: they find it in the file). */
  lineShift: number;
}

/**
 * The Markdown texts of a list, with where each starts in the file: the plugins report a
 * note's lines from the note's first line, and an author needs the line in the list file.
 */
export function listTexts(frontmatter: Frontmatter): ListText[] {
  const entries = (frontmatter.data as { entries?: unknown }).entries;
  const notes = (Array.isArray(entries) ? entries : []).flatMap((entry: unknown, index) => {
    const note = (entry as { note?: unknown } | null)?.note;
    if (typeof note !== 'string') return [];
    const path = ['entries', index, 'note'];
    // `note: |` (or `>`): the text starts on the next line.
    const block = /^[|>]/.test(frontmatter.source(path) ?? '') ? 1 : 0;
    return [{ markdown: note, lineShift: frontmatter.locate(path).line - 1 + block }];
  });
  return [{ markdown: frontmatter.body, lineShift: 0 }, ...notes];
}

/** `message` (one problem a line, `file.md:line:column …`, all in one list file) with its lines moved by `shift`. */
export function shiftLines(message: string, shift: number): string {
  if (!shift) return message;
  return message.replace(
    /^(\S+?\.md):(\d+):/gm,
    (_, name: string, line: string) => `${name}:${Number(line) + shift}:`,
  );
}
