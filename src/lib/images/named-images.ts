import { buildState } from '../build-state';

/**
 * The local images that the published posts' bodies name, recorded by the review loader
 * after each content sync (Astro's Markdown processor lists them per post) and read by
 * the `virtual:marquee/content-images` module (`src/integrations/content-images.ts`), which
 * imports exactly these: no other file under `content/` reaches the bundler or `dist/`.
 * Build state (`buildState`): the loader and the Vite plugin are separate module instances
 * in one process.
 */

interface NamedImages {
  /** Project-relative image paths (`content/reviews/her/still-1.jpg`), sorted. */
  files: string[];
  /** Called after each change (the dev server drops its copy of the module). */
  listeners: Set<() => void>;
}

const holder = () =>
  buildState<NamedImages>('named-body-images', () => ({ files: [], listeners: new Set() }));

/** Records the images the posts name; `files` are project-relative paths. */
export function setNamedImages(files: Iterable<string>): void {
  const state = holder();
  const sorted = [...new Set(files)].sort();
  if (sorted.join('\n') === state.files.join('\n')) return;
  state.files = sorted;
  for (const listener of state.listeners) listener();
}

/** The recorded images (none before the first content sync). */
export function namedImages(): readonly string[] {
  return holder().files;
}

/** Calls `listener` whenever the recorded images change; returns the way to stop. */
export function onNamedImagesChange(listener: () => void): () => void {
  holder().listeners.add(listener);
  return () => holder().listeners.delete(listener);
}
