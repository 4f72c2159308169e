import { expect, test } from 'vitest';
import { html } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

const headerLinks = async (fixture: string) => {
  const build = await sharedBuild(fixture);
  if (!build.ok) throw new Error(`The ${fixture} fixture did not build:\n${build.output}`);
  return html(build.site.read('index.html'))
    .querySelectorAll('.site-header nav a')
    .map((link) => link.getAttribute('href'));
};

test('the menu leaves out taxonomies no review has a term of', async () => {
  // The minimal fixture's reviews name no genre and no person.
  const minimal = await headerLinks('minimal');
  expect(minimal).not.toContain('/genres/');
  expect(minimal).not.toContain('/people/');
  expect(minimal).toEqual(expect.arrayContaining(['/', '/diary/', '/stats/', '/search/']));
  expect(await headerLinks('diary')).toEqual(expect.arrayContaining(['/genres/', '/people/']));
});

test('the browse links under a list page heading leave them out too', async () => {
  const browseLinks = async (fixture: string) => {
    const build = await sharedBuild(fixture);
    return html(build.site.read('stats/index.html'))
      .querySelectorAll('.browse-nav a')
      .map((link) => link.getAttribute('href'));
  };
  const minimal = await browseLinks('minimal');
  expect(minimal).not.toContain('/genres/');
  expect(minimal).not.toContain('/people/');
  expect(minimal).toEqual(expect.arrayContaining(['/archive/', '/diary/', '/stats/']));
  expect(await browseLinks('diary')).toEqual(expect.arrayContaining(['/genres/', '/people/']));
});
