/**
 * The rep's "helpful" / "not now" answers counted per nudge over every call, in storage.local. They tune the
 * coach (a nudge dismissed again and again gets quieter), so they stay on this computer; validated on read.
 */
import * as v from 'valibot';
import type { FeedbackStats } from '../core/feedback-tuning';
import { NUDGE_IDS } from '../core/nudges';

export const FEEDBACK_STATS_KEY = 'feedback-stats';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const StatsSchema = v.record(v.picklist(NUDGE_IDS), v.object({ helpful: Count, notNow: Count }));

export function parseFeedbackStats(raw: unknown): FeedbackStats {
  const parsed = v.safeParse(StatsSchema, raw);
  return parsed.success ? parsed.output : {};
}
