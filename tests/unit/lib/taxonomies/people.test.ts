import { describe, expect, test } from 'vitest';
import { describeRoles, rolesOf } from '../../../../src/lib/taxonomies/people';
import { termRegistry } from '../../../../src/lib/taxonomies/taxonomies';

const review = {
  category: '영화 추천',
  data: {
    tags: [],
    movie: {
      directors: [{ name: '스파이크 존즈' }],
      writers: [{ name: '스파이크 존즈' }, { name: '찰리 카우프만' }],
      cast: [
        { name: '니콜라스 케이지', role: '찰리' },
        { name: '니콜라스 케이지', role: '도널드' },
        { name: '스파이크 존즈' },
      ],
    },
  },
};
const registry = termRegistry([review]);
const credited = { ...review, ...registry.termsOf(review) };
const roles = (name: string) => rolesOf(credited, registry.term('people', name));

describe("a person's roles in a film", () => {
  test('directing, writing and acting together, in that order', () => {
    expect(roles('스파이크 존즈')).toEqual([
      { kind: 'director' },
      { kind: 'writer' },
      { kind: 'cast', character: undefined },
    ]);
    expect(describeRoles(roles('스파이크 존즈'), 'ko')).toBe('감독, 각본, 배우');
  });

  test('each part played, with the character', () => {
    expect(describeRoles(roles('니콜라스 케이지'), 'ko')).toBe('배우 (찰리), 배우 (도널드)');
    expect(describeRoles(roles('니콜라스 케이지'), 'en')).toBe('Actor (찰리), Actor (도널드)');
  });

  test('only the roles the person had', () => {
    expect(describeRoles(roles('찰리 카우프만'), 'en')).toBe('Writer');
  });
});
