import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  formatProbableDuplicate,
  probableDuplicates,
  type RegistryPerson,
  type WrittenName,
} from '../../../../src/lib/people/probable-duplicates';

/** A spelling with an identity of its own, as an unregistered name gets. */
const written = (name: string, uses = 1, tmdb?: number): WrittenName => ({
  identity: `name:${name}`,
  name,
  tmdb,
  where: `content/reviews/${uses}/index.md:${name.length}`,
  uses,
});

const reasonsFor = (a: string, b: string, registry: RegistryPerson[] = []) =>
  probableDuplicates([written(a, 2), written(b, 1)], registry).map((found) => found.reason);

describe('names that are probably one person', () => {
  test.each([
    ['스칼렛 요한슨', '스칼릿 조핸슨'],
    ['스칼렛 요한슨', '스칼렛 조핸슨'],
    ['스칼릿 조핸슨', '스칼렛 조핸슨'],
    ['티모시 샬라메', '티모테 샬라메'],
    ['크리스토퍼 놀란', '크리스토퍼 놀런'],
    ['케이트 블란쳇', '케이트 블랑쳇'],
    ['레오나르도 디카프리오', '리어나도 디캐프리오'],
    ['드니 빌뇌브', '드니 빌르뇌브'],
    ['마이클 패스벤더', '마이클 파스빈더'],
    ['제임스 카메론', '제임스 캐머런'],
    ['웨스 앤더슨', '웨스 엔더슨'],
    ['리들리 스콧', '리들리 스캇'],
    ['엠마 스톤', '에마 스톤'],
    ['메릴 스트립', '메릴 스트리프'],
    ['휴 잭맨', '휴 잭먼'],
  ])('%s / %s: Korean transcription', (a, b) => {
    expect(reasonsFor(a, b)).toEqual(['Korean transcription']);
  });

  test.each([
    ['봉준호', '봉 준호'],
    ['드니 빌뇌브', '드니빌뇌브'],
    ['Bong Joon-ho', 'Bong Joon Ho'],
    ['Timothée Chalamet', 'timothee chalamet'],
    // One name in two Unicode forms (composed syllables, and letters as typed on some systems).
    ['호아킨 피닉스', '호아킨 피닉스'.normalize('NFD')],
    ['스티븐 스필버그', '스티븐 스필버그'.normalize('NFD')],
  ])('%s / %s: spacing', (a, b) => {
    expect(reasonsFor(a, b)).toEqual(['spacing']);
  });

  test.each([
    // Korean people: one vowel or consonant apart, and never transcriptions.
    ['김민수', '김민서'],
    ['이정은', '이정현'],
    ['박정민', '박정만'],
    ['송강호', '송강'],
    ['김태리', '김태희'],
    ['이병헌', '이병훈'],
    ['전도연', '전도현'],
    ['한지민', '한지현'],
    ['정유미', '정유민'],
    ['최민식', '최민수'],
    ['남궁민', '남궁민수'],
    // Foreign people sharing a given name or a family name.
    ['Chris Evans', 'Chris Pine'],
    ['Emma Stone', 'Emma Watson'],
    ['조던 필', '조던 피터슨'],
    ['마이클 케인', '마이클 키튼'],
    ['라나 워쇼스키', '릴리 워쇼스키'],
    ['크리스 헴스워스', '리암 헴스워스'],
    ['제니퍼 로렌스', '제니퍼 로페즈'],
    ['데이비드 핀처', '데이비드 린치'],
    ['스티븐 소더버그', '스티븐 스필버그'],
    ['크리스 파인', '크리스 프랫'],
    ['데니스 퀘이드', '랜디 퀘이드'],
    ['호아킨 피닉스', '리버 피닉스'],
    ['폴 토머스 앤더슨', '웨스 앤더슨'],
    ['케이트 윈슬렛', '케이트 블란쳇'],
    ['다케우치 유코', '다케우치 유키'],
  ])('%s / %s: two people', (a, b) => {
    expect(reasonsFor(a, b)).toEqual([]);
  });

  test('the same TMDB number, however differently written', () => {
    const found = probableDuplicates(
      [written('Bong Joon-ho', 1, 21684), written('봉준호', 3, 21684)],
      [],
    );
    expect(found.map((duplicate) => duplicate.reason)).toEqual(['same TMDB id']);
    expect(found[0]?.names.map((name) => name.name)).toEqual(['봉준호', 'Bong Joon-ho']);
    expect(parse(found[0]!.suggestion.join('\n'))).toEqual([
      { name: '봉준호', tmdb: 21684, aliases: ['Bong Joon-ho'] },
    ]);
  });

  test('names the registry merged never warn', () => {
    const identity = 'registry:스칼릿 조핸슨';
    const merged: WrittenName[] = ['스칼릿 조핸슨', '스칼렛 요한슨', 'Scarlett Johansson'].map(
      (name) => ({ ...written(name), identity, tmdb: 1245 }),
    );
    const registry = [
      { name: '스칼릿 조핸슨', en: 'Scarlett Johansson', tmdb: 1245, aliases: ['스칼렛 요한슨'] },
    ];
    expect(probableDuplicates(merged, registry)).toEqual([]);
  });

  test('three spellings of one person are one warning, most used first', () => {
    const found = probableDuplicates(
      [written('스칼렛 요한슨', 1), written('스칼릿 조핸슨', 5), written('스칼렛 조핸슨', 2)],
      [],
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.names.map((name) => name.name)).toEqual([
      '스칼릿 조핸슨',
      '스칼렛 조핸슨',
      '스칼렛 요한슨',
    ]);
    expect(parse(found[0]!.suggestion.join('\n'))).toEqual([
      { name: '스칼릿 조핸슨', aliases: ['스칼렛 조핸슨', '스칼렛 요한슨'] },
    ]);
  });

  test('the message, with the lines to add', () => {
    const [found] = probableDuplicates(
      [
        { identity: 'a', name: '스칼렛 요한슨', where: 'content/reviews/a/index.md:9', uses: 1 },
        { identity: 'b', name: '스칼릿 조핸슨', where: 'content/reviews/b/index.md:12', uses: 1 },
      ],
      [],
    );
    expect(formatProbableDuplicate(found!)).toBe(
      [
        'people: "스칼렛 요한슨" (content/reviews/a/index.md:9) and "스칼릿 조핸슨" (content/reviews/b/index.md:12) are probably one person (Korean transcription); add to content/people.yaml:',
        '  - name: 스칼렛 요한슨',
        '    aliases: [스칼릿 조핸슨]',
      ].join('\n'),
    );
  });
});

describe('the registry entry that would merge them', () => {
  const bong: RegistryPerson = {
    name: '봉준호',
    en: 'Bong Joon-ho',
    tmdb: 21684,
    aliases: [],
    line: 4,
  };

  test("a Latin spelling of an entry's English name joins the entry", () => {
    const found = probableDuplicates([written('Bong Joon Ho', 2)], [bong]);
    expect(found.map((duplicate) => duplicate.reason)).toEqual(['English name']);
    expect(found[0]?.names.map((name) => [name.name, name.where])).toEqual([
      ['Bong Joon Ho', 'content/reviews/2/index.md:12'],
      ['Bong Joon-ho', 'content/people.yaml:4'],
    ]);
    expect(found[0]?.suggestion[0]).toBe('# in place of the entry of 봉준호 (line 4)');
    expect(parse(found[0]!.suggestion.join('\n'))).toEqual([
      { name: '봉준호', en: 'Bong Joon-ho', tmdb: 21684, aliases: ['Bong Joon Ho'] },
    ]);
  });

  test('a new spelling of a registered person is added to its aliases', () => {
    const scarlett = {
      name: '스칼릿 조핸슨',
      en: 'Scarlett Johansson',
      aliases: ['스칼렛 요한슨'],
    };
    const found = probableDuplicates(
      [{ ...written('스칼릿 조핸슨', 4), identity: 'registered' }, written('스칼렛 조핸슨')],
      [scarlett],
    );
    expect(found.map((duplicate) => duplicate.reason)).toEqual(['Korean transcription']);
    expect(parse(found[0]!.suggestion.join('\n'))).toEqual([
      { ...scarlett, aliases: ['스칼렛 요한슨', '스칼렛 조핸슨'] },
    ]);
  });

  test('values are quoted only when YAML needs it', () => {
    const [found] = probableDuplicates(
      [written('Robert Downey, Jr.', 2), written('robert downey jr', 1)],
      [],
    );
    expect(found?.suggestion).toEqual([
      '- name: Robert Downey, Jr.',
      '  aliases: [robert downey jr]',
    ]);
    const [flow] = probableDuplicates(
      [written('robert downey jr', 2), written('Robert Downey, Jr.', 1)],
      [],
    );
    expect(flow?.suggestion).toEqual([
      '- name: robert downey jr',
      '  aliases: ["Robert Downey, Jr."]',
    ]);
  });
});
