import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { publishDrafts, withoutDraft } from '../../../src/cli/publish-drafts';
import { repoRoot } from '../../helpers/build-site';

describe('withoutDraft', () => {
  test.each([
    ['---\ntitle: A\ndraft: true\n---\n\nText\n', '---\ntitle: A\n---\n\nText\n'],
    ['---\r\ntitle: A\r\ndraft: true\r\n---\r\n', '---\r\ntitle: A\r\n---\r\n'],
    ['---\ndraft: True  # until checked\ntitle: A\n---\n', '---\ntitle: A\n---\n'],
  ])('removes the draft line of %j', (text, expected) => {
    expect(withoutDraft(text)).toBe(expected);
  });

  test.each([
    '---\ntitle: A\ndraft: false\n---\n',
    '---\ntitle: A\n---\n\ndraft: true\n',
    'no frontmatter\ndraft: true\n',
  ])('leaves %j alone', (text) => {
    expect(withoutDraft(text)).toBeUndefined();
  });
});

describe('publishDrafts', () => {
  let reviews: string;
  const post = (slug: string, draft: boolean) => {
    mkdirSync(path.join(reviews, slug), { recursive: true });
    writeFileSync(
      path.join(reviews, slug, 'index.md'),
      `---\ntitle: ${slug}\npubDate: 2024-01-01\n${draft ? 'draft: true\n' : ''}movie:\n  title: ${slug}\n---\n\nText with draft: true in it.\n`,
    );
  };
  const read = (slug: string) => readFileSync(path.join(reviews, slug, 'index.md'), 'utf8');

  beforeEach(() => {
    mkdirSync(path.join(repoRoot, 'tests/.tmp'), { recursive: true });
    reviews = path.join(mkdtempSync(path.join(repoRoot, 'tests/.tmp/publish-')), 'content/reviews');
    post('her', true);
    post('paterson', true);
    post('aftersun', false);
  });
  afterEach(() => rmSync(path.dirname(path.dirname(reviews)), { recursive: true, force: true }));

  test('publishes the named drafts and says which were not drafts', () => {
    expect(publishDrafts(reviews, { slugs: ['her', 'aftersun'], all: false })).toEqual({
      published: ['her/index.md'],
      already: ['aftersun/index.md'],
    });
    expect(read('her')).not.toMatch(/^draft:/m);
    expect(read('her')).toContain('Text with draft: true in it.');
    expect(read('paterson')).toMatch(/^draft: true$/m);
  });

  test('--all-drafts publishes every draft', () => {
    expect(publishDrafts(reviews, { slugs: [], all: true })).toEqual({
      published: ['her/index.md', 'paterson/index.md'],
      already: [],
    });
  });

  test('an unknown slug publishes nothing and names the slug', () => {
    expect(() => publishDrafts(reviews, { slugs: ['her', 'hre'], all: false })).toThrow(
      /no review with the slug "hre"/,
    );
    expect(read('her')).toMatch(/^draft: true$/m);
  });

  test('through npm: what it published, and exit codes', () => {
    const content = path.dirname(reviews);
    const run = (...args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'publish', '--', '--content', content, ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
    const ok = run('her');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/✓ published .*her\/index\.md\n1 review published/);
    const bad = run('nope');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('no review with the slug "nope"');
  });
});
