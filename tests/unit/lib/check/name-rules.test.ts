import { describe, expect, test } from 'vitest';
import { checkText } from '../../../helpers/check-post';
import { fileEnding, MAX_NAME_BYTES } from '../../../../src/lib/rules/slug-rules';
import { termSlug } from '../../../../src/lib/slugs';

/** The problems `npm run check` (and the build) report for a post, as `line field: message`. */
async function problemsOf(frontmatter: string, entry = 'her/index.md'): Promise<string[]> {
  const source = `---\ntitle: 그녀\npubDate: 2022-06-18\n${frontmatter}movie:\n  title: Her\n---\n\nBody.\n`;
  const { problems } = await checkText(source, entry);
  return problems.map((problem) => `${problem.line} ${problem.field}: ${problem.message}`);
}

/** `n` ASCII letters, or `n` Korean syllables (3 UTF-8 bytes each). */
const latin = (n: number) => 'a'.repeat(n);
const korean = (n: number) => '가'.repeat(n);

describe('slugs that end like a file', () => {
  test.each(['foo.json', 'foo.XML', 'her.html', 'notes.txt', 'poster.png', 'index.htm', '.json'])(
    'slug: %s is refused at its line',
    async (slug) => {
      const problems = await problemsOf(`slug: "${slug}"\n`);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /^4 slug: found ".*", which ends like a \.\w+ file, so hosts would serve its address as one; expected a slug without a file ending/,
      );
    },
  );

  test('a folder named foo.json is refused, naming the folder', async () => {
    const problems = await problemsOf('', 'foo.json/index.md');
    expect(problems).toEqual([
      expect.stringMatching(
        /^1 folder name: found "foo\.json", which ends like a \.json file.*such as "foo-json".*rename the folder or set "slug:"$/,
      ),
    ]);
  });

  test.each(['her-2013', 'blade-runner-2.0', 'vol.2', 'her.v', '그녀'])(
    'slug: %s is accepted',
    async (slug) => {
      expect(await problemsOf(`slug: "${slug}"\n`)).toEqual([]);
    },
  );

  test('endings are the ones hosts serve by', () => {
    expect(
      ['json', 'xml', 'html', 'txt', 'png', 'webmanifest', 'pdf'].map((name) =>
        fileEnding(`a.${name}`),
      ),
    ).not.toContain(undefined);
    expect(fileEnding('a.2')).toBeUndefined();
  });
});

describe('names too long for a file system', () => {
  test('the limit leaves room in 255 bytes for a preview card name', () => {
    expect(MAX_NAME_BYTES + '.1a2b3c4d5e6f.png'.length + '-99'.length).toBeLessThanOrEqual(255);
  });

  test.each([
    ['Latin', latin(MAX_NAME_BYTES), latin(MAX_NAME_BYTES + 1)],
    ['Korean (3 bytes a syllable)', korean(66), korean(67)],
  ])('%s slug: exactly the limit passes, one more character fails', async (_script, fits, over) => {
    expect(await problemsOf(`slug: ${fits}\n`)).toEqual([]);
    const problems = await problemsOf(`slug: ${over}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^4 slug: found the slug ".{37}…", which is ${Buffer.byteLength(over)} bytes long, expected at most 200 bytes`,
      ),
    );
  });

  test('a folder name of 201 bytes is refused: 67 Korean syllables', async () => {
    const problems = await problemsOf('', `${korean(67)}/index.md`);
    expect(problems).toEqual([
      expect.stringMatching(
        /^1 folder name: found the slug "가+…", which is 201 bytes long, expected at most 200 bytes/,
      ),
    ]);
  });

  test('each segment of a nested slug counts on its own', async () => {
    expect(await problemsOf('', `${latin(150)}/${latin(150)}.md`)).toEqual([]);
  });

  test.each([
    ['tags', (name: string) => `tags: [짧은 태그, "${name}"]\n`, '4 tags[1]'],
    ['category', (name: string) => `category: "${name}"\n`, '4 category'],
  ])(
    'a %s whose URL segment is over the limit is refused at its line',
    async (_key, line, where) => {
      expect(await problemsOf(line(korean(66)))).toEqual([]);
      const problems = await problemsOf(line(korean(67)));
      expect(problems).toEqual([
        `${where}: found "${korean(37)}…", whose address segment is 201 bytes long, expected at most 200 bytes (200 Latin letters or 66 Korean syllables), since it names a folder and files, and file systems allow 255 bytes per name; shorten the name`,
      ]);
    },
  );

  test("people's names, genres and countries: the segment is what counts", async () => {
    // 51 words of two syllables: the segment joins them with `-`, 356 bytes.
    const long = Array.from({ length: 51 }, () => '가나').join(' ');
    expect(Buffer.byteLength(termSlug(long))).toBe(51 * 6 + 50);
    for (const key of ['directors', 'writers', 'genres', 'countries']) {
      const source = `---\ntitle: 그녀\npubDate: 2022-06-18\nmovie:\n  title: Her\n  ${key}: ["${long}"]\n---\n`;
      const { problems } = await checkText(source, 'her.md');
      expect(problems.map((problem) => `${problem.line} ${problem.field}`)).toEqual([
        `6 movie.${key}[0]`,
      ]);
    }
    const cast = `---\ntitle: 그녀\npubDate: 2022-06-18\nmovie:\n  title: Her\n  cast:\n    - name: "${long}"\n      role: 테오도르\n---\n`;
    const { problems } = await checkText(cast, 'her.md');
    expect(problems.map((problem) => `${problem.line} ${problem.field}`)).toEqual([
      '7 movie.cast[0].name',
    ]);
  });

  test('a name with no letters is counted by the segment it becomes (code points)', async () => {
    expect(termSlug('★★')).toBe('u2605-u2605');
    expect(await problemsOf(`tags: ["${'★'.repeat(34)}"]\n`)).toHaveLength(1);
    expect(await problemsOf(`tags: ["${'★'.repeat(33)}"]\n`)).toEqual([]);
  });

  test('Node.js is a fine tag: its segment is node-js', async () => {
    expect(await problemsOf('tags: [Node.js, index.html]\n')).toEqual([]);
  });
});
