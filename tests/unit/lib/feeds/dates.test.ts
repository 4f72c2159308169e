import { describe, expect, test } from 'vitest';
import { feedInstant, rfc3339Date, rfc822Date } from '../../../../src/lib/feeds/dates';
import type { FeedItem } from '../../../../src/lib/feeds/items';
import { jsonFeed } from '../../../../src/lib/feeds/json-feed';
import { rssResponse } from '../../../../src/lib/feeds/rss';
import { readRss } from '../../../helpers/feeds';

const NEW_YORK = 'America/New_York';
const SEOUL = 'Asia/Seoul';

/** YAML reads `pubDate: 2022-06-18` as midnight UTC. */
const plainSummer = new Date('2022-06-18');
const plainWinter = new Date('2022-01-05');
/** `pubDate: 2022-06-18T21:30:00-04:00`. */
const evening = new Date('2022-06-18T21:30:00-04:00');

const item = (pubDate: Date, updatedDate?: Date): FeedItem => ({
  title: 'Halloween',
  link: 'https://example.com/reviews/halloween/',
  pubDate,
  updatedDate,
  description: 'Michael comes home.',
  categories: ['Reviews'],
  content: '<p>Body</p>',
});

async function rssPubDates(items: FeedItem[], timeZone: string): Promise<string[]> {
  const response = await rssResponse({
    title: 'Feed',
    description: 'Reviews',
    path: '/rss.xml',
    items,
    timeZone,
  });
  return readRss(await response.text()).items.map((entry) => entry.pubDate);
}

describe('a plain date is midnight in the site time zone', () => {
  test.each([
    [NEW_YORK, plainSummer, 'Sat, 18 Jun 2022 00:00:00 -0400', '2022-06-18T00:00:00-04:00'],
    [NEW_YORK, plainWinter, 'Wed, 05 Jan 2022 00:00:00 -0500', '2022-01-05T00:00:00-05:00'],
    [SEOUL, plainSummer, 'Sat, 18 Jun 2022 00:00:00 +0900', '2022-06-18T00:00:00+09:00'],
    ['UTC', plainSummer, 'Sat, 18 Jun 2022 00:00:00 +0000', '2022-06-18T00:00:00+00:00'],
  ])('%s, %s → %s', (timeZone, date, rss, json) => {
    expect(rfc822Date(date, timeZone)).toBe(rss);
    expect(rfc3339Date(date, timeZone)).toBe(json);
  });

  test('the instant is that midnight, so readers west of UTC see the day written', () => {
    expect(feedInstant(plainSummer, NEW_YORK).toISOString()).toBe('2022-06-18T04:00:00.000Z');
    expect(feedInstant(plainSummer, SEOUL).toISOString()).toBe('2022-06-17T15:00:00.000Z');
  });
});

describe('a date-time keeps its instant, written with the site zone offset', () => {
  test.each([
    [NEW_YORK, 'Sat, 18 Jun 2022 21:30:00 -0400', '2022-06-18T21:30:00-04:00'],
    [SEOUL, 'Sun, 19 Jun 2022 10:30:00 +0900', '2022-06-19T10:30:00+09:00'],
  ])('%s → %s', (timeZone, rss, json) => {
    expect(rfc822Date(evening, timeZone)).toBe(rss);
    expect(rfc3339Date(evening, timeZone)).toBe(json);
    expect(new Date(rfc3339Date(evening, timeZone)).getTime()).toBe(evening.getTime());
    expect(new Date(rss).getTime()).toBe(evening.getTime());
  });
});

describe('the feeds use them', () => {
  test('RSS pubDate of a New York site and of a Seoul site', async () => {
    expect(await rssPubDates([item(plainSummer), item(evening)], NEW_YORK)).toEqual([
      'Sat, 18 Jun 2022 00:00:00 -0400',
      'Sat, 18 Jun 2022 21:30:00 -0400',
    ]);
    expect(await rssPubDates([item(plainSummer), item(evening)], SEOUL)).toEqual([
      'Sat, 18 Jun 2022 00:00:00 +0900',
      'Sun, 19 Jun 2022 10:30:00 +0900',
    ]);
  });

  test('JSON Feed date_published and date_modified of a New York site and of a Seoul site', () => {
    const dates = (timeZone: string) =>
      (
        jsonFeed([item(plainSummer, plainWinter), item(evening)], '/feed.json', timeZone)
          .items as Record<string, unknown>[]
      ).map(({ date_published, date_modified }) => [date_published, date_modified]);
    expect(dates(NEW_YORK)).toEqual([
      ['2022-06-18T00:00:00-04:00', '2022-01-05T00:00:00-05:00'],
      ['2022-06-18T21:30:00-04:00', undefined],
    ]);
    expect(dates(SEOUL)).toEqual([
      ['2022-06-18T00:00:00+09:00', '2022-01-05T00:00:00+09:00'],
      ['2022-06-19T10:30:00+09:00', undefined],
    ]);
  });
});

test('a day whose midnight a clock change skips starts at the change', () => {
  expect(rfc3339Date(new Date('2022-09-11'), 'America/Santiago')).toBe('2022-09-11T01:00:00-03:00');
  expect(rfc3339Date(new Date('2022-04-03'), 'America/Santiago')).toBe('2022-04-03T00:00:00-04:00');
});
