import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { renderMarkdown } from '../helpers/render-markdown';

/**
 * Markdown in, HTML out, for every plugin in src/plugins/index.ts: each
 * `fixtures/<plugin>/<case>/input.md` renders to `output.html` (and the media it records
 * to `media.json`), or fails with `error.txt` (the message an author sees, with file and line).
 */
const fixtures = path.join(import.meta.dirname, 'fixtures');
const cases = readdirSync(fixtures).flatMap((plugin) =>
  readdirSync(path.join(fixtures, plugin)).map((name) => ({
    plugin,
    name,
    folder: path.join(fixtures, plugin, name),
  })),
);

describe.each([...new Set(cases.map((item) => item.plugin))])('%s', (plugin) => {
  test.each(cases.filter((item) => item.plugin === plugin))('$name', async ({ folder }) => {
    const input = path.relative(process.cwd(), path.join(folder, 'input.md'));
    const markdown = readFileSync(input, 'utf8');
    const errorFile = path.join(folder, 'error.txt');
    if (!existsSync(errorFile)) {
      const { html, body } = await renderMarkdown(markdown, input);
      await expect(html).toMatchFileSnapshot(path.join(folder, 'output.html'));
      // The media stand as placeholders in the HTML; what each is travels as data.
      if (body.media.length)
        await expect(`${JSON.stringify(body.media, null, 2)}\n`).toMatchFileSnapshot(
          path.join(folder, 'media.json'),
        );
      return;
    }
    // Astro's processor also prints the error; the snapshot is what matters here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await renderMarkdown(markdown, input).then(
      () => undefined,
      (thrown: Error & { reason?: string }) => thrown,
    );
    quiet.mockRestore();
    expect(error, 'expected the build to fail').toBeDefined();
    await expect(`${error?.reason ?? error?.message}\n`).toMatchFileSnapshot(errorFile);
  });
});
