import type { Html, Nodes, Parents, Root, Text } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import type { Point, Position } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { warnAt } from '../fail';

/**
 * The elements of HTML (with SVG's and MathML's roots), by lowercase name: a bracketed word
 * that is one of these, written in lowercase, is the element (`<br>`, `<main>`).
 */
const ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas ' +
    'caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i ' +
    'iframe img input ins kbd label legend li link main map mark math menu meta meter nav ' +
    'noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp ' +
    'script search section select slot small source span strong style sub summary sup svg table ' +
    'tbody td template textarea tfoot th thead time title tr track u ul var video wbr ' +
    // Old names browsers still know.
    'acronym big center font marquee nobr strike tt'
  ).split(' '),
);

/**
 * An opening tag with nothing but bare words after its name (`<Her>`, `<Carry On>`): no
 * `attribute="value"`, no `/>`. Group 1 is the name.
 */
const BARE_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s+[A-Za-z_:][\w.:-]*)*\s*>/;

/** Why a bracketed word is a title and not an element, or `undefined` when it is HTML. */
function titleKind(name: string, around: string): 'title' | 'element name' | undefined {
  const lower = name.toLowerCase();
  const escaped = name.replace(/[-]/g, '\\-');
  if (new RegExp(`</${escaped}\\s*>`, 'i').test(around)) return undefined;
  const known = ELEMENTS.has(lower) || lower.includes('-');
  if (/^[A-Z]/.test(name)) return known && !lower.includes('-') ? 'element name' : 'title';
  return known ? undefined : 'title';
}

/** Nodes whose `html` children are HTML blocks; in any other node, `html` is inline. */
const BLOCK_PARENTS = new Set([
  'root',
  'blockquote',
  'listItem',
  'footnoteDefinition',
  'containerDirective',
]);

/** The raw text of every `html` node among `siblings`: where a closing tag would be. */
const htmlOf = (siblings: readonly Nodes[]) =>
  siblings.map((node) => (node.type === 'html' ? node.value : '')).join('');

/**
 * `point`, moved from a parse of `\\` + `value` back into the post, where `value` starts
 * at `base` (the `\\` is not in the post).
 */
function moved(point: Point, base: Point): Point {
  const offset =
    base.offset === undefined || point.offset === undefined
      ? {}
      : { offset: base.offset + Math.max(point.offset - 1, 0) };
  if (point.line !== 1)
    return { line: point.line + base.line - 1, column: point.column, ...offset };
  return { line: base.line, column: Math.max(point.column - 1, 1) + base.column - 1, ...offset };
}

/**
 * Film titles in angle brackets stay text, as Korean bloggers write them
 * (`영화는 <Her>입니다`, `<Paterson>`). Markdown reads `<Her>` as an HTML element, which
 * the browser then hides. A tag is a title when it has no `attribute="value"`, its
 * closing tag is not in the same paragraph (or HTML block), and its name starts with a
 * capital letter or is not the name of an HTML element: `<Her>`, `<Carry On>`, `<her>`,
 * `<Main>` are titles; `<br>`, `<main>…</main>`, `<span class="x">` are HTML.
 * (`<그녀>` and `<헤어질 결심>` are text already: a tag name is Latin.)
 *
 * A title that is also an element's name (`<Main>`, `<Video>`) is reported as a warning
 * (a non-fatal message, source `marquee`, rule `bracket-title`), since the author may
 * have meant the element: `\<Main>` says "text" and silences it, `<main>` is the element.
 *
 * A title at the start of a line can open an HTML block, which would swallow the whole
 * paragraph as HTML: such a block is read again as Markdown, with the title escaped.
 * Runs before every check of raw HTML (remarkReservedHtml), which then sees only HTML.
 */
export function remarkBracketTitles(this: Processor) {
  const options: Options = {
    extensions: this.data('micromarkExtensions') ?? [],
    mdastExtensions: this.data('fromMarkdownExtensions') ?? [],
  };

  return (tree: Root, file: VFile) => {
    const warn = (name: string, written: string, position: Position | undefined) =>
      warnAt(
        file,
        { type: 'html', position },
        written,
        `kept as the text "${written}" (a film title in angle brackets); write <${name.toLowerCase()}> for the HTML element, or \\${written} to say it is text`,
      );

    const transform = (root: Parents) => {
      visit(root, 'html', (node: Html, index, parent) => {
        if (!parent || index === undefined) return;
        const tag = BARE_TAG.exec(node.value);
        const name = tag?.[1];
        if (!tag || !name) return;
        const block = BLOCK_PARENTS.has(parent.type);
        const inline = !block;
        const whole = tag[0] === node.value;
        if (inline && !whole) return;
        const around = block ? node.value : htmlOf(parent.children as Nodes[]);
        const kind = titleKind(name, around);
        if (!kind) return;
        if (kind === 'element name') warn(name, tag[0], node.position);

        if (inline) {
          const text: Text = { type: 'text', value: node.value, position: node.position };
          parent.children.splice(index, 1, text as never);
          return SKIP;
        }
        // A block: read it again as Markdown with the title escaped.
        const parsed = fromMarkdown(`\\${node.value}`, options);
        const base = node.position?.start;
        visit(parsed, (child) => {
          const place = child.position;
          if (!base || !place) {
            delete child.position;
            return;
          }
          child.position = { start: moved(place.start, base), end: moved(place.end, base) };
        });
        transform(parsed);
        const children = parsed.children;
        parent.children.splice(index, 1, ...(children as never[]));
        return [SKIP, index + children.length];
      });
    };
    transform(tree);
  };
}
