import { describe, expect, test } from 'vitest';
import { groupByMonth, groupByYear, isoMonth, monthLabel, yearLabel, yearMonthLabel } from '../../../../src/lib/browse/archive';

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

  test('months newest first, items newest first, equal dates in the order given, undated left out', () => {
    expect(months.map(({ year, month, items }) => [isoMonth(year, month), items.map((entry) => entry.id)])).toEqual([
      ['2023-03', ['mar']],
      ['2023-01', ['jan-a', 'jan-b']],
      ['2022-07', ['jul']],
      ['2022-06', ['jun']],
      ['2021-12', ['nov']],
    ]);
  });

  test('months are the calendar days Marquee shows: date-times in the site time zone (Asia/Seoul here)', () => {
    // 2022-07-01 08:00 in Seoul is July, though it is still June 30 in UTC;
    // 2021-11-30 23:30 UTC is already December 1 in Seoul.
    expect(months[2]?.items.map((entry) => entry.id)).toEqual(['jul']);
    expect(months[4]?.items.map((entry) => entry.id)).toEqual(['nov']);
  });

  test('years gather their months and count their items', () => {
    expect(groupByYear(months).map(({ year, count, months }) => [year, count, months.length])).toEqual([
      [2023, 3, 2],
      [2022, 2, 2],
      [2021, 1, 1],
    ]);
  });

  test('month and year names come from Intl in the site language', () => {
    expect(monthLabel(6, 'ko')).toBe('6월');
    expect(monthLabel(6, 'en')).toBe('June');
    expect(yearLabel(2022, 'ko')).toBe('2022년');
    expect(yearMonthLabel(2022, 6, 'ko')).toBe('2022년 6월');
    expect(yearMonthLabel(2022, 6, 'en')).toBe('June 2022');
  });
});
