/**
 * The local images that the published posts' bodies name, recorded by the review loader
 * after each content sync (Astro's Markdown processor lists them per post) and read by
 * the `virtual:marquee/content-images` module (`src/integrations/content-images.ts`), which
 * imports exactly these: no other file under `content/` reaches the bundler or `dist/`.
 * Shared through a registered symbol: the loader and the Vite plugin are separate module
 * instances in one process.
 */
const KEY = Symbol.for('marquee.named-body-images');

interface NamedImages {
  /** Project-relative image paths (`content/reviews/her/still-1.jpg`), sorted. */
  files: string[];
  /** Called after each change (the dev server drops its copy of the module). */
  listeners: Set<() => void>;
}

function holder(): NamedImages {
  const slots = globalThis as { [KEY]?: NamedImages };
  return (slots[KEY] ??= { files: [], listeners: new Set() });
}

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
