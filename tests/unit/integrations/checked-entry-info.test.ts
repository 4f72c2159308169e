import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { expect, test } from 'vitest';
import { checkedEntryInfo } from '../../../src/integrations/checked-entry-info';
import { readFrontmatter } from '../../../src/lib/check/frontmatter';

const fixtures = path.resolve('tests/fixtures');

/** Every Markdown post of the fixture sites and the check's fixtures. */
const posts = ['sites', 'check-post']
  .flatMap((dir) =>
    readdirSync(path.join(fixtures, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md') && file.includes(`reviews${path.sep}`))
      .map((file) => path.join(fixtures, dir, file)),
  )
  .sort();

/** What Astro's Markdown entry type reads (`safeParseFrontmatter`, then the body trimmed). */
function astroEntryInfo(contents: string) {
  const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  return {
    data: parsed.frontmatter,
    body: parsed.content.trim(),
    slug: (parsed.frontmatter as { slug?: string }).slug,
    rawData: parsed.rawFrontmatter,
  };
}

test('the fixtures hold enough posts to compare', () => {
  expect(posts.length).toBeGreaterThan(40);
});

test.each(posts.map((file) => [path.relative(fixtures, file), file]))(
  '%s: the entry info from the check is the one Astro reads',
  (_name, file) => {
    const contents = readFileSync(file, 'utf8');
    const checked = readFrontmatter(contents);
    // Posts the check refuses never reach Astro.
    if (checked.errors.length) return;
    const info = checkedEntryInfo(contents, checked.data as Record<string, unknown>);
    if (info === undefined) {
      // Only a file without YAML frontmatter is left to Astro.
      expect(contents).not.toMatch(/^\uFEFF?---/);
      return;
    }
    expect(info).toEqual(astroEntryInfo(contents));
  },
);

test('CRLF line endings, a BOM and a body that starts right after the fence', () => {
  for (const contents of [
    '\uFEFF---\r\ntitle: 그녀\r\n---\r\n본문\r\n',
    '---\ntitle: "a: b"\nslug: her\n---\n# 제목\n\n본문 --- 가운데\n',
    '\n\n---\ntitle: x\n---\n',
  ]) {
    const checked = readFrontmatter(contents);
    expect(checkedEntryInfo(contents, checked.data as Record<string, unknown>)).toEqual(
      astroEntryInfo(contents),
    );
  }
  expect(checkedEntryInfo('+++\ntitle = "x"\n+++\n본문', {})).toBeUndefined();
  expect(checkedEntryInfo('본문만', {})).toBeUndefined();
});
