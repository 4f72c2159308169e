import { describe, expect, test } from 'vitest';
import { isPublic, isScheduled } from '../../../src/lib/schedule';

describe('scheduled posts', () => {
  test.each([
    [
      'a plain date is due from the start of its day in the site time zone',
      '2030-01-01',
      '2029-12-31T15:00:00Z',
      'Asia/Seoul',
      false,
    ],
    [
      'the day before, in the site time zone',
      '2030-01-01',
      '2029-12-31T14:59:59Z',
      'Asia/Seoul',
      true,
    ],
    [
      'a plain date in a zone behind UTC',
      '2030-01-01',
      '2030-01-01T04:59:00Z',
      'America/New_York',
      true,
    ],
    [
      'a date-time is due from that instant',
      '2030-01-01T21:30:00+09:00',
      '2030-01-01T12:29:00Z',
      'Asia/Seoul',
      true,
    ],
    [
      'a date-time that has passed',
      '2030-01-01T21:30:00+09:00',
      '2030-01-01T12:30:00Z',
      'Asia/Seoul',
      false,
    ],
    ['a past date', '2022-06-18', '2024-01-01T00:00:00Z', 'UTC', false],
  ])('%s', (_name, pubDate, now, timeZone, expected) => {
    expect(isScheduled(new Date(pubDate), new Date(now), timeZone)).toBe(expected);
  });
});

test('a post is public when it is no draft and its date has come', () => {
  const now = new Date('2024-06-01T12:00:00Z');
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  expect(isPublic({ pubDate: day('2024-06-01') }, now, 'Asia/Seoul')).toBe(true);
  expect(isPublic({ draft: true, pubDate: day('2024-05-01') }, now, 'Asia/Seoul')).toBe(false);
  expect(isPublic({ pubDate: day('2024-06-02') }, now, 'Asia/Seoul')).toBe(false);
  expect(isPublic({ draft: false, pubDate: new Date('2024-06-01T11:00:00Z') }, now, 'UTC')).toBe(
    true,
  );
});
