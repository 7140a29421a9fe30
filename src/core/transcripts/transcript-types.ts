/** What every transcript parser yields, and the error it throws on input it cannot read. */

export interface TranscriptUtterance {
  /** The speaker as the file names them, suffixes such as "(Guest)" removed; null when the file shows none. */
  speaker: string | null;
  text: string;
  /** Seconds from the start of the call, or null when the file has no times. */
  start: number | null;
  end: number | null;
  /** The 1-based line where the utterance starts, for messages. */
  line: number;
  /** Only JSONL input says who is who; other formats leave it to `--me`. */
  role?: 'rep' | 'prospect';
  id?: string;
}

/** A problem with the input, at a line. The CLI prefixes the file name. */
export class TranscriptError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'TranscriptError';
  }
}

/** The largest transcript the review page imports and `candor` reads (the limit). */
export const MAX_TRANSCRIPT_BYTES = 200 * 1024 * 1024;

/**
 * A file size for the "over the limit" message, rounded up to a tenth of a MB: rounding to the nearest whole MB
 * said "the file is 200 MB, over the 200 MB limit" for anything up to 200.5 MB.
 */
export function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / 1048576) * 10) / 10);
}

/** A streaming parser: feed lines in order, collect utterances as they complete, then `end()` for the rest. */
export interface TranscriptParser {
  push(line: string, lineNumber: number): TranscriptUtterance[];
  end(): TranscriptUtterance[];
}

/** "Priya Raman (Guest)", "Alex Kim (they/them)", "Tom Becker [External]" -> the bare name. */
export function cleanSpeaker(name: string): string {
  return name
    .replace(/\s*[([](?:guest|external|extern|invité|gast|he\/him|she\/her|they\/them|[a-z]+\/[a-z]+|[^)\]]{0,20})[)\]]\s*$/iu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** "Name: text" with a plausible name (letters, at most six words, no URL or time). */
const NAME_LINE = /^([\p{L}][\p{L}\p{M}\p{N} .'’()[\]/-]{0,80}?):\s+(.*)$/u;

/**
 * "Becker, Tom: text": the "Last, First" display name many company directories give (Zoom and Meet write the
 * account's name as it is; Teams' <v> spans need nothing). The plain pattern refuses commas, so such a file read
 * as one long turn by its first speaker. A comma before a colon is common in sentences too ("Well, honestly:
 * ..."), so this form is narrow: one or two capitalised words (after name particles such as "van der") on each
 * side, an optional suffix such as "(Guest)", and not a sentence opener addressing someone ("Okay, Tom: ...").
 */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const PARTICLES = '(?:van|von|de|der|den|da|di|du|del|della|la|le|ten|ter|bin|al) ';
const LAST_FIRST_LINE = new RegExp(
  `^((?:${PARTICLES})*${NAME_WORD}(?: ${NAME_WORD})?, ${NAME_WORD}(?: ${NAME_WORD})?(?: ?[([][^)\\]]{1,20}[)\\]])?):\\s+(.*)$`,
  'u',
);
const OPENERS = new Set([
  'actually', 'again', 'alright', 'also', 'and', 'anyway', 'basically', 'but', 'fine', 'first', 'good', 'great', 'hello', 'hey', 'hi',
  'honestly', 'listen', 'look', 'no', 'nope', 'now', 'oh', 'ok', 'okay', 'perfect', 'right', 'so', 'sorry', 'sure', 'thank', 'thanks',
  'then', 'well', 'yeah', 'yep', 'yes',
]);

function lastFirst(line: string): RegExpExecArray | null {
  const m = LAST_FIRST_LINE.exec(line);
  const first = (m?.[1] ?? '').split(/[\s,]/u)[0]?.toLowerCase() ?? '';
  return m === null || OPENERS.has(first) ? null : m;
}

export function splitSpeaker(line: string): { speaker: string; text: string } | null {
  const m = NAME_LINE.exec(line) ?? lastFirst(line);
  if (m === null) return null;
  const name = cleanSpeaker(m[1] ?? '');
  if (name === '' || name.split(' ').length > 6 || /https?$/iu.test(name)) return null;
  return { speaker: name, text: (m[2] ?? '').trim() };
}
