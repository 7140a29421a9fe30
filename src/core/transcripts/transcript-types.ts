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

const SUFFIX = /\s*[([](?:guest|external|extern|invité|gast|he\/him|she\/her|they\/them|[a-z]+\/[a-z]+|[^)\]]{0,20})[)\]]\s*$/iu;
/**
 * Direction marks and embeddings, invisible: tools put them around right-to-left names, and left in they made
 * one person two speakers whose names look the same, neither matching `--me`.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The same name whatever spacing and invisible marks a tool wrote around it; tabs and no-break spaces become spaces.
 * NFC because macOS exports write "é" as "e" and a combining accent, which never equalled the "é" typed in `--me`.
 */
function tidyName(name: string): string {
  return name.normalize('NFC').replace(BIDI_CONTROLS, '').replace(/\s+/gu, ' ').trim();
}

/**
 * "Priya Raman (Guest)", "Alex Kim (they/them)", "Tom Becker [External]" -> the bare name. Every suffix goes:
 * Teams and Zoom add them one after another ("Tom Becker (External) (he/him)").
 */
export function cleanSpeaker(name: string): string {
  return withoutSuffixes(tidyName(name));
}

/** A tidied name without the suffixes tools add after it. */
function withoutSuffixes(tidy: string): string {
  let bare = tidy;
  for (let previous = ''; bare !== previous; ) {
    previous = bare;
    bare = bare.replace(SUFFIX, '').trim();
  }
  return bare;
}

/**
 * A plausible name: letters first, then letters, digits, spaces and the punctuation names carry (hyphens,
 * including the non-breaking one, and middle dots: "Jean‑Luc", "マリア・ガルシア").
 */
const NAME = /^[\p{L}][\p{L}\p{M}\p{N} .'’()[\]/\u00b7\u2010\u2011\u30fb-]{0,80}$/u;
/**
 * Where the colon after a name can be. Only the start of a line is matched against the name patterns: a pattern
 * run over a whole turn saved as one line (megabytes, no line breaks) overflowed the regex engine's stack.
 */
const NAME_HEAD_CHARS = 128;

/**
 * "Becker, Tom: text": the "Last, First" display name many company directories give (Zoom and Meet write the
 * account's name as it is; Teams' <v> spans need nothing). The plain pattern refuses commas, so such a file read
 * as one long turn by its first speaker. A comma before a colon is common in sentences too ("Well, honestly:
 * ..."), so this form is narrow: one or two capitalised words (after name particles such as "van der") on each
 * side, an optional suffix such as "(Guest)", and not a sentence opener addressing someone ("Okay, Tom: ...").
 */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const PARTICLE_WORDS = ['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'ten', 'ter', 'bin', 'al'];
const PARTICLES = `(?:${PARTICLE_WORDS.join('|')}) `;
const LAST_FIRST = new RegExp(`^(?:${PARTICLES})*${NAME_WORD}(?: ${NAME_WORD})?, ${NAME_WORD}(?: ${NAME_WORD})?(?: ?[([][^)\\]]{1,20}[)\\]])?$`, 'u');
const OPENERS = new Set([
  'actually', 'again', 'alright', 'also', 'and', 'anyway', 'basically', 'but', 'fine', 'first', 'good', 'great', 'hello', 'hey', 'hi',
  'honestly', 'listen', 'look', 'no', 'nope', 'now', 'oh', 'ok', 'okay', 'perfect', 'right', 'so', 'sorry', 'sure', 'thank', 'thanks',
  'then', 'well', 'yeah', 'yep', 'yes',
]);

function lastFirst(name: string): boolean {
  return LAST_FIRST.test(name) && !OPENERS.has(name.split(/[\s,]/u)[0]?.toLowerCase() ?? '');
}

/** The speaker named by `raw` (the text before a colon, a heading's name), cleaned; null when it is no name. */
export function speakerName(raw: string): string | null {
  const tidy = tidyName(raw);
  if (!NAME.test(tidy) && !lastFirst(tidy)) return null;
  const name = withoutSuffixes(tidy);
  if (name === '' || name.split(' ').length > 6 || /https?$/iu.test(name)) return null;
  return name;
}

/**
 * "Bottom line", "Next steps", "In short": a capital first and a lower-case word after it (other than a name
 * particle, as in "Anna van der Berg") is how a sentence starts; a name is written "Lena Park", or all in lower
 * case by someone who typed it so ("dana r").
 */
export function startsLikeSentence(name: string): boolean {
  const [first, ...rest] = name.split(' ');
  return /^\p{Lu}/u.test(first ?? '') && rest.some((word) => /^\p{Ll}/u.test(word) && !PARTICLE_WORDS.includes(word));
}

/** "Name: text" with a plausible name (at most six words, no URL or time) before the first colon. */
export function splitSpeaker(line: string): { speaker: string; text: string } | null {
  const colon = line.slice(0, NAME_HEAD_CHARS).indexOf(':');
  if (colon < 1 || !/\s/u.test(line.charAt(colon + 1))) return null;
  const speaker = speakerName(line.slice(0, colon));
  return speaker === null ? null : { speaker, text: line.slice(colon + 1).trim() };
}
