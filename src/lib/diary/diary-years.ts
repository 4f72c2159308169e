import { groupByMonth, groupByYear, type YearGroup } from '../browse/archive';
import type { Viewing } from './viewings';

/** The dated viewings by year (newest first), then month: one diary page per year. */
export function diaryYears<V extends Pick<Viewing, 'watched'>>(viewings: V[]): YearGroup<V>[] {
  return groupByYear(groupByMonth(viewings, (viewing) => viewing.watched));
}
