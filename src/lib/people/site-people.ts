import { buildState } from '../build-state';
import { EMPTY_REGISTRY, type PeopleRegistry } from './registry';

/**
 * The site's `content/people.yaml`, as the review loader last read and checked it (with
 * the posts, so a change to it under `astro dev` reloads like a post), for the pages.
 */
const state = buildState('people-registry', () => ({ registry: EMPTY_REGISTRY }));

export function setSitePeople(registry: PeopleRegistry): void {
  state.registry = registry;
}

export function sitePeople(): PeopleRegistry {
  return state.registry;
}
