/**
 * Build-wide state shared between module instances of one process. Astro loads the
 * config, the content layer and the pages as separate module graphs, so a module-level
 * variable set by the review loader is not the one a page reads; each slot lives on
 * `globalThis` under a registered symbol (`marquee.<name>`), created on first use.
 *
 *     const cardStats = buildState('card-stats', () => ({ drawn: 0 }));
 */
export function buildState<T extends object>(name: string, initial: () => T): T {
  const key = Symbol.for(`marquee.${name}`);
  const slots = globalThis as Record<symbol, unknown>;
  return (slots[key] ??= initial()) as T;
}
