/**
 * A transcript's utterances as the call review takes them, for `candor review` and the review page's import
 * alike, so the same file gives the same ids, roles and talk on both: ids from `createUtteranceIds` (fed every
 * utterance, so leaving one out renumbers nothing), lines with no words left out (JSONL allows "text": "", and
 * a stored call's review skips them too), and the rep told by name when the file carries no roles.
 */
import type { ReviewUtterance } from '../metrics/review';
import type { TranscriptUtterance } from './transcript-types';
import { createUtteranceIds } from './utterance-ids';

/** Feed every utterance of one file, in order; `repKey` is the rep's name in lower case (null: none named). */
export function createReviewUtterances(repKey: string | null): (u: TranscriptUtterance) => ReviewUtterance | null {
  const idOf = createUtteranceIds();
  return (u) => {
    const id = idOf(u);
    if (u.text.trim() === '') return null;
    const role = u.role ?? (repKey !== null && u.speaker?.toLowerCase() === repKey ? 'rep' : 'prospect');
    return { id, role, speaker: u.speaker, text: u.text, start: u.start, end: u.end };
  };
}
