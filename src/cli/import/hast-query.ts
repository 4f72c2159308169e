import type { Element, Nodes, Parents, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Whether `node` is an element, optionally of one of `tags`. */
export function isElement(node: Nodes | undefined, ...tags: string[]): node is Element {
  return node?.type === 'element' && (!tags.length || tags.includes(node.tagName));
}

/** The element's class names (`className` as hast holds it). */
export function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? String(value).split(/\s+/)
      : [];
}

export const hasClass = (node: Element, name: string) => classes(node).includes(name);

/** A string attribute (`src`, `content`, `data-src` as `dataSrc`…). */
export function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null || value === false ? undefined : String(value);
}

/** Every element under `tree` that passes `test`, in document order. */
export function findAll(tree: Root | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => void (test(node) && found.push(node)));
  return found;
}

export function findFirst(
  tree: Root | Element,
  test: (node: Element) => boolean,
): Element | undefined {
  return findAll(tree, test)[0];
}

/** Elements with this class name. */
export const byClass = (tree: Root | Element, name: string) =>
  findAll(tree, (node) => hasClass(node, name));

/** `<meta property|name="key" content>` of the page. */
export function meta(tree: Root, key: string): string | undefined {
  const node = findFirst(
    tree,
    (element) =>
      element.tagName === 'meta' &&
      (attribute(element, 'property') === key || attribute(element, 'name') === key),
  );
  return node ? attribute(node, 'content')?.trim() || undefined : undefined;
}

/** Removes every element that passes `test` (with its content); returns how many. */
export function removeAll(
  tree: Root | Element,
  test: (node: Element, parent: Parents) => boolean,
): number {
  let removed = 0;
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || !test(node, parent)) return;
    parent.children.splice(index, 1);
    removed += 1;
    return [SKIP, index];
  });
  return removed;
}

/** Replaces `node` in `parent` by `replacement` nodes. */
export function replaceNode(
  parent: Parents,
  node: Element,
  replacement: (Element | Root['children'][number])[],
): void {
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1, ...(replacement as Element[]));
}

/** Text of a node, whitespace collapsed. */
export const textOf = (node: Nodes) => toString(node).replace(/\s+/g, ' ').trim();

/** Text of a block with `<br>` and block children as line breaks, for info lines. */
export function linesOf(node: Nodes): string[] {
  const parts: string[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'text') parts.push(current.value);
    else if (isElement(current, 'br')) parts.push('\n');
    else if ('children' in current) {
      const block = isElement(current, 'p', 'div', 'li', 'tr', 'dt', 'dd');
      if (block) parts.push('\n');
      for (const child of current.children) walk(child);
      if (block) parts.push('\n');
    }
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
