import { describe, expect, test } from 'vitest';
import { barRows, CHART, columns } from '../../../../src/lib/browse/charts';

describe('bar rows', () => {
  const { height, rows } = barRows([
    { label: '드라마', value: 8 },
    { label: '로맨스', value: 2 },
    { label: '공포', value: 0 },
  ]);

  test('the longest bar fills the width, others in proportion, zero stays empty', () => {
    expect(rows.map((row) => row.width)).toEqual([100, 25, 0]);
  });

  test('one row each, stacked', () => {
    expect(height).toBe(3 * CHART.rowHeight);
    expect(rows[1]!.textY - rows[0]!.textY).toBe(CHART.rowHeight);
    expect(rows[0]!.barY).toBeGreaterThan(rows[0]!.textY);
  });

  test('a tiny value is still visible', () => {
    expect(
      barRows([
        { label: 'a', value: 1000 },
        { label: 'b', value: 1 },
      ]).rows[1]!.width,
    ).toBe(1);
  });
});

describe('columns', () => {
  test('evenly spaced, heights in proportion, standing on the baseline', () => {
    const chart = columns([
      { label: '2021', value: 1 },
      { label: '2022', value: 2 },
    ]);
    expect(chart.columns.map((column) => column.center)).toEqual([25, 75]);
    expect(chart.columns.map((column) => column.height)).toEqual([
      CHART.plotHeight / 2,
      CHART.plotHeight,
    ]);
    for (const column of chart.columns) expect(column.y + column.height).toBe(chart.baseline);
  });

  test('a crowded axis labels every few columns, always the last', () => {
    const data = Array.from({ length: 20 }, (_, index) => ({
      label: String(2000 + index),
      value: index,
    }));
    const labelled = columns(data, 10).columns.filter((column) => column.labelled);
    expect(labelled).toHaveLength(10);
    expect(labelled.at(-1)?.label).toBe('2019');
  });
});
