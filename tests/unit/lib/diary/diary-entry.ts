import type { DiaryEntry } from '../../../../src/lib/diary/diary-file';

/** A diary entry as `content/diary.yaml` gives it after checking: defaults filled, `watched` a date. */
export const entry = (
  watched: string | undefined,
  film: DiaryEntry['film'],
  more: Partial<DiaryEntry> = {},
): DiaryEntry => ({
  watched: watched ? new Date(watched) : undefined,
  film,
  rewatch: false,
  liked: false,
  tags: [],
  line: 1,
  ...more,
});
