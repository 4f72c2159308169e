import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../helpers/build-site';

/**
 * The import direction is declared per folder in eslint.config.js (`no-restricted-imports`):
 * a planted upward import in each layer must fail `npm run lint`, and the same import in
 * the right direction must pass.
 */
const eslint = new ESLint({
  cwd: repoRoot,
  // The planted files are not on disk, so the TypeScript project service cannot type them;
  // the import rules need no types.
  overrideConfig: tseslint.configs.disableTypeChecked,
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const UPWARD: [string, string, string][] = [
  [
    'lib/rules → schemas',
    'src/lib/rules/planted.ts',
    "import { reviewSchema } from '../../schemas/review';",
  ],
  [
    'lib/rules → lib/check',
    'src/lib/rules/planted.ts',
    "import { checkPost } from '../check/validate-post';",
  ],
  [
    'lib/rules → scripts',
    'src/lib/rules/planted.ts',
    "import { THEME_STORAGE_KEY } from '../../scripts/theme';",
  ],
  [
    'schemas → lib/check',
    'src/schemas/planted.ts',
    "import { checkPost } from '../lib/check/validate-post';",
  ],
  [
    'lib → components',
    'src/lib/planted.ts',
    "import Card from '../components/review/ReviewCard.astro';",
  ],
  [
    'lib → integrations',
    'src/lib/feeds/planted.ts',
    "import { shareCards } from '../../integrations/share-cards';",
  ],
  [
    'components → layouts',
    'src/components/review/planted.ts',
    "import Layout from '../../layouts/BaseLayout.astro';",
  ],
  ['layouts → pages', 'src/layouts/planted.ts', "import Page from '../pages/index.astro';"],
  ['i18n → lib', 'src/i18n/planted.ts', "import { site } from '../lib/site';"],
  [
    'settings read past lib/site.ts',
    'src/lib/feeds/planted.ts',
    "import settings from '../../../content/site.config';",
  ],
  [
    'src → tests',
    'src/lib/planted.ts',
    "import { repoRoot } from '../../tests/helpers/build-site';",
  ],
  ['content → lib', 'content/planted.ts', "import { site } from '../src/lib/site';"],
];

const ALLOWED: [string, string, string][] = [
  [
    'lib/check → schemas',
    'src/lib/check/planted.ts',
    "import { reviewSchema } from '../../schemas/review';",
  ],
  [
    'schemas → lib/rules',
    'src/schemas/planted.ts',
    "import { slugProblem } from '../lib/rules/slug-rules';",
  ],
  [
    'components → lib (a wing named pages)',
    'src/components/head/planted.ts',
    "import { cardFor } from '../../lib/share-cards/pages';",
  ],
  ['lib/site.ts → content', 'src/lib/site.ts', "import settings from '../../content/site.config';"],
  [
    'content → the settings schema',
    'content/planted.ts',
    "import { defineSite } from '../src/schemas/site';",
  ],
];

const use = (code: string) =>
  `${code}\nexport const used = [${/import (?:\{ )?(\w+)/.exec(code)?.[1]}];\n`;

describe('the declared import direction', () => {
  test.each(UPWARD)('%s fails lint', async (_name, file, code) => {
    expect(await ruleIds(file, use(code))).toContain('no-restricted-imports');
  });

  test.each(ALLOWED)('%s passes', async (_name, file, code) => {
    expect(await ruleIds(file, use(code))).not.toContain('no-restricted-imports');
  });
});
