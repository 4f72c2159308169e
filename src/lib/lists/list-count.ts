import { buildState } from '../build-state';

/**
 * How many lists the list loader stored, shared with the pages (another module instance):
 * a site without lists never asks Astro for the collection, which would log that it is empty.
 */
const state = buildState<{ count?: number | undefined }>('list-count', () => ({}));

/** Records the number of lists the loader stored. */
export function setListCount(count: number): void {
  state.count = count;
}

/** Whether the loader stored no list (`false` when it is not known). */
export function noLists(): boolean {
  return state.count === 0;
}
