/**
 * Whole-call measures for the review: talk split, rep monologues, questions and nudge uptake. Times are in
 * seconds from the start of the call. When a transcript has no times, speaking time is estimated from words
 * (at an ordinary speaking rate) so the split is still meaningful, and the review says so.
 */
import type { NudgeId } from '../nudges';
import { NUDGES } from '../nudges';
import type { Label, Role } from '../types';

export interface TimedLine {
  id: string;
  role: Role;
  speaker: string | null;
  text: string;
  /** Seconds. */
  start: number;
  end: number;
  labels: readonly Label[];
}

/** Words per second of ordinary speech (150 a minute), for transcripts without times. */
export const WORDS_PER_SECOND = 2.5;
/** A buyer line this short ("yeah", "mm-hmm") does not break a rep's monologue. */
const BACKCHANNEL_WORDS = 3;

export interface TalkSplit {
  /** The rep's share of talk time, 0..1 (0 when nobody spoke). */
  repShare: number;
  repSeconds: number;
  buyerSeconds: number;
}

export function talkSplitOf(lines: readonly TimedLine[]): TalkSplit {
  let rep = 0;
  let buyer = 0;
  for (const l of lines) {
    const seconds = Math.max(0, l.end - l.start);
    if (l.role === 'rep') rep += seconds;
    else buyer += seconds;
  }
  return { repShare: rep + buyer === 0 ? 0 : rep / (rep + buyer), repSeconds: rep, buyerSeconds: buyer };
}

export interface Monologue {
  start: number;
  end: number;
  seconds: number;
  utteranceIds: string[];
}

/** The rep's runs of speech with no real buyer turn in between, longest first. */
export function monologuesOf(lines: readonly TimedLine[], minSeconds: number): Monologue[] {
  const runs: Monologue[] = [];
  let run: Monologue | null = null;
  for (const l of lines) {
    if (l.role === 'rep') {
      if (run === null) run = { start: l.start, end: l.end, seconds: 0, utteranceIds: [] };
      run.end = Math.max(run.end, l.end);
      run.utteranceIds.push(l.id);
    } else if (l.text.trim().split(/\s+/u).length > BACKCHANNEL_WORDS && run !== null) {
      runs.push(run);
      run = null;
    }
  }
  if (run !== null) runs.push(run);
  return runs
    .map((r) => ({ ...r, seconds: r.end - r.start }))
    .filter((r) => r.seconds >= minSeconds)
    .sort((a, b) => b.seconds - a.seconds);
}

export interface Question {
  id: string;
  kind: 'open' | 'closed';
  text: string;
  at: number;
}

export function questionsOf(lines: readonly TimedLine[]): Question[] {
  const out: Question[] = [];
  for (const l of lines) {
    if (l.role !== 'rep') continue;
    const open = l.labels.some((x) => x.label === 'open_question' && x.confidence >= 0.5);
    const closed = l.labels.some((x) => x.label === 'closed_question' && x.confidence >= 0.5);
    if (open || closed) out.push({ id: l.id, kind: open ? 'open' : 'closed', text: l.text, at: l.start });
  }
  return out;
}

export interface ShownNudge {
  nudgeId: NudgeId;
  /** Seconds. */
  at: number;
  utteranceId: string | null;
}

export interface Uptake {
  shown: number;
  actedOn: number;
  /** actedOn / shown, or null when no card was shown. */
  rate: number | null;
}

/** Acting on a card, as the labeling guide defines it, within this many seconds. */
export const UPTAKE_WINDOW_SECONDS = 60;

function has(l: TimedLine, ...names: Array<Label['label']>): boolean {
  return l.labels.some((x) => names.includes(x.label) && x.confidence >= 0.5);
}

function actedOn(card: ShownNudge, lines: readonly TimedLine[]): boolean {
  const after = lines.filter((l) => l.start >= card.at && l.start <= card.at + UPTAKE_WINDOW_SECONDS && l.id !== card.utteranceId);
  const how = NUDGES[card.nudgeId].actedOn;
  if (how === 'buyer-talks') return after.some((l) => l.role === 'prospect' && l.text.split(/\s+/u).length > BACKCHANNEL_WORDS);
  const repLines = after.filter((l) => l.role === 'rep');
  if (card.nudgeId === 'stop-countering' || card.nudgeId === 'ease-off') {
    // "You're countering": the rep's next turn is a question, not more counter.
    const next = repLines[0];
    return next !== undefined && has(next, 'open_question', 'closed_question') && !has(next, 'counter', 'pressure');
  }
  if (how === 'open-question') return repLines.some((l) => has(l, 'open_question') || (card.nudgeId === 'ask-about-alternative' && has(l, 'closed_question')));
  return repLines.some((l) => has(l, 'open_question', 'closed_question'));
}

export function uptakeOf(cards: readonly ShownNudge[], lines: readonly TimedLine[]): Uptake {
  const acted = cards.filter((c) => actedOn(c, lines)).length;
  return { shown: cards.length, actedOn: acted, rate: cards.length === 0 ? null : acted / cards.length };
}
