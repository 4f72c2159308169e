/**
 * Writes a Letterboxd export into the blog and keeps it in step with later exports: each
 * review becomes a draft bundle with its entry in `content/diary.yaml`, every other viewing
 * an entry. A viewing already in `diary.yaml` (same Letterboxd URI and watch date) is never
 * written again: it is unchanged, or the author edited it (the entry, or the review's
 * bundle) and it is kept as they left it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { slugCollisionKey } from '../../lib/rules/slug-rules';
import { slugFromEntryPath } from '../../lib/slugs';
import { existingSlugs, folderForTitle } from '../content-folder';
import { bundleText } from './bundle';
import { viewingKey, type DiaryItem, type LetterboxdViewing } from './letterboxd';

export interface SyncResult {
  /** The bundles written (`…/index.md`). */
  written: string[];
  /** One line per new review. */
  lines: string[];
  /** "12 new viewings, 3 new reviews, 385 unchanged, 1 edited locally and kept". */
  summary: string;
}

/** Drops empty values so an entry holds only what was found (as bundle frontmatter does). */
function compact(value: unknown, sorted = false): unknown {
  if (Array.isArray(value)) return value.map((item) => compact(item, sorted));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined && !(Array.isArray(item) && !item.length))
      .map(([key, item]) => [key, compact(item, sorted)] as const);
    return Object.fromEntries(sorted ? entries.sort(([a], [b]) => (a < b ? -1 : 1)) : entries);
  }
  return value;
}

/** The same entry, whatever order its keys are written in. */
const same = (a: unknown, b: unknown) =>
  JSON.stringify(compact(a, true)) === JSON.stringify(compact(b, true));

/** `diary.yaml` as a document (the author's comments and order kept), or a new empty list. */
function readDiaryDocument(file: string): Document {
  const document: Document = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '', {
    schema: 'core',
  });
  if (document.errors.length)
    throw new Error(
      `${file}: ${document.errors[0]!.message.split('\n')[0]}; fix it (npm run check) before importing again`,
    );
  if (document.contents === null) document.contents = document.createNode([]);
  if (!isSeq(document.contents))
    throw new Error(`${file}: expected a list of viewings; fix it before importing again`);
  return document;
}

/** The folder of a new review: `her-2013`, or `her-2013-2024-03-01` (its watch date) for a later review of the film. */
function reviewFolder(reviewsDir: string, viewing: LetterboxdViewing, taken: Map<string, string>) {
  const post = viewing.post!;
  const base = folderForTitle(post.slugTitle) || 'imported';
  const candidates = [
    base,
    `${base}-${post.frontmatter.watched ?? post.frontmatter.pubDate}`,
    ...Array.from(
      { length: 20 },
      (_, n) => `${base}-${post.frontmatter.watched ?? post.frontmatter.pubDate}-${n + 2}`,
    ),
  ];
  const free = candidates.find(
    (folder) =>
      !taken.has(slugCollisionKey(slugFromEntryPath(`${folder}/index.md`))) &&
      !existsSync(path.join(reviewsDir, folder)),
  )!;
  taken.set(slugCollisionKey(slugFromEntryPath(`${free}/index.md`)), `${free}/index.md`);
  return free;
}

/** Imports `viewings` (oldest first on disk) into `contentDir`, as the module header says. */
export function syncLetterboxd(contentDir: string, viewings: LetterboxdViewing[]): SyncResult {
  const reviewsDir = path.join(contentDir, 'reviews');
  const diaryFile = path.join(contentDir, 'diary.yaml');
  const document = readDiaryDocument(diaryFile);
  const list = document.contents as unknown as { items: unknown[] };
  const existing = new Map<string, { item: DiaryItem; node?: YAMLMap }>();
  for (const node of list.items) {
    if (!isMap(node)) continue;
    const item = node.toJSON() as Partial<DiaryItem>;
    if (item.film?.letterboxd)
      existing.set(viewingKey(item.film.letterboxd, item.watched), {
        item: item as DiaryItem,
        node,
      });
  }
  const taken = existingSlugs(reviewsDir);
  const result: SyncResult = { written: [], lines: [], summary: '' };
  const counts = { viewings: 0, reviews: 0, unchanged: 0, edited: 0 };
  // Oldest first, so a film's first review gets the plain folder name and rewatches the dated ones.
  const ordered = [...viewings].sort((a, b) =>
    (a.entry.watched ?? '') < (b.entry.watched ?? '')
      ? -1
      : (a.entry.watched ?? '') > (b.entry.watched ?? '')
        ? 1
        : 0,
  );
  for (const viewing of ordered) {
    const known = existing.get(viewing.key);
    // A viewing logged before and reviewed since: the review is new, the entry gains its link.
    const newReview = viewing.post && (!known || known.item.review === undefined);
    if (known && !newReview) {
      const review = known.item.review;
      const bundle =
        review &&
        path.join(reviewsDir, taken.get(slugCollisionKey(review)) ?? `${review}/index.md`);
      const entryKept = same({ ...known.item, review: undefined }, viewing.entry);
      const bundleKept =
        !viewing.post ||
        !bundle ||
        !existsSync(bundle) ||
        readFileSync(bundle, 'utf8') === bundleText(viewing.post);
      if (entryKept && bundleKept) counts.unchanged += 1;
      else counts.edited += 1;
      continue;
    }
    let review: string | undefined;
    if (viewing.post) {
      const folder = reviewFolder(reviewsDir, viewing, taken);
      const target = path.join(reviewsDir, folder);
      mkdirSync(target, { recursive: true });
      const file = path.join(target, 'index.md');
      writeFileSync(file, bundleText(viewing.post), { flag: 'wx' });
      result.written.push(file);
      result.lines.push(`✓ ${viewing.post.source} → ${path.relative(process.cwd(), file)} (draft)`);
      result.lines.push(...viewing.post.notes.map((note) => `    - ${note}`));
      review = slugFromEntryPath(`${folder}/index.md`);
      counts.reviews += 1;
    } else counts.viewings += 1;
    if (known?.node) {
      known.node.set('review', review);
      continue;
    }
    const entry: DiaryItem = { ...viewing.entry, review };
    list.items.push(document.createNode(compact(entry), { flow: false }));
    existing.set(viewing.key, { item: entry });
  }
  if (counts.reviews || counts.viewings) {
    mkdirSync(contentDir, { recursive: true });
    writeFileSync(diaryFile, document.toString({ lineWidth: 0 }));
  }
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  result.summary = `${plural(counts.viewings, 'new viewing')}, ${plural(counts.reviews, 'new review')}, ${counts.unchanged} unchanged, ${counts.edited} edited locally and kept`;
  return result;
}
