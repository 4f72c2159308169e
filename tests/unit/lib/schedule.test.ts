import { describe, expect, test } from 'vitest';
import { isScheduled } from '../../../src/lib/schedule';

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
