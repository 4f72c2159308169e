import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problem';

/** A YAML file of the author's, parsed once, with the position of every key for messages. */
export interface YamlFile {
  /** The parsed value (`undefined` for an empty file). */
  input: unknown;
  /** YAML syntax errors, each at its line and column. */
  problems: Problem[];
  /** Line and column of the key (or list item) at `path`; the file's start when absent. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/**
 * Reads an author's YAML file (`content/people.yaml`, `content/diary.yaml`) with YAML 1.2's
 * core schema, so `2022-06-18` stays text for the schema to read as a date and `no` stays text.
 */
export function readYamlFile(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core' });
  const lineAt = (offset: number) => lineCounter.linePos(offset);
  const problems: Problem[] = document.errors.map((error) => {
    const { line, col } = lineAt(error.pos[0]);
    return { file, line, column: col, field: '(YAML)', message: error.message.split('\n')[0]! };
  });
  const locate = (path: readonly PropertyKey[]) => {
    let current: unknown = document.contents;
    let found: Node | undefined;
    for (const key of path) {
      if (isSeq(current) && typeof key === 'number') {
        const item = current.items[key] as Node | undefined;
        if (!item) break;
        found = item;
        current = item;
      } else if (isMap(current)) {
        const pair = current.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
        );
        if (!pair) break;
        found = pair.key as Node;
        current = pair.value;
      } else break;
    }
    const { line, col } = lineAt(found?.range?.[0] ?? 0);
    return { line, column: col };
  };
  return { input: problems.length ? undefined : document.toJS(), problems, locate };
}
