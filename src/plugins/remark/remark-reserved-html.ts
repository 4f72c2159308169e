import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Html, Root } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../fail';
import { MEDIA_MARKER } from '../../lib/markup';

const RESERVED = new RegExp(`<\\/?${MEDIA_MARKER}\\b`, 'i');

/**
 * Elements an author's raw HTML may not hold, with why. No Content-Security-Policy
 * directive covers where a page navigates, so `<meta http-equiv="refresh">` would send
 * every reader elsewhere; `<base>` would point every relative link elsewhere; `<object>`
 * and `<embed>` load plug-in content the policy does not vet.
 */
const REFUSED_ELEMENTS: Record<string, string> = {
  meta: 'a <meta> element can send every reader to another page',
  base: 'a <base> element changes where every link of the page goes',
  object: 'an <object> element loads content no check has seen',
  embed: 'an <embed> element loads content no check has seen',
};

const EXPECTED =
  'expected plain HTML (text, links, images, tables); a trailer is ::trailer, an image ![alt](./still.jpg)';

/** What is wrong with one element of raw HTML, as `[subject, problem]`, or nothing. */
function refusal(element: Element): [string, string] | undefined {
  const { tagName, properties } = element;
  const why = REFUSED_ELEMENTS[tagName];
  // Bare, it does nothing; `<Base>` may be a film's title in brackets.
  if (why && Object.keys(properties).length)
    return [
      `<${tagName}>`,
      `found <${tagName}>, which Marquee does not allow in a post (${why}); ${EXPECTED}`,
    ];
  if (tagName === 'iframe' && properties.srcDoc !== undefined) {
    return [
      '<iframe srcdoc>',
      `found <iframe srcdoc>, a page written inside the attribute, which runs outside the site's checks; ${EXPECTED}`,
    ];
  }
  // With a value only: `<Carry On>` is a title in brackets (an empty `on` attribute), not a handler.
  const handler = Object.keys(properties).find(
    (name) => /^on[a-z]+$/i.test(name) && typeof properties[name] === 'string' && properties[name],
  );
  if (handler) {
    const attribute = handler.toLowerCase();
    return [
      `${attribute}=`,
      `found an ${attribute}="…" attribute on <${tagName}>, a script, which feeds would copy to readers' apps; remove it (scripts do not run in posts)`,
    ];
  }
  return undefined;
}

/** Where `element` starts in the post: its place inside the HTML, moved to the HTML's own. */
function placeIn(node: Html, element: Element): Position | undefined {
  const outer = node.position?.start;
  const inner = element.position?.start;
  if (!outer || !inner) return node.position;
  const start = {
    line: outer.line + inner.line - 1,
    column: inner.line === 1 ? outer.column + inner.column - 1 : inner.column,
  };
  return { start, end: start };
}

/**
 * Raw HTML is the author's own and passes through (authors are trusted with HTML), with
 * two kinds of exception, each an error at its line:
 *
 * - Marquee's internal media marker (`<marquee-media>`): written by hand it would be
 *   rendered as if a plugin had checked it, skipping the image and trailer checks.
 * - What goes beyond HTML into navigation or script, where the site's policy cannot
 *   follow (into feeds, or away from the site): `<meta>`, `<base>`, `<object>`,
 *   `<embed>`, `<iframe srcdoc>` and event-handler attributes (`onerror=`, `onclick=`…).
 */
export function remarkReservedHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node: Html) => {
      if (RESERVED.test(node.value)) {
        // A closing tag alone (`</marquee-media>`) belongs to an opening tag reported already.
        if (/^<\//.test(node.value.trim())) return;
        failAt(
          file,
          node,
          `<${MEDIA_MARKER}>`,
          `found a hand-written <${MEDIA_MARKER}> element, which only Marquee's plugins may make; expected an image (![alt](./still.jpg)), :::gallery or ::trailer`,
        );
        return;
      }
      visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
        const found = refusal(element);
        if (found) failAt(file, { ...node, position: placeIn(node, element) }, ...found);
      });
    });
  };
}
