import type { Datum } from './stats';

/**
 * Chart geometry for SVG drawn at build time. Widths are percentages of the chart's box
 * and heights pixels, so bars stretch with the page while text keeps its size (text is
 * never scaled down on a phone, as it would be with a fixed `viewBox`).
 */

/** Pixel sizes the chart styles assume (13 px text). */
export const CHART = {
  rowHeight: 40,
  barHeight: 14,
  labelBaseline: 16,
  plotHeight: 160,
  columnTop: 22,
  axisLabel: 18,
} as const;

/** The share of the longest bar a value gets, in percent; a non-zero value stays visible. */
function percent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / max) * 1000) / 10);
}

export interface BarRow extends Datum {
  /** Baseline of the label and value text. */
  textY: number;
  barY: number;
  /** Bar width, in percent of the chart's width. */
  width: number;
}

/** A ranked list as horizontal bars: one row each, the label and count above the bar. */
export function barRows(data: Datum[]): { height: number; rows: BarRow[] } {
  const max = Math.max(0, ...data.map((datum) => datum.value));
  const rows = data.map((datum, index) => ({
    ...datum,
    textY: index * CHART.rowHeight + CHART.labelBaseline,
    barY: index * CHART.rowHeight + CHART.labelBaseline + 6,
    width: percent(datum.value, max),
  }));
  return { height: data.length * CHART.rowHeight, rows };
}

export interface Column extends Datum {
  /** Centre of the column, in percent of the chart's width. */
  center: number;
  /** Left edge and width, in percent. */
  x: number;
  width: number;
  /** Top and height, in pixels. */
  y: number;
  height: number;
  /** Whether the label and value are drawn: crowded axes label every few columns, counting
   * back from the last (the table lists all). */
  labelled: boolean;
}

/** A sequence (years, rating steps) as vertical columns with the value above each. */
export function columns(
  data: Datum[],
  maxLabels = 12,
): { height: number; baseline: number; columns: Column[] } {
  const max = Math.max(0, ...data.map((datum) => datum.value));
  const slot = 100 / Math.max(1, data.length);
  const every = Math.ceil(data.length / maxLabels);
  const baseline = CHART.columnTop + CHART.plotHeight;
  const result = data.map((datum, index) => {
    const height = Math.round((percent(datum.value, max) / 100) * CHART.plotHeight);
    return {
      ...datum,
      center: Math.round((index + 0.5) * slot * 100) / 100,
      x: Math.round((index + 0.2) * slot * 100) / 100,
      width: Math.round(slot * 0.6 * 100) / 100,
      y: baseline - height,
      height,
      labelled: (data.length - 1 - index) % every === 0,
    };
  });
  return { height: baseline + CHART.axisLabel + 6, baseline, columns: result };
}
