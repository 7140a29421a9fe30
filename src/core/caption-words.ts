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
