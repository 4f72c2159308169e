import { describe, expect, test } from 'vitest';
import {
  cleanExcerpt,
  extraForms,
  normalizeQuery,
  segmentForIndex,
  stripParticle,
} from '../../../../src/lib/search/korean-search';

describe('particles', () => {
  test.each([
    ['테오도르는', '테오도르'],
    ['영화추천을', '영화추천'],
    ['로스앤젤레스에서는', '로스앤젤레스'],
    ['사만다라고', '사만다'],
    ['영화였다', '영화'],
    ['영화입니다', '영화'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });

  test.each(['그녀', '나는', '영화', 'Her'])(
    '%s keeps its form: nothing, or too little, would be left',
    (word) => {
      expect(stripParticle(word)).toBeUndefined();
    },
  );
});

describe('extra forms for the index', () => {
  test('a noun with a particle adds the bare noun and its inner suffixes', () => {
    expect(extraForms('테오도르는')).toEqual(['테오도르', '오도르는', '도르는', '르는']);
  });

  test('a compound adds each inner suffix, so any inner word is a prefix of one', () => {
    expect(extraForms('영화추천')).toEqual(['화추천', '추천']);
  });

  test('two syllables need nothing: a prefix search already finds them', () => {
    expect(extraForms('그녀')).toEqual([]);
  });

  test('a very long run keeps only its bare noun', () => {
    const run = '가나다라마바사아자차카타파하는';
    expect(extraForms(run)).toEqual(['가나다라마바사아자차카타파하']);
  });
});

describe('segmentForIndex', () => {
  test('glues the forms to the word, so Pagefind reads them as parts of it', () => {
    expect(segmentForIndex('테오도르는 남의 편지를')).toBe(
      '테오도르는|~테오도르|~오도르는|~도르는|~르는 남의 편지를|~편지|~지를',
    );
  });

  test('punctuation and other scripts stay in place', () => {
    expect(segmentForIndex('〈그녀〉는 SF영화다. Her (2013)')).toBe(
      '〈그녀〉는 SF영화다.|~영화|~화다 Her (2013)',
    );
  });

  test('Latin text is untouched', () => {
    expect(segmentForIndex('Columbus: architecture as a way of grieving')).toBe(
      'Columbus: architecture as a way of grieving',
    );
  });
});

describe('cleanExcerpt', () => {
  test('cuts the extra forms, inside and outside the highlight', () => {
    const excerpt =
      '오늘의 <mark>영화추천|~화추천|~추천</mark> 목록. 테오도르는|~테오도르|~오도르는 남의';
    expect(cleanExcerpt(excerpt)).toBe('오늘의 <mark>영화추천</mark> 목록. 테오도르는 남의');
  });

  test('a reader sees the text exactly as the page has it', () => {
    const text = '처음 봤을 때는 기술에 대한 영화라고 생각했다. 오후 12:30에, 3:2 정도로 — a|b';
    expect(cleanExcerpt(segmentForIndex(text))).toBe(text);
  });
});

describe('normalizeQuery', () => {
  test.each([
    ['테오도르를', '테오도르'],
    ['  추천  ', '추천'],
    ['박찬욱 감독의 영화를', '박찬욱 감독 영화'],
    ['Paterson poems', 'Paterson poems'],
  ])('%s → %s', (query, normalized) => {
    expect(normalizeQuery(query)).toBe(normalized);
  });
});
