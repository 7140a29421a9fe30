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
 * A caption as held while its element stays on screen: its words so far, of which those from `shownFrom` on are
 * the element's last rendering and those before it scrolled off the front (Zoom's rolling window).
 */
export interface HeldCaption {
  text: string;
  shownFrom: number;
}

function fromWord(words: CaptionWords, index: number): CaptionWords {
  return { raw: words.raw.slice(index), norm: words.norm.slice(index) };
}

/**
 * The caption read as rolled on to `after`, with how many of the words held reappear in it, or null. Matched
 * against every word held, so a rendering that shows again a word or two already scrolled away still lines up.
 */
function rollOn(held: CaptionWords, after: CaptionWords): { caption: HeldCaption; overlap: number } | null {
  const whole = meaningful(held);
  const rolledFrom = rollingOverlapStart(whole.norm, after.norm);
  if (rolledFrom <= 0) return null;
  return { caption: { text: [...whole.raw.slice(0, rolledFrom), ...after.raw].join(' '), shownFrom: rolledFrom }, overlap: whole.norm.length - rolledFrom };
}

/**
 * True when a rendering that starts as the last one did is the window rolled on to a phrase said again, not the
 * last rendering changed in place: most of it is words the last rendering ended with (`overlap`), and read in
 * place it would disagree word for word with what was shown.
 */
function rollsPastSameStart(before: readonly string[], after: readonly string[], overlap: number): boolean {
  if (overlap * 2 < after.length) return false;
  let agree = 0;
  for (let i = 0; i < after.length; i += 1) if (before[i] === after[i]) agree += 1;
  return agree / after.length < ROLL_AGREEMENT;
}

/**
 * Reads a new rendering of a caption element as a continuation of the caption held for it, and returns the
 * caption so far: the words that scrolled away followed by the rendering. The rendering replaces the last one
 * when it grew, shrank or was corrected in place; when the text rolled, the words that scrolled away in
 * between are kept before it. Returns null when the element now shows a different caption (a recycled list
 * row, or a site that dropped a long monologue and started over).
 *
 * Only the last rendering is compared for an in-place change, not the words that scrolled away: a rolled
 * window whose first word recognition corrected is still the same window, wherever the caption started.
 */
export function continueCaption(previous: HeldCaption, next: string): HeldCaption | null {
  const held = splitWords(previous.text);
  const scrolled = held.raw.slice(0, previous.shownFrom);
  const inPlace: HeldCaption = { text: scrolled.length === 0 ? next : [...scrolled, next.trim()].join(' ').trim(), shownFrom: scrolled.length };
  const before = meaningful(fromWord(held, previous.shownFrom));
  const after = meaningful(splitWords(next));
  if (before.norm.length === 0 || after.norm.length === 0) return inPlace;
  if (sameStart(before.norm, after.norm)) {
    // A rolling window drops whole lines, so one that rolled on to the same opening words is shorter than the last.
    const rolled = after.norm.length < before.norm.length ? rollOn(held, after) : null;
    return rolled && rollsPastSameStart(before.norm, after.norm, rolled.overlap) ? rolled.caption : inPlace;
  }
  const rolled = rollOn(held, after);
  if (rolled) return rolled.caption;
  const known = new Set(before.norm);
  const found = after.norm.filter((word) => known.has(word)).length;
  if (after.norm.length >= LEADING_WORDS && found / after.norm.length >= CORRECTION_OVERLAP) return inPlace;
  return null;
}
