/**
 * What the user must be told about storage: the disk was full and the oldest calls were deleted to keep the
 * live call recording, or a write failed even after that. Kept in storage.local under its own key so the
 * review page (and the panel) can show it; validated on read.
 */
import * as v from 'valibot';

export const NOTICE_KEY = 'storage-notice';

const NoticeSchema = v.object({
  kind: v.picklist(['pruned', 'failed']),
  at: v.number(),
  /** How many old calls were deleted to make room, in total since the user last dismissed the notice. */
  prunedCalls: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type StorageNotice = v.InferOutput<typeof NoticeSchema>;

export interface NoticeArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function parseNotice(stored: unknown): StorageNotice | null {
  const parsed = v.safeParse(NoticeSchema, stored);
  return parsed.success ? parsed.output : null;
}

export async function loadNotice(area: NoticeArea): Promise<StorageNotice | null> {
  return parseNotice((await area.get(NOTICE_KEY))[NOTICE_KEY]);
}

/** Adds to the notice already shown, so several prunes read as one message. */
export async function recordNotice(area: NoticeArea, kind: StorageNotice['kind'], prunedCalls: number, at: number): Promise<void> {
  const previous = await loadNotice(area);
  const notice: StorageNotice = { kind: kind === 'failed' || previous?.kind === 'failed' ? 'failed' : 'pruned', at, prunedCalls: (previous?.prunedCalls ?? 0) + prunedCalls };
  await area.set({ [NOTICE_KEY]: notice });
}

export async function dismissNotice(area: NoticeArea): Promise<void> {
  await area.remove(NOTICE_KEY);
}

export function noticeText(notice: StorageNotice): string {
  const pruned = notice.prunedCalls === 1 ? 'the oldest call was deleted' : `the ${notice.prunedCalls} oldest calls were deleted`;
  if (notice.kind === 'failed') {
    return `This computer's storage is full: ${notice.prunedCalls > 0 ? `${pruned}, and ` : ''}some of a live call could not be saved. Coaching went on; free some disk space to keep full records.`;
  }
  return `This computer's storage was full, so ${pruned} to keep recording the live call.`;
}
