import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runImport } from '../../src/cli/import/run-import';
import { repoRoot } from '../helpers/build-site';

const fixtures = path.join(repoRoot, 'tests/fixtures/import');
const NOW = new Date('2024-01-01T00:00:00Z');
const site = { timeZone: 'Asia/Seoul' };
const tmp = mkdtempSync(path.join(repoRoot, 'tests/.tmp/import-folder-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('importing a whole saved blog (a folder of saved pages)', () => {
  const content = path.join(tmp, 'content');
  cpSync(path.join(repoRoot, 'tests/fixtures/sites/minimal/content'), content, { recursive: true });
  const saved = path.join(fixtures, 'tistory-blog');

  test('every *.html in the folder becomes a draft, and import-report.md says what was mapped', async () => {
    const report = await runImport(content, site, { pages: [saved] }, NOW);
    expect(report.written.map((file) => path.relative(content, file))).toEqual([
      'reviews/캐롤-눈빛이-전부인-영화/index.md',
      'reviews/영화-리뷰-그녀-목소리와-사랑에-빠진-남자/index.md',
    ]);
    expect(
      readdirSync(path.join(content, 'reviews/영화-리뷰-그녀-목소리와-사랑에-빠진-남자')).sort(),
    ).toEqual(['image-1.jpg', 'image-2.jpg', 'image-3.png', 'image-4.webp', 'index.md']);
    await expect(readFileSync(path.join(content, 'import-report.md'), 'utf8')).toMatchFileSnapshot(
      path.join(saved, 'expected-import-report.md'),
    );
  });

  test('a second run skips what is already imported (its folder exists) and says so', async () => {
    const report = await runImport(content, site, { pages: [saved] }, NOW);
    expect(report.written).toEqual([]);
    await expect(readFileSync(path.join(content, 'import-report.md'), 'utf8')).toMatchFileSnapshot(
      path.join(saved, 'expected-reimport-report.md'),
    );
  });
});
