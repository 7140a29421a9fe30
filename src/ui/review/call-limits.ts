/**
 * How much one call may hold, for the JSON export's schema (call-json.ts) and for transcript import alike: a
 * call the page stored from a file must import again from its export, so the import refuses at once, naming
 * the line, what the export's import would refuse.
 */
import { MAX_TRANSCRIPT_BYTES, TranscriptError, type TranscriptUtterance } from '../../core/transcripts/transcript-types';

export const CALL_LIMITS = {
  /**
   * Characters in one turn (and in a label's evidence, which quotes one): as many as the largest file the page
   * reads holds (a character takes a byte at least). A monologue saved as one line with no breaks is a
   * transcript people have, and the import reads it, so its export must import too.
   */
  text: MAX_TRANSCRIPT_BYTES,
  /** Characters in a speaker's name. */
  name: 200,
  /** Characters in any id (a call's, an utterance's, a card's; a note's target is an utterance id). */
  id: 200,
  /** Characters in a note. */
  note: 50_000,
  /** Utterances in one call. */
  utterances: 200_000,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

function over(line: number, what: string, length: number, limit: number): TranscriptError {
  return new TranscriptError(line, `${what} of ${count(length)} characters, over the limit of ${count(limit)}`);
}

/**
 * Throws a TranscriptError at the utterance's line when any of it is over a limit; `index` counts from 0. A
 * turn's text needs no check: the file's size bounds it.
 */
export function checkCallLimits(u: TranscriptUtterance, index: number): void {
  if (index >= CALL_LIMITS.utterances) throw new TranscriptError(u.line, `more than ${count(CALL_LIMITS.utterances)} turns, over the limit for one call`);
  if (u.speaker !== null && u.speaker.length > CALL_LIMITS.name) throw over(u.line, 'a speaker name', u.speaker.length, CALL_LIMITS.name);
  if (u.id !== undefined && u.id.length > CALL_LIMITS.id) throw over(u.line, 'an id', u.id.length, CALL_LIMITS.id);
}
