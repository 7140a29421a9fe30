/**
 * A transcript's utterances as the call review takes them, for `candor review` and the review page's import
 * alike, so the same file gives the same ids, roles and talk on both: ids from `createUtteranceIds` (fed every
 * utterance, so leaving one out renumbers nothing), lines with no words left out (JSONL allows "text": "", and
 * a stored call's review skips them too), and the rep told by name when the file carries no roles.
 */
import type { ReviewUtterance } from '../metrics/review';
import { cleanSpeaker, type TranscriptUtterance } from './transcript-types';
import { createUtteranceIds } from './utterance-ids';

/**
 * Whether a file's speaker is the rep named `rep` (null: none named). The name is read as the file's speakers
 * are, suffixes such as "(Guest)" dropped and spacing tidied, and case is ignored: `--me` and the page's rep go
 * through this one test, so "Dana Smith (Guest)" picks the same speaker on both.
 */
export function createRepMatch(rep: string | null): (speaker: string | null) => boolean {
  const key = rep === null ? '' : cleanSpeaker(rep).toLowerCase();
  // A file has a few speakers and many utterances: each name is cleaned once, not once per utterance.
  const seen = new Map<string, boolean>();
  return (speaker) => {
    if (key === '' || speaker === null) return false;
    let is = seen.get(speaker);
    if (is === undefined) {
      is = cleanSpeaker(speaker).toLowerCase() === key;
      seen.set(speaker, is);
    }
    return is;
  };
}

/** Feed every utterance of one file, in order; `rep` is the rep's name as the user gave it (null: none named). */
export function createReviewUtterances(rep: string | null): (u: TranscriptUtterance) => ReviewUtterance | null {
  const idOf = createUtteranceIds();
  const isRep = createRepMatch(rep);
  return (u) => {
    const id = idOf(u);
    if (u.text.trim() === '') return null;
    const role = u.role ?? (isRep(u.speaker) ? 'rep' : 'prospect');
    return { id, role, speaker: u.speaker, text: u.text, start: u.start, end: u.end };
  };
}
