/**
 * Turns messy live-caption text into one predictable shape for pattern matching, while remembering where
 * every word came from so evidence can be quoted exactly as the caption showed it.
 *
 * Captions arrive lower case or randomly capitalised, with missing or wrong punctuation, fillers ("um",
 * "you know"), stutters ("the the price") and contractions without apostrophes ("dont"). Matching runs on
 * `text`: lower case, fillers and stutters removed, punctuation gone, words joined by single spaces.
 */

/** A caption after normalisation, word for word linked back to the original text. */
export interface NormalizedText {
  /** Lower-case words joined by single spaces; only letters, digits and apostrophes. */
  readonly text: string;
  readonly words: readonly string[];
  /** Offset of each word in `text`. */
  readonly wordStart: readonly number[];
  /** Start and end offsets of each word in the original caption. */
  readonly rawStart: readonly number[];
  readonly rawEnd: readonly number[];
  /** True when the original had clause punctuation (. , ; : ! ? or a dash) right before this word. */
  readonly breakBefore: readonly boolean[];
  /** True when the original showed this word with a capital first letter. */
  readonly capitalised: readonly boolean[];
  /** True when the original contained a question mark anywhere. */
  readonly hasQuestionMark: boolean;
  /** True when the original ends with a question mark. */
  readonly endsWithQuestionMark: boolean;
}

/** A caption word: letters or digits, with inner apostrophes ("don't", "we're"). Hyphens split words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CLAUSE_PUNCTUATION = /[.,;:!?…—–]/u;
const CAPITAL = /^\p{Lu}/u;

/** True when raw[from, to) holds clause punctuation; scans in place to avoid a slice per word. */
function hasClauseBreak(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = raw.charCodeAt(i);
    // . , ; : ! ? and, beyond ASCII, the ellipsis and dashes.
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63) return true;
    if (c > 127 && CLAUSE_PUNCTUATION.test(raw[i] ?? '')) return true;
  }
  return false;
}

function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
}

/** Hesitation sounds that speech recognition writes out; they never carry meaning for us. */
const FILLERS: ReadonlySet<string> = new Set([
  'um', 'umm', 'ummm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'ahh', 'hmm', 'hm', 'mm', 'mmm',
]);

/** Words after which "you know" is a real verb phrase ("do you know"), not a filler. */
const YOU_KNOW_KEEPERS: ReadonlySet<string> = new Set([
  'do', 'did', 'does', "don't", "didn't", 'if', 'as', 'let', 'to', 'would', 'will', 'whether', 'might',
  'may', 'could', 'should', 'can', 'what',
]);

/** Contractions that captions often write without the apostrophe; only unambiguous ones are repaired. */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ['dont', "don't"], ['cant', "can't"], ['cannot', "can't"], ['isnt', "isn't"], ['doesnt', "doesn't"],
  ['didnt', "didn't"], ['wouldnt', "wouldn't"], ['couldnt', "couldn't"], ['shouldnt', "shouldn't"],
  ['arent', "aren't"], ['wasnt', "wasn't"], ['werent', "weren't"], ['havent', "haven't"],
  ['hasnt', "hasn't"], ['hadnt', "hadn't"], ['im', "i'm"], ['ive', "i've"], ['youre', "you're"],
  ['youll', "you'll"], ['youve', "you've"], ['theyre', "they're"], ['thats', "that's"],
  ['whats', "what's"], ['theres', "there's"], ['weve', "we've"], ['itll', "it'll"], ['wouldve', "would've"],
]);

interface RawWord {
  word: string;
  start: number;
  end: number;
  breakBefore: boolean;
  capitalised: boolean;
}

function readWords(raw: string): RawWord[] {
  const out: RawWord[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(raw); m !== null; m = WORD.exec(raw)) {
    const lowered = m[0].toLowerCase();
    const lower = lowered.includes('’') ? lowered.replace(/’/gu, "'") : lowered;
    out.push({
      word: CONTRACTIONS.get(lower) ?? lower,
      start: m.index,
      end: m.index + m[0].length,
      breakBefore: hasClauseBreak(raw, previousEnd, m.index),
      capitalised: startsWithCapital(m[0]),
    });
    previousEnd = m.index + m[0].length;
  }
  return out;
}

/** Drops fillers, filler "you know" and immediate repeats of one or two words (false starts). */
function dropNoise(words: RawWord[]): RawWord[] {
  const kept: RawWord[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] as RawWord;
    if (FILLERS.has(w.word)) continue;
    const next = words[i + 1];
    const previous = kept[kept.length - 1];
    if (w.word === 'you' && next?.word === 'know' && !YOU_KNOW_KEEPERS.has(previous?.word ?? '')) {
      i += 1;
      continue;
    }
    // "the the price": the second copy is the real one; keep the break it carries.
    if (previous !== undefined && previous.word === w.word) {
      kept[kept.length - 1] = { ...w, breakBefore: previous.breakBefore || w.breakBefore };
      continue;
    }
    const beforePrevious = kept[kept.length - 2];
    if (
      previous !== undefined &&
      beforePrevious !== undefined &&
      next !== undefined &&
      beforePrevious.word === w.word &&
      previous.word === next.word
    ) {
      // "we use we use excel": forget the first attempt.
      kept.splice(kept.length - 2, 2, w);
      continue;
    }
    kept.push(w);
  }
  return kept;
}

/**
 * The last few captions normalised: the classifier reads the same earlier turns on every update (what the
 * rep just asked, whether the buyer objected), so they are normalised once, not on every partial.
 */
const recent = new Map<string, NormalizedText>();
const RECENT_MAX = 128;

export function normalizeCaption(raw: string): NormalizedText {
  const known = recent.get(raw);
  if (known !== undefined) return known;
  const n = normalizeUncached(raw);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(raw, n);
  return n;
}

function normalizeUncached(raw: string): NormalizedText {
  const kept = dropNoise(readWords(raw));
  const words: string[] = [];
  const wordStart: number[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  const breakBefore: boolean[] = [];
  const capitalised: boolean[] = [];
  let offset = 0;
  for (const w of kept) {
    words.push(w.word);
    wordStart.push(offset);
    rawStart.push(w.start);
    rawEnd.push(w.end);
    breakBefore.push(w.breakBefore);
    capitalised.push(w.capitalised);
    offset += w.word.length + 1;
  }
  return {
    text: words.join(' '),
    words,
    wordStart,
    rawStart,
    rawEnd,
    breakBefore,
    capitalised,
    hasQuestionMark: raw.includes('?'),
    endsWithQuestionMark: /\?\s*$/u.test(raw),
  };
}

/** Index of the word that contains `offset` of `n.text` (a space counts for the word before it). */
export function wordIndexAt(n: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = n.wordStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((n.wordStart[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The original caption text behind `n.text.slice(start, end)`, fillers and punctuation inside included. */
export function originalSpan(n: NormalizedText, raw: string, start: number, end: number): string {
  const first = wordIndexAt(n, start);
  const last = wordIndexAt(n, Math.max(start, end - 1));
  return raw.slice(n.rawStart[first] ?? 0, n.rawEnd[last] ?? raw.length);
}
