import { describe, expect, test } from 'vitest';
import { nuErrors } from '../helpers/nu-checker';
import { sharedBuild } from '../helpers/shared-build';

/**
 * The Nu HTML Checker over every built page of the sample site, its English twin and each
 * fixture site: stricter than html-validate about the document as a whole (a `<script>`
 * after `</html>`, a figure whose table has its own caption). The builds are the run's
 * shared ones, which other test files read too.
 */
const sites = [
  { name: 'the Korean sample site', fixture: 'sample' },
  { name: 'the English fixture site', fixture: 'english' },
  { name: 'the browse fixture', fixture: 'browse' },
  { name: 'the media fixture', fixture: 'media' },
  { name: 'the minimal fixture', fixture: 'minimal' },
  { name: 'the film-identity fixture', fixture: 'identities' },
  { name: 'the diary fixture', fixture: 'diary' },
  { name: 'the lists fixture', fixture: 'lists' },
];

describe.each(sites)('$name', ({ fixture }) => {
  test('every page passes the Nu HTML Checker with no errors', async () => {
    const build = await sharedBuild(fixture);
    if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
    expect(await nuErrors(build.site.dist)).toEqual([]);
  });
});
