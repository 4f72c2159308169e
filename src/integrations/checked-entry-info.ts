import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** What Astro's Markdown entry type reads from a file before the glob loader compares digests. */
export interface EntryInfo {
  data: Record<string, unknown>;
  body: string;
  slug: string;
  rawData: string;
}

/**
 * The entry info Astro's Markdown entry type would read from `contents`, given the data the
 * check already parsed from it (with Astro's YAML options): the body as Astro cuts it (the
 * frontmatter blanked out, then trimmed). `undefined` for a file without YAML frontmatter
 * (none, or TOML's `+++`): Astro reads those itself.
 */
export function checkedEntryInfo(
  contents: string,
  data: Record<string, unknown>,
): EntryInfo | undefined {
  const raw = extractFrontmatter(contents);
  if (raw === undefined || !/^\uFEFF?---|^\s*\n---/.test(contents)) return undefined;
  const body = contents.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `).trim();
  return { data, body, slug: data.slug as string, rawData: raw };
}
