import type { FilmFacts } from './film-facts';
import type { BundleImage } from './images';

/** One post ready to become a page bundle. */
export interface ImportedPost {
  /** Where it came from (a file, or a CSV line), for the report. */
  source: string;
  /** Name for the bundle's folder (the post or film title). */
  slugTitle: string;
  /** Frontmatter, in the order written; `draft: true` is always added. */
  frontmatter: {
    title: string;
    pubDate: string;
    category?: string | undefined;
    tags?: string[] | undefined;
    rating?: number | undefined;
    watched?: string | undefined;
    rewatch?: boolean | undefined;
    liked?: boolean | undefined;
    movie: FilmFacts & { title: string; poster?: string | undefined; trailer?: string | undefined };
  };
  body: string;
  images: BundleImage[];
  /** What could not be mapped, one line each. */
  notes: string[];
}
