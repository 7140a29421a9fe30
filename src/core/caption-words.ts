/**
 * Word-level views of caption text, used to tell new words from re-rendered or corrected old ones.
 * Live captions flip case ("so" -> "So"), add punctuation and fix words after the fact, so comparisons run on
 * normalised words while the text shown to people keeps the caption's own spelling.
 */

/** A caption's words as shown (`raw`) and as compared (`norm`), index for index. */
export interface CaptionWords {
  raw: string[];
  norm: string[];
}

const PUNCTUATION = /[^\p{L}\p{N}']+/gu;

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(PUNCTUATION, '');
}

export function splitWords(text: string): CaptionWords {
  const raw = text.split(/\s+/u).filter((word) => word.length > 0);
  return { raw, norm: raw.map(normalizeWord) };
}

/** Normalised text for equality and prefix checks: lower case, no punctuation, single spaces. */
export function normalizeText(text: string): string {
  return splitWords(text)
    .norm.filter((word) => word.length > 0)
    .join(' ');
}

/** True when `prefix` is `text` itself or a word-aligned start of it, after normalisation. */
export function startsWithWords(text: string, prefix: string): boolean {
  const a = normalizeText(text);
  const b = normalizeText(prefix);
  return a === b || (b.length > 0 && a.startsWith(`${b} `));
}

/** How many of the anchor's last words are compared when locating where consumed text ends. */
const ANCHOR_WORDS = 3;

/**
 * Finds where the part of a caption that was already taken into finalised utterances ends in a newer
 * rendering of the same caption, so only genuinely new words become a new utterance.
 *
 * `consumed` is the normalised word list that was taken. The newer rendering may have corrected words inside
 * that part, so the end is located by its last few words (the anchor), searched near the expected position;
 * when the anchor cannot be found (a correction touched it), the word count is trusted instead.
 *
 * Returns the index in `current.norm` where new words begin.
 */
export function endOfConsumedWords(current: CaptionWords, consumed: readonly string[]): number {
  if (consumed.length === 0) return 0;
  const anchor = consumed.slice(-ANCHOR_WORDS).filter((word) => word.length > 0);
  if (anchor.length === 0) return Math.min(consumed.length, current.norm.length);
  const expectedEnd = consumed.length;
  let best = -1;
  // Search from the expected position outward: corrections change the word count by a word or two at most.
  for (let delta = 0; delta <= 4 && best < 0; delta += 1) {
    for (const end of delta === 0 ? [expectedEnd] : [expectedEnd + delta, expectedEnd - delta]) {
      if (end < anchor.length || end > current.norm.length) continue;
      if (anchor.every((word, i) => current.norm[end - anchor.length + i] === word)) {
        best = end;
        break;
      }
    }
  }
  return best >= 0 ? best : Math.min(expectedEnd, current.norm.length);
}

/** Index just after the last word that ends a sentence before the final word, or -1 when there is none. */
export function lastSentenceBoundary(words: readonly string[]): number {
  for (let i = words.length - 2; i >= 0; i -= 1) {
    if (/[.!?]["')\]]?$/u.test(words[i] ?? '')) return i + 1;
  }
  return -1;
}

/** True when `suffix` is `text` itself or a word-aligned end of it, after normalisation (a replayed window). */
export function endsWithWords(text: string, suffix: string): boolean {
  const a = normalizeText(text);
  const b = normalizeText(suffix);
  return a === b || (b.length > 0 && a.endsWith(` ${b}`));
}

/** Words compared when deciding whether two renderings start the same way. */
const LEADING_WORDS = 3;
/** Share of overlapping words that must agree for a roll (recognition may still correct a few). */
const ROLL_AGREEMENT = 0.8;
/** Share of the new rendering's words found in the old one for it to count as a correction of it. */
const CORRECTION_OVERLAP = 0.6;

function meaningful(words: CaptionWords): CaptionWords {
  const keep = words.norm.map((word) => word.length > 0);
  return { raw: words.raw.filter((_, i) => keep[i]), norm: words.norm.filter((_, i) => keep[i]) };
}

function sameStart(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(LEADING_WORDS, a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Where `next` continues `previous` after words scrolled off its front (Zoom's rolling captions): the index in
 * `previous` from which its remaining words reappear at the start of `next`, or -1. The largest overlap that
 * agrees word for word (allowing a corrected word here and there) wins; failing that, the two words that open
 * `next` found in `previous` still mark the roll when recognition rewrote words inside the overlap.
 */
export function rollingOverlapStart(previous: readonly string[], next: readonly string[]): number {
  for (let start = 1; start <= previous.length - 2; start += 1) {
    const overlap = previous.length - start;
    if (overlap > next.length || previous[start] !== next[0]) continue;
    let agree = 0;
    for (let i = 0; i < overlap; i += 1) if (previous[start + i] === next[i]) agree += 1;
    if (agree >= 2 && agree / overlap >= ROLL_AGREEMENT) return start;
  }
  for (let start = 1; start <= previous.length - 2; start += 1) {
    const rewritten = previous.length - start;
    if (rewritten > next.length + LEADING_WORDS) continue;
    if (previous[start] === next[0] && previous[start + 1] === next[1]) return start;
  }
  return -1;
}

/**
 * Reads a new rendering of a caption element as a continuation of what it showed before, and returns the
 * whole caption so far: the rendering itself when it grew, shrank or was corrected in place; the words that
 * scrolled away followed by the rendering when the text rolled. Returns null when the element now shows a
 * different caption (a recycled list row, or a site that dropped a long monologue and started over).
 */
export function continueCaption(previous: string, next: string): string | null {
  const before = meaningful(splitWords(previous));
  const after = meaningful(splitWords(next));
  if (before.norm.length === 0 || after.norm.length === 0) return next;
  if (sameStart(before.norm, after.norm)) return next;
  const rolledFrom = rollingOverlapStart(before.norm, after.norm);
  if (rolledFrom > 0) return [...before.raw.slice(0, rolledFrom), ...after.raw].join(' ');
  const known = new Set(before.norm);
  const found = after.norm.filter((word) => known.has(word)).length;
  if (after.norm.length >= LEADING_WORDS && found / after.norm.length >= CORRECTION_OVERLAP) return next;
  return null;
}
