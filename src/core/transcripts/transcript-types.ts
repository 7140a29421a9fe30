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

export function splitSpeaker(line: string): { speaker: string; text: string } | null {
  const m = NAME_LINE.exec(line);
  if (m === null) return null;
  const name = cleanSpeaker(m[1] ?? '');
  if (name === '' || name.split(' ').length > 6 || /https?$/iu.test(name)) return null;
  return { speaker: name, text: (m[2] ?? '').trim() };
}
