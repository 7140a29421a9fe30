/**
 * The id each utterance of an imported file goes by. `candor review --json` (`decidedBy`, moments, monologues)
 * and the review page (stored rows, cards, links to a line) both name lines by id, so both take them from here:
 * numbered apart, an id from the command line named no line of the same call on the page.
 */
import type { TranscriptUtterance } from './transcript-types';

/**
 * Feed every utterance of one file, in order (before any is left out, so leaving one out never renumbers the
 * rest). The file's own id when it has one (JSONL); otherwise "L" and the line the utterance starts on, which a
 * user can find in the file: "L12". Several utterances can start on one line (a cue holding two voices), so
 * the second and later are "L12-2", "L12-3": ids must be unique, as a stored row is keyed by call and id.
 */
export function createUtteranceIds(): (u: TranscriptUtterance) => string {
  let line = -1;
  let onLine = 0;
  return (u) => {
    if (u.id !== undefined) return u.id;
    onLine = u.line === line ? onLine + 1 : 1;
    line = u.line;
    return onLine === 1 ? `L${u.line}` : `L${u.line}-${onLine}`;
  };
}
