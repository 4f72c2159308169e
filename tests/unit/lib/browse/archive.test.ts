import { describe, expect, test } from 'vitest';
import {
  groupByMonth,
  groupByYear,
  isoMonth,
  monthLabel,
  yearLabel,
  yearMonthLabel,
} from '../../../../src/lib/browse/archive';
import { site } from '../../../../src/lib/site';

const item = (id: string, date?: string) => ({ id, date: date ? new Date(date) : undefined });
const items = [
  item('jan-a', '2023-01-10'),
  item('undated'),
  item('jun', '2022-06-18'),
  item('mar', '2023-03-04'),
  item('jan-b', '2023-01-10'),
  item('nov', '2021-11-30T23:30:00Z'),
  item('jul', '2022-07-01T08:00:00+09:00'),
];

describe('archive groups', () => {
  const months = groupByMonth(items, (entry) => entry.date);

  /**
   * The months and years in each settings fixture's time zone (tests/fixtures/settings/): a
   * date-time belongs to the calendar day the site shows.
   */
  const byZone: Record<
    string,
    { months: [string, string[]][]; years: [number, number, number][] }
  > = {
    // 2022-07-01 08:00 in Seoul is July, though it is still June 30 in UTC;
    // 2021-11-30 23:30 UTC is already December 1 in Seoul.
    'Asia/Seoul': {
      months: [
        ['2023-03', ['mar']],
        ['2023-01', ['jan-a', 'jan-b']],
        ['2022-07', ['jul']],
        ['2022-06', ['jun']],
        ['2021-12', ['nov']],
      ],
      years: [
        [2023, 3, 2],
        [2022, 2, 2],
        [2021, 1, 1],
      ],
    },
    // The same two instants are June 30, 19:00 and November 30, 18:30 in New York.
    'America/New_York': {
      months: [
        ['2023-03', ['mar']],
        ['2023-01', ['jan-a', 'jan-b']],
        ['2022-06', ['jul', 'jun']],
        ['2021-11', ['nov']],
      ],
      years: [
        [2023, 3, 2],
        [2022, 2, 1],
        [2021, 1, 1],
      ],
    },
  };
  const expected = byZone[site.timeZone]!;

  test(`months newest first, items newest first, equal dates in the order given, undated left out; date-times in the site time zone (${site.timeZone})`, () => {
    expect(
      months.map(({ year, month, items }) => [
        isoMonth(year, month),
        items.map((entry) => entry.id),
      ]),
    ).toEqual(expected.months);
  });

  test('years gather their months and count their items', () => {
    expect(
      groupByYear(months).map(({ year, count, months }) => [year, count, months.length]),
    ).toEqual(expected.years);
  });

  test('month and year names come from Intl in the site language', () => {
    expect(monthLabel(6, 'ko')).toBe('6월');
    expect(monthLabel(6, 'en')).toBe('June');
    expect(yearLabel(2022, 'ko')).toBe('2022년');
    expect(yearMonthLabel(2022, 6, 'ko')).toBe('2022년 6월');
    expect(yearMonthLabel(2022, 6, 'en')).toBe('June 2022');
  });
});
