/**
 * The small engine every label uses: a cue is a precompiled pattern over normalised caption text, with a
 * confidence and a kind. A cue whose words are negated just before it ("I'm not worried about price") does
 * not count; a cue whose meaning depends on what follows decides that in its `judge`.
 */
import { wordIndexAt, type NormalizedText } from '../text-normalize';

/** What a cue is about; context rules use it to drop one kind ("not right now" after "is now a good time?"). */
export type CueKind =
  | 'price'
  | 'value'
  | 'risk'
  | 'timing'
  | 'authority'
  | 'fit'
  | 'postpone'
  | 'unsure'
  | 'info-request'
  | 'current-tool'
  | 'other-vendor'
  | 'in-house'
  | 'status-quo'
  | 'competitor'
  | 'feature'
  | 'benefit'
  | 'open'
  | 'closed'
  | 'problem'
  | 'goal'
  | 'accept'
  | 'next-step'
  | 'agree'
  | 'hedged'
  | 'decline'
  | 'urgency'
  | 'scarcity'
  | 'finality'
  | 'guilt'
  | 'insist'
  | 'reject'
  | 'rebut'
  | 'defend';

/** What a judge sees: the matched words, what follows them, and whether the caption is final. */
export interface CueMatch {
  readonly n: NormalizedText;
  readonly match: RegExpExecArray;
  /** The normalised words after the match, without the leading space. */
  readonly tail: string;
  /** True when the caption's punctuation closes the clause right after the match ("I'm not sure. Maybe..."). */
  readonly endsClause: boolean;
  readonly final: boolean;
}

export interface Cue {
  readonly pattern: RegExp;
  readonly confidence: number;
  readonly kind: CueKind;
  /** Returns the confidence for this match (`base` is the cue's own), 0 when the words turn out not to mean it. */
  readonly judge?: Judge;
}

export interface CueHit {
  readonly confidence: number;
  readonly kind: CueKind;
  /** Offsets of the match in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** How many different cues of the list matched at 0.5 or more: independent evidence for the same label. */
  readonly agreeing: number;
}

export type Judge = (m: CueMatch, base: number) => number;

/**
 * Compiles a cue. `source` is a regular expression over normalised text (lower case, single spaces, no
 * punctuation except apostrophes); it is anchored to whole words here so "is" never matches inside "isn't".
 * The word boundary is ASCII on purpose: cue words are English, non-English lines never reach the cues, and
 * skipping the Unicode flag makes every cue about a third faster on the hot path.
 */
export function cue(source: string, confidence: number, kind: CueKind, judge?: Judge): Cue {
  const pattern = new RegExp(`(?<![a-z0-9'])(?:${source})(?![a-z0-9'])`, 'g');
  return judge === undefined ? { pattern, confidence, kind } : { pattern, confidence, kind, judge };
}

/** Words that turn the cue after them around ("not worried about price", "I don't think it's too much"). */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'hardly', 'barely', 'without', 'nor']);
/** Words skipped without using up the look-back ("I'm not really all that worried about it"). */
const SOFTENERS: ReadonlySet<string> = new Set([
  'really', 'all', 'that', 'very', 'too', 'particularly', 'especially', 'super', 'overly', 'even',
  'actually', 'honestly', 'necessarily', 'exactly', 'quite', 'terribly', 'just', 'much', 'at',
  'to', 'be', 'say',
]);
/** Words that start a new clause, beyond which a negation no longer reaches. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set([
  'but', 'though', 'although', 'however', 'except', 'because', 'cause', 'since', 'and', 'so', 'then',
  'yet', 'whereas', 'while', 'plus', 'also', 'if',
]);
/** How many meaningful words before a cue a negation may sit. */
const NEGATION_REACH = 3;

export function isNegatedBefore(n: NormalizedText, firstWord: number): boolean {
  let counted = 0;
  for (let i = firstWord; counted < NEGATION_REACH; ) {
    if (n.breakBefore[i] === true) return false;
    i -= 1;
    const word = n.words[i];
    if (word === undefined || CLAUSE_JOINERS.has(word)) return false;
    if (NEGATORS.has(word) || word.endsWith("n't")) return true;
    if (!SOFTENERS.has(word)) counted += 1;
  }
  return false;
}

/** The strongest non-negated cue in the text, or null. On equal confidence the earlier cue in the list wins. */
export function strongestCue(
  n: NormalizedText,
  cues: readonly Cue[],
  final: boolean,
  skip?: ReadonlySet<CueKind>,
): CueHit | null {
  let best: Omit<CueHit, 'agreeing'> | null = null;
  let agreeing = 0;
  for (const c of cues) {
    if (skip?.has(c.kind) === true) continue;
    const re = c.pattern;
    re.lastIndex = 0;
    let counted = false;
    for (let m = re.exec(n.text); m !== null; m = re.exec(n.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) re.lastIndex += 1;
      if (isNegatedBefore(n, wordIndexAt(n, start))) continue;
      const confidence = c.judge === undefined ? c.confidence : c.judge(matchDetails(n, m, end, final), c.confidence);
      if (confidence >= 0.5 && !counted) {
        agreeing += 1;
        counted = true;
      }
      if (confidence > 0 && (best === null || confidence > best.confidence)) {
        best = { confidence, kind: c.kind, start, end };
      }
    }
  }
  return best === null ? null : { ...best, agreeing };
}

/**
 * True when a cue of the list matches only where a negation turns it around ("it's not too expensive for us"):
 * the line speaks to that concern, even though it does not raise it.
 */
export function hasNegatedCue(n: NormalizedText, cues: readonly Cue[]): boolean {
  for (const c of cues) {
    const re = c.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(n.text); m !== null; m = re.exec(n.text)) {
      if (m[0].length === 0) re.lastIndex += 1;
      if (isNegatedBefore(n, wordIndexAt(n, m.index))) return true;
    }
  }
  return false;
}

function matchDetails(n: NormalizedText, match: RegExpExecArray, end: number, final: boolean): CueMatch {
  const tail = n.text.slice(end + 1);
  const endsClause = tail !== '' && n.breakBefore[wordIndexAt(n, end + 1)] === true;
  return { n, match, tail, endsClause, final };
}

/** Raises the confidence a little for each further independent cue, capped below certainty. */
export function reinforce(confidence: number, extraCues: number): number {
  return Math.min(0.95, confidence + 0.1 * extraCues);
}

/**
 * Confidence for a cue that the words so far cannot decide yet: kept for the review, below the coach's 0.5.
 * Live captions grow word by word, so a card raised on "I'm not sure" and withdrawn at "...how many seats we
 * have" would flash a wrong card in front of the rep; such cues wait for the next word or for the final text.
 */
export const UNDECIDED = 0.4;

/** The cue holds unless the words right after it take it back ("too expensive, but worth it"). */
export function rejectIfFollowedBy(reject: RegExp): Judge {
  return (m, base) => (reject.test(m.tail) ? 0 : base);
}

/**
 * Like `rejectIfFollowedBy`, but while the caption still ends on the cue, or on the first words of a
 * rejection (`pending`, e.g. "at" before "at my calendar"), it waits for the next word; punctuation that
 * closes the clause right after the cue settles it.
 */
export function decidedByNextWords(reject: RegExp, pending?: RegExp): Judge {
  return (m, base) => {
    if (m.tail === '' || (!m.final && pending?.test(m.tail) === true)) return m.final ? base : UNDECIDED;
    // A rejecting continuation cannot cross a sentence end: "we're going to pass. It's not a priority".
    if (m.endsClause) return base;
    return reject.test(m.tail) ? 0 : base;
  };
}

/**
 * The cue holds only when the caption ends on it (final), the words after it confirm it, or, with
 * `sentenceEndConfirms`, the caption's punctuation closes the clause right after it ("I'm not sure. Maybe").
 */
export function onlyIfFollowedBy(confirm: RegExp, sentenceEndConfirms = false): Judge {
  return (m, base) => {
    if (m.tail === '') return m.final ? base : UNDECIDED;
    if (sentenceEndConfirms && m.endsClause) return base;
    return confirm.test(m.tail) ? base : 0;
  };
}
