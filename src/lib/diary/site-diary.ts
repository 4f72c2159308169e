import { buildState } from '../build-state';
import type { DiaryEntry } from './diary-file';

/**
 * The site's `content/diary.yaml`, as the review loader last read and checked it (with the
 * posts, so a change to it under `astro dev` reloads like a post), for the pages.
 */
const state = buildState('diary-entries', () => ({ entries: [] as DiaryEntry[] }));

export function setSiteDiary(entries: DiaryEntry[]): void {
  state.entries = entries;
}

export function siteDiary(): DiaryEntry[] {
  return state.entries;
}
