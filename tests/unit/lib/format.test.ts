import { describe, expect, test } from 'vitest';
import { calendarDay, formatDate, formatRuntime, isoDate } from '../../../src/lib/format';
import { cutAtWord, readingMinutes } from '../../../src/lib/reviews/reading-time';

describe('dates', () => {
  test.each([
    ['ko', new Date('2022-06-18'), '2022. 6. 18.'],
    ['en', new Date('2022-06-18'), 'June 18, 2022'],
    ['ko', new Date('2014-05-22T00:00:00Z'), '2014. 5. 22.'],
    ['en', new Date('2022-01-01'), 'January 1, 2022'],
  ] as const)('%s %s → %s', (lang, date, expected) => {
    expect(formatDate(date, lang)).toBe(expected);
  });

  test('a full date-time falls on its day in the site time zone', () => {
    const lateNightInSeoul = new Date('2022-06-19T01:00:00+09:00');
    expect(formatDate(lateNightInSeoul, 'ko', 'Asia/Seoul')).toBe('2022. 6. 19.');
    expect(isoDate(lateNightInSeoul, 'Asia/Seoul')).toBe('2022-06-19');
    expect(isoDate(lateNightInSeoul, 'UTC')).toBe('2022-06-18');
    expect(calendarDay(new Date('2022-12-31T23:30:00-05:00'), 'America/New_York')).toEqual({
      year: 2022,
      month: 12,
      day: 31,
    });
  });

  test('a plain date stays the day written, in any time zone', () => {
    expect(formatDate(new Date('2022-06-18'), 'en', 'America/Los_Angeles')).toBe('June 18, 2022');
    expect(isoDate(new Date('2022-06-18'), 'Pacific/Auckland')).toBe('2022-06-18');
  });

  test('the calendar day is kept whatever the time zone of the build', () => {
    expect(formatDate(new Date('2022-06-18'), 'ko')).toBe('2022. 6. 18.');
    expect(isoDate(new Date('2022-06-18'))).toBe('2022-06-18');
  });
});

describe('runtime', () => {
  test.each([
    ['ko', 125, '125분'],
    ['ko', 1200, '1,200분'],
    ['en', 125, '2h 5m'],
    ['en', 120, '2h'],
    ['en', 45, '45m'],
  ] as const)('%s %i → %s', (lang, minutes, expected) => {
    expect(formatRuntime(minutes, lang)).toBe(expected);
  });
});

describe('reading time', () => {
  test('Korean is read by characters (about 500 a minute)', () => {
    const korean = '가나다라마바사아자차'.repeat(100); // 1,000 syllables, no spaces
    expect(readingMinutes(korean)).toBe(2);
    const spaced = '영화를 보고 기억합니다 '.repeat(100); // 900 syllables in 300 words
    expect(readingMinutes(spaced)).toBe(2);
  });

  test('English is read by words (about 230 a minute)', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('word '.repeat(1150))).toBe(5);
  });

  test('mixed text adds both, and short text is at least a minute', () => {
    expect(readingMinutes(`${'가'.repeat(500)} ${'word '.repeat(230)}`)).toBe(2);
    expect(readingMinutes('짧은 글')).toBe(1);
  });
});

describe('cutAtWord', () => {
  test('long text is cut at a word boundary', () => {
    const result = cutAtWord(`${'word '.repeat(100)}`.trim(), 50);
    expect(result.length).toBeLessThanOrEqual(50);
    expect(result.endsWith('word…')).toBe(true);
  });
});
