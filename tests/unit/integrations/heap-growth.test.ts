import { afterEach, expect, test, vi } from 'vitest';

vi.mock('node:v8', () => ({ setFlagsFromString: vi.fn() }));

afterEach(() => vi.clearAllMocks());

async function runConfigSetup(percent?: number) {
  const { heapGrowth } = await import('../../../src/integrations/heap-growth');
  const { setFlagsFromString } = await import('node:v8');
  const hook = heapGrowth(percent).hooks['astro:config:setup'] as () => void;
  hook();
  return vi.mocked(setFlagsFromString).mock.calls;
}

test('the build process collects garbage before its heap grows by more than half', async () => {
  expect(await runConfigSetup()).toEqual([['--heap-growing-percent=50']]);
});

test('the growth is a setting of the integration', async () => {
  expect(await runConfigSetup(20)).toEqual([['--heap-growing-percent=20']]);
});
