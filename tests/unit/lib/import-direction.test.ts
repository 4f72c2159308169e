import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Imports run one way: pages → layouts → components → lib → schemas → lib/rules, with i18n
 * beside (lib/check, the checker, runs the schemas). This reads
 * every import specifier under a folder, so an import running back up fails here
 * instead of turning up as a cycle later.
 */
const src = path.join(import.meta.dirname, '../../../src');

/** Every relative specifier in a file: static and dynamic imports, re-exports, globs. */
function specifiers(code: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|import\.meta\.glob(?:<[^>]*>)?\(\s*)(['"])([^'"\n]+)\1/g;
  return [...code.matchAll(pattern)].map((match) => match[2] ?? '');
}

function importsOf(folder: string): { file: string; target: string }[] {
  return readdirSync(path.join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mts|astro)$/.test(file))
    .flatMap((file) => {
      const absolute = path.join(src, folder, file);
      return specifiers(readFileSync(absolute, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ({
          file: path.relative(src, absolute),
          target: path
            .relative(src, path.resolve(path.dirname(absolute), specifier))
            .split(path.sep)
            .join('/'),
        }));
    });
}

const reaches = (target: string, folders: string[]) => folders.some((folder) => target === folder || target.startsWith(`${folder}/`));

describe('import direction', () => {
  test('finds the imports it checks', () => {
    expect(importsOf('lib').length).toBeGreaterThan(20);
    expect(specifiers(`import a from './a';\nexport { b } from "../b";\nconst c = await import('./c');`)).toEqual(['./a', '../b', './c']);
  });

  test('nothing in lib/ imports a page, component, layout, plugin or integration', () => {
    const upward = importsOf('lib').filter(({ target }) => reaches(target, ['pages', 'components', 'layouts', 'plugins', 'integrations']));
    expect(upward).toEqual([]);
  });

  test('i18n/ and schemas/ import nothing above lib/', () => {
    const upward = [...importsOf('i18n'), ...importsOf('schemas')].filter(({ target }) =>
      reaches(target, ['pages', 'components', 'layouts', 'plugins', 'integrations']),
    );
    expect(upward).toEqual([]);
  });

  test('the lib helpers that schemas/ use (errors, video, date, slug and URL rules) import no schema, so lib → schemas (DESIGN.md) never forms a cycle', () => {
    const fromSchemas = importsOf('schemas').filter(({ target }) => reaches(target, ['lib']));
    const leaves = [...new Set(fromSchemas.map(({ target }) => target))].sort();
    expect(leaves).toContain('lib/errors');
    const leafImports = importsOf('lib').filter(({ file }) => leaves.some((leaf) => file.startsWith(leaf)));
    expect(leafImports.filter(({ target }) => reaches(target, ['schemas']))).toEqual([]);
  });

  test('lib/rules/ is the ground floor: nothing it reaches imports a schema, the checker, content/ or scripts/', () => {
    const all = [...importsOf('lib'), ...importsOf('schemas')];
    const fileOf = (target: string) =>
      [`${target}.ts`, `${target}/index.ts`].find((file) => all.some((edge) => edge.file === file)) ?? target;
    const seen = new Set(all.filter(({ file }) => file.startsWith('lib/rules/')).map(({ file }) => file));
    const reached: { file: string; target: string }[] = [];
    for (const file of seen) {
      for (const edge of all.filter((item) => item.file === file)) {
        reached.push(edge);
        seen.add(fileOf(edge.target));
      }
    }
    expect(reached.length).toBeGreaterThan(2);
    expect(reached.filter(({ target }) => reaches(target, ['schemas', 'lib/check', '../content', 'scripts']))).toEqual([]);
  });

  test('schemas/ never import the checker that runs them', () => {
    expect(importsOf('schemas').filter(({ target }) => reaches(target, ['lib/check']))).toEqual([]);
  });

  test('i18n/ imports nothing from lib/ (lib uses i18n)', () => {
    expect(importsOf('i18n').filter(({ target }) => reaches(target, ['lib']))).toEqual([]);
  });
});
