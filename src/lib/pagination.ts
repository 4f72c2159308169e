/** A page number to link, or a gap (`…`) standing for the pages left out. */
export type PageItem = number | 'gap';

/**
 * The page numbers a pagination bar shows: the first, the last, and `radius` pages on
 * each side of the current one, with a gap where pages are left out (a gap never hides
 * a single page: that page is shown instead).
 */
export function pageItems(current: number, total: number, radius = 2): PageItem[] {
  const shown = new Set<number>([1, total]);
  for (let page = current - radius; page <= current + radius; page += 1)
    if (page >= 1 && page <= total) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of pages) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) items.push('gap');
    items.push(page);
  }
  return items;
}

/** Splits a list into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size));
  return pages.length ? pages : [[]];
}
