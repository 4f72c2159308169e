// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports run one way: pages → layouts → components → lib → schemas → lib/rules, with
 * lib/check (the checker that runs the schemas) above the schemas; content/ reaches only
 * the settings schema, and src/ never reaches tests/. Each layer lists the folders it must
 * not import from, matched on the import's path (`../../schemas/review`).
 */
/** @param {...string} names */
const folders = (...names) => ({
  // The first folder the path reaches (`../../schemas/…`, `../lib/check/…`), not a wing of
  // the same name deeper down (`lib/share-cards/pages`).
  regex: `^(\\.{1,2}/)+(lib/)?(${names.join('|')})(/|$)`,
  message:
    'imports run one way: pages → layouts → components → lib → schemas → lib/rules (see README, "Code layout")',
});
const noTests = { regex: '^(\\.{1,2}/)+tests/', message: 'the site never imports the tests' };
const settingsOnce = {
  regex: '(^|/)content/site\\.config',
  message: 'read the settings from src/lib/site.ts, the one module tests replace',
};
/** Each layer and what it must not import, general before specific: a later block replaces an earlier one's rule for its files. */
/** @type {[string, { regex: string; message: string }[]][]} */
const layers = [
  ['src/**', []],
  ['src/lib/**', [folders('components', 'layouts', 'pages', 'integrations', 'plugins')]],
  [
    'src/lib/rules/**',
    [
      folders(
        'schemas',
        'check',
        'content',
        'scripts',
        'components',
        'layouts',
        'pages',
        'integrations',
        'plugins',
      ),
    ],
  ],
  [
    'src/schemas/**',
    [
      folders(
        'check',
        'content',
        'scripts',
        'components',
        'layouts',
        'pages',
        'integrations',
        'plugins',
      ),
    ],
  ],
  [
    'src/i18n/**',
    [{ regex: '^\\.\\./', message: 'i18n is a leaf: it imports nothing of the site' }],
  ],
  [
    'src/scripts/**',
    [
      folders(
        'check',
        'schemas',
        'content',
        'components',
        'layouts',
        'pages',
        'integrations',
        'plugins',
      ),
    ],
  ],
  ['src/plugins/**', [folders('components', 'layouts', 'pages', 'integrations')]],
  ['src/components/**', [folders('layouts', 'pages', 'integrations')]],
  ['src/layouts/**', [folders('pages', 'integrations')]],
];
/**
 * @param {{ regex: string; message: string }[]} patterns
 * @returns {import('eslint').Linter.RuleEntry}
 */
const restrict = (patterns) => ['error', { patterns }];
/** @type {import('eslint').Linter.Config[]} */
const restrictedImports = [
  ...layers.map(([files, patterns]) => ({
    files: [`${files}/*.ts`, `${files}/*.astro`],
    rules: {
      'no-restricted-imports': restrict([...patterns, noTests, settingsOnce]),
    },
  })),
  // The one module that reads the author's settings.
  {
    files: ['src/lib/site.ts'],
    rules: { 'no-restricted-imports': restrict([...(layers[1]?.[1] ?? []), noTests]) },
  },
  {
    files: ['content/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          regex: '^(?!\\.\\./src/schemas/site$)',
          message: 'content/ imports only the settings schema (../src/schemas/site)',
        },
      ]),
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.cache/',
      'tests/.tmp/',
      'tests/fixtures/',
      'tests/plugins/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  // astro-eslint-parser does not support the project service (it warns and falls back to a
  // slow `project: true` program per file), so .astro files get the untyped rules; `astro
  // check` type-checks them. Plain JavaScript config files are not in the TypeScript project.
  {
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `const { avif: _, ...rest } = options` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `try { localStorage… } catch {}`: storage may be blocked, and then there is nothing to do.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  ...restrictedImports,
);
