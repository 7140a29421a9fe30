/**
 * What the buyer's latest line did, read from its cues: object, name an alternative, decline, make an offer.
 * The rep's reply is read against it ("but it's barely used" after a price objection is a counter; "please
 * reconsider" after a clear no is pressure). Results are cached per utterance object: the call session keeps
 * the same context objects between revisions, so each earlier line is read once, not on every partial.
 */
import { normalizeCaption } from '../text-normalize';
import type { RoledUtterance } from '../types';
import { ALTERNATIVE_CUES } from './alternative-cues';
import { strongestCue } from './cue';
import { OBJECTION_CUES } from './objection-cues';
import { STRONG_NO_CUES } from './strong-no-cues';
import { DECIDER } from './stakeholder-cues';

export interface BuyerMoves {
  objection: boolean;
  alternative: boolean;
  strongNo: boolean;
  /** A number or "how about": the buyer put a counter-offer on the table. */
  offer: boolean;
  /** Names someone who takes part in the decision (for "she'll want the numbers" later). */
  namesDecider: boolean;
}

const OFFER = /(?:^|\s)(?:\$?[0-9][0-9,.]*k?|how about|would you take|would you accept|can you do|i can do|i can pay|i'd give you|i could go|i will pay|i can give you)(?:\s|$)/u;
const DECIDER_WORD = new RegExp(`(?<![a-z'])(?:my|our|the|her|his) ${DECIDER}(?![a-z'])`, 'u');
const cache = new WeakMap<RoledUtterance, BuyerMoves>();

function positive(hit: { confidence: number } | null): boolean {
  return hit !== null && hit.confidence >= 0.5;
}

export function buyerMoves(turn: RoledUtterance): BuyerMoves {
  const cached = cache.get(turn);
  if (cached !== undefined) return cached;
  const n = normalizeCaption(turn.text);
  const moves: BuyerMoves = {
    objection: positive(strongestCue(n, OBJECTION_CUES, true)),
    alternative: positive(strongestCue(n, ALTERNATIVE_CUES, true)),
    strongNo: positive(strongestCue(n, STRONG_NO_CUES, true)),
    offer: OFFER.test(n.text),
    namesDecider: DECIDER_WORD.test(n.text),
  };
  cache.set(turn, moves);
  return moves;
}

/** The buyer's line the rep is answering: the latest turn when it is the buyer's, or the one before a rep turn. */
export function buyerLineJustBefore(previous: readonly RoledUtterance[]): RoledUtterance | undefined {
  const last = previous[previous.length - 1];
  if (last?.role === 'prospect') return last;
  const beforeLast = previous[previous.length - 2];
  return beforeLast?.role === 'prospect' ? beforeLast : undefined;
}

/** True when one of the last few turns named a decider, so "she" or "they" can refer to them. */
export function deciderNamedRecently(previous: readonly RoledUtterance[], turns = 4): boolean {
  for (let i = previous.length - 1; i >= Math.max(0, previous.length - turns); i -= 1) {
    const turn = previous[i];
    if (turn !== undefined && buyerMovesOrRep(turn)) return true;
  }
  return false;
}

function buyerMovesOrRep(turn: RoledUtterance): boolean {
  return turn.role === 'prospect' ? buyerMoves(turn).namesDecider : DECIDER_WORD.test(normalizeCaption(turn.text).text);
}

/** The buyer declined clearly within the last three turns (the rep may be asking again). */
export function buyerDeclinedRecently(previous: readonly RoledUtterance[]): boolean {
  for (let i = previous.length - 1; i >= Math.max(0, previous.length - 3); i -= 1) {
    const turn = previous[i];
    if (turn?.role === 'prospect' && buyerMoves(turn).strongNo) return true;
  }
  return false;
}
