import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { nuErrors } from '../helpers/nu-checker';

/**
 * The Nu HTML Checker over every built page of the sample site and of each fixture site:
 * stricter than html-validate about the document as a whole (a `<script>` after `</html>`,
 * a figure whose table has its own caption).
 */
const sites = [
  { name: 'the sample site', content: undefined },
  { name: 'the browse fixture', content: 'tests/fixtures/sites/browse/content' },
  { name: 'the media fixture', content: 'tests/fixtures/sites/media/content' },
  { name: 'the minimal fixture', content: 'tests/fixtures/sites/minimal/content' },
];

const built: BuiltSite[] = [];
afterAll(() => {
  for (const site of built) site.remove();
});

describe.each(sites)('$name', ({ content }) => {
  test('every page passes the Nu HTML Checker with no errors', async () => {
    const build = await buildSite({ content });
    built.push(build.site);
    if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
    expect(await nuErrors(build.site.dist)).toEqual([]);
  });
});
