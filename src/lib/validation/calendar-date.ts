/**
 * Whether a written date names a real calendar day. YAML readers and `new Date()` roll
 * `2024-02-30` over into 1 March and month 13 into the next year without a word, so the
 * day is checked as the author wrote it, before anything converts it.
 */
const WRITTEN_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;

/** `undefined` when `text` is not written as `YYYY-MM-DD…`; otherwise whether that day exists. */
export function isRealCalendarDay(text: string): boolean | undefined {
  const match = WRITTEN_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** The plain-words problem for a day that does not exist. */
export function calendarProblem(text: string): string {
  const match = WRITTEN_DATE.exec(text.trim());
  const month = Number(match?.[2]);
  const reason = month < 1 || month > 12 ? `there is no month ${month}` : 'that day does not exist in that month';
  return `found ${text.trim()}, ${reason}; expected a real calendar day such as 2022-06-18`;
}
