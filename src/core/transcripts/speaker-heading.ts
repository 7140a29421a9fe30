/**
 * Otter.ai's text export heads each turn with the speaker's name and the time into the recording, two spaces
 * apart (Otter leaves two more after the time), and puts the words on the lines below; turns are separated by
 * blank lines:
 *
 *   Priya Raman  0:03
 *   What made you take the call?
 *
 * A single space is not enough: a line of words can end in a time ("see you Tuesday at 10:30"), and taking it for
 * a heading would hand the rest of the call to a speaker called "see you Tuesday at".
 */
import { parseTimestamp } from './cue-transcript';
import { speakerName } from './transcript-types';

const HEADING = /^(\S.{0,120}?)(?: {2,}|\t)[ \t]*((?:\d{1,2}:)?\d{1,2}:\d{2})$/u;

/** The speaker and start (seconds) of a heading line, already trimmed; null for any other line. */
export function speakerHeading(line: string): { speaker: string; start: number } | null {
  const m = line.length > 160 ? null : HEADING.exec(line);
  const speaker = m === null ? null : speakerName(m[1] ?? '');
  return m === null || speaker === null ? null : { speaker, start: parseTimestamp(m[2] ?? '0:00') };
}
