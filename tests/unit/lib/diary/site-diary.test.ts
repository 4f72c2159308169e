import { afterEach, expect, test } from 'vitest';
import { readDiary } from '../../../../src/lib/diary/diary-file';
import { diaryYears } from '../../../../src/lib/diary/diary-years';
import { setSiteDiary, siteDiary } from '../../../../src/lib/diary/site-diary';
import { viewingsOf } from '../../../../src/lib/diary/viewings';

afterEach(() => setSiteDiary([]));

test('the pages read the diary the loader last checked, by year and month, undated entries left out', () => {
  const { entries } = readDiary(
    '- watched: 2025-03-14\n  film: { title: A }\n- watched: 2025-01-02\n  film: { title: B }\n- watched: 2024-12-31\n  film: { title: C }\n- film: { title: D }\n',
    'content/diary.yaml',
  );
  setSiteDiary(entries);
  expect(siteDiary()).toBe(entries);
  const years = diaryYears(viewingsOf([], siteDiary()));
  expect(
    years.map(({ year, count, months }) => [year, count, months.map((month) => month.month)]),
  ).toEqual([
    [2025, 2, [3, 1]],
    [2024, 1, [12]],
  ]);
});
