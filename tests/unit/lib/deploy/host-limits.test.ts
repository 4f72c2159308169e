import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { hostLimits, siteSize } from '../../../../src/integrations/host-limits';
import { HOST_LIMITS, hostLimitWarning } from '../../../../src/lib/deploy/host-limits';

describe('hostLimitWarning', () => {
  test('nothing while dist/ fits GitHub Pages and Cloudflare Pages', () => {
    expect(hostLimitWarning({ files: 20_000, bytes: 1_000_000_000 })).toBeUndefined();
  });

  test('one line naming each limit passed, and the setting', () => {
    expect(hostLimitWarning({ files: 20_001, bytes: 400_000_000 })).toBe(
      'dist/ holds 20,001 files, 400 MB: more than Cloudflare Pages 20,000 files; set scale in content/site.config.ts to publish less (README, "Speed and size")',
    );
    expect(hostLimitWarning({ files: 1_500, bytes: 1_200_000_000 })).toBe(
      'dist/ holds 1,500 files, 1,200 MB: more than GitHub Pages takes 1,000 MB; set scale in content/site.config.ts to publish less (README, "Speed and size")',
    );
    expect(hostLimitWarning({ files: 31_000, bytes: 1_600_000_000 })).toMatch(
      /^dist\/ holds 31,000 files, 1,600 MB: more than GitHub Pages takes 1,000 MB and Cloudflare Pages 20,000 files; /,
    );
  });
});

describe('the host-limits integration', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'marquee-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(path.join(dist, 'reviews/a'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), 'x'.repeat(600));
  writeFileSync(path.join(dist, 'reviews/a/index.html'), 'x'.repeat(500));

  const run = (limits: typeof HOST_LIMITS) => {
    const warn = vi.fn();
    const hook = hostLimits(limits).hooks['astro:build:done'] as unknown as (options: {
      dir: URL;
      logger: Pick<AstroIntegrationLogger, 'warn'>;
    }) => void;
    hook({ dir: pathToFileURL(`${dist}/`), logger: { warn } });
    return warn.mock.calls.map(([line]) => line as string);
  };

  test('counts every file under dist/ and its bytes', () => {
    expect(siteSize(dist)).toEqual({ files: 2, bytes: 1100 });
  });

  test('warns once, in one line, only when a limit is passed', () => {
    expect(run(HOST_LIMITS)).toEqual([]);
    const lines = run({ githubPagesBytes: 1000, cloudflarePagesFiles: 1 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).toMatch(
      /^dist\/ holds 2 files, 0 MB: more than GitHub Pages takes 0 MB and Cloudflare Pages 1 files;/,
    );
  });
});
