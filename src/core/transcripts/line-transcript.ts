/**
 * Plain transcripts with one `Name: text` paragraph per turn, Google Meet's transcript document saved as text
 * (title, attendees, a "Transcript" heading, timestamp lines, closing boilerplate), and Otter.ai's text export
 * ("Name  0:03" heading lines, the words below them). Timestamp lines set the time of the turns after them; a
 * line without a name continues the previous speaker.
 */
import { splitSpeaker, type TranscriptParser, type TranscriptUtterance } from './transcript-types';
import { parseTimestamp } from './cue-transcript';
import { isPreambleLine } from './preamble-line';
import { speakerHeading } from './speaker-heading';

const TIMESTAMP_LINE = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
/**
 * "[00:00:05] Name: text" (or "[01:02]"): the text export of transcription services and note-taker bots. The
 * time sets the turn's start like a Meet timestamp line; the rest is read as any line, so a bracketed time never
 * makes a speaker of a line that has no name.
 */
const BRACKET_TIME = /^\[((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]\s*/u;
const BOILERPLATE = /^(?:meeting ended after|this editable transcript was computer generated|transcript$|attendees$|transcribed by https:\/\/otter\.ai$)/iu;
const HEADING = /^(?:transcript|attendees)$/iu;

export function createLineParser(): TranscriptParser {
  let time: number | null = null;
  let turn: TranscriptUtterance | null = null;
  let emitted = false;
  // How the file names speakers, settled by its first turn (after any metadata preamble, preamble-line.ts).
  // Otter's export opens with a "Name  0:03" heading and then names speakers only in headings: a line of words
  // such as "Bottom line: we reconcile by hand" is not a speaker called "Bottom line". A file that opens with
  // "Name: text" turns keeps them: its line of words "Say Tuesday at  10:30" is not a heading handing the rest of
  // the call to a speaker called "Say Tuesday at".
  let naming: 'unknown' | 'headings' | 'colons' = 'unknown';

  function startTurn(speaker: string, text: string, line: number): TranscriptUtterance[] {
    // A heading with no words under it said nothing.
    const done = turn === null || turn.text === '' ? [] : [turn];
    if (turn !== null) emitted = true;
    turn = { speaker, text, start: time, end: time, line };
    return done;
  }

  return {
    push(line, lineNumber) {
      let trimmed = line.trim();
      const stamped = BRACKET_TIME.exec(trimmed);
      if (stamped !== null) {
        time = parseTimestamp(stamped[1] ?? '0:00');
        // The rest by position, not by a capture running to the end: a turn can be one line of megabytes.
        trimmed = trimmed.slice(stamped[0].length);
      }
      // Meet's "Attendees" / "Transcript" headings close the document's header: a title read as a turn
      // ("Discovery call: Acme – Transcript" looks like "Name: text") was no one speaking.
      if (HEADING.test(trimmed) && !emitted && time === null) turn = null;
      if (trimmed === '' || BOILERPLATE.test(trimmed)) return [];
      // Before anyone speaks, "Title: ..." is the file's metadata, not a turn that settles how it names speakers.
      if (turn === null && !emitted && isPreambleLine(trimmed)) return [];
      const heading = naming === 'colons' ? null : speakerHeading(trimmed);
      if (heading !== null) {
        naming = 'headings';
        time = heading.start;
        return startTurn(heading.speaker, '', lineNumber);
      }
      if (TIMESTAMP_LINE.test(trimmed)) {
        time = parseTimestamp(`${trimmed}.0`);
        return [];
      }
      const named = naming === 'headings' ? null : splitSpeaker(trimmed);
      if (named === null) {
        // Headings before the first turn (title, attendee list) belong to nobody.
        if (turn !== null) turn = { ...turn, text: turn.text === '' ? trimmed : `${turn.text} ${trimmed}` };
        return [];
      }
      naming = 'colons';
      return startTurn(named.speaker, named.text, lineNumber);
    },
    end() {
      const done = turn === null || turn.text === '' ? [] : [turn];
      turn = null;
      return done;
    },
  };
}
