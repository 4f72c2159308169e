import { parse, type HTMLElement } from 'node-html-parser';

/** Parses built HTML for assertions with CSS selectors. */
export function html(source: string): HTMLElement {
  return parse(source, { comment: false });
}

/** Text of an element with whitespace collapsed, as a reader sees it. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
