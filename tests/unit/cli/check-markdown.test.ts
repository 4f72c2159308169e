import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkMarkdown } from '../../../src/cli/check-markdown';

const folder = mkdtempSync(path.join(tmpdir(), 'marquee-check-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What `npm run check` reports for a post with `body` under a five-line frontmatter (body from line 7). */
async function reported(body: string): Promise<string | undefined> {
  const file = path.join(folder, 'index.md');
  writeFileSync(file, `---\ntitle: X\npubDate: 2024-01-02\nmovie:\n  title: X\n---\n${body}`);
  return checkMarkdown(body, file).then(
    () => undefined,
    (error: Error & { reason?: string }) => error.reason ?? error.message,
  );
}

test('an unclosed :::spoiler is reported at the line that opens it, in the post file', async () => {
  expect(
    await reported('First.\n\n:::spoiler[결말]\n사만다는 떠난다.\n\n## 후기\n\n끝.\n'),
  ).toMatch(/index\.md:9:1 :::spoiler: opened here but never closed/);
});

test('a closed spoiler passes', async () => {
  expect(
    await reported('First.\n\n:::spoiler[결말]\n사만다는 떠난다.\n:::\n\n## 후기\n'),
  ).toBeUndefined();
});

test.each([
  ['<meta http-equiv="refresh" content="0; url=https://example.com/">', '9:1 <meta>'],
  ['<p>A <img src="x.png" alt="" onerror="alert(1)"></p>', '9:6 onerror='],
  ['<iframe srcdoc="<p>hi</p>"></iframe>', '9:1 <iframe srcdoc>'],
])('raw HTML %s is refused by the check as by the build', async (html, where) => {
  expect(await reported(`First.\n\n${html}\n`)).toContain(`index.md:${where}: found`);
});
