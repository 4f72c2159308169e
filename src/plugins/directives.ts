import type { Paragraph } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { failAt } from './fail';

export type Directive = ContainerDirective | LeafDirective | TextDirective;

const COLONS = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;

/** The directive as the author wrote its name: `::trailer`, `:::gallery`. */
export function directiveName(node: Directive): string {
  return `${COLONS[node.type]}${node.name}`;
}

/** Fails on any attribute outside `allowed`, naming the ones that are. */
export function checkAttributes(
  file: VFile,
  node: Directive,
  allowed: readonly string[],
): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (!allowed.includes(key)) {
      const expected = allowed.length
        ? `expected only ${allowed.map((name) => `${name}="…"`).join(', ')}`
        : 'it takes no attributes';
      failAt(file, node, directiveName(node), `unknown attribute "${key}"; ${expected}`);
    }
    attributes[key] = value ?? '';
  }
  return attributes;
}

/** The `[label]` of a container directive, which remark-directive keeps as its first paragraph. */
export function containerLabel(node: ContainerDirective): Paragraph | undefined {
  const first = node.children[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
}
