import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';

/**
 * A value as a YAML node in the style the drafts use: a list of words on one line
 * (`genres: [드라마, SF]`), a list of people one per line, each on one line
 * (`- { name: 호아킨 피닉스, role: Theodore, tmdb: 73421 }`).
 */
export function factNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value);
  if (isSeq(node)) {
    if (node.items.every((item) => isScalar(item))) node.flow = true;
    for (const item of node.items) if (isMap(item)) item.flow = true;
  }
  return node;
}

/** `key: value` as YAML lines, each prefixed with `indent`. */
export function yamlEntry(key: string, value: unknown, indent: string): string[] {
  const doc = new Document({});
  doc.set(key, factNode(doc, value));
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`);
}
