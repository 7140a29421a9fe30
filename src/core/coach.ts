/**
 * The live coach: turns labelled utterances and the passing of time into at most one card on screen.
 * A pure reducer over JSON-serialisable state, so the service worker can persist it and carry on after a
 * restart. It never reads the clock; `now` comes from the caller.
 *
 * Rules, in the order a user would notice them:
 * - A card appears as soon as the telling label shows up, even in a caption that is still growing.
 * - If a later revision of that same utterance no longer carries the label, the card was a mistake: it is
 *   withdrawn without a trace (not in `recent`, its cooldown and its per-minute slot are given back).
 * - One card at a time. A more important nudge replaces the current card (see NUDGE_PRIORITY).
 * - The same nudge waits `cooldownMs` before it shows again; no more than `maxCardsPerMinute` cards in any
 *   rolling minute; a card leaves the screen after `cardLifetimeMs` and joins `recent`.
 * - Silence when the rep is already doing the right thing: a rep question after the buyer's line keeps the
 *   card away, and a card the rep acts on leaves the screen at once (into `recent`).
 * - A rep talking for more than `monologueMs` with no buyer turn in between gets the monologue card, once.
 */
import type { CoachSettings } from './coach-settings';
import { NUDGES, type NudgeId } from './nudges';
import { normalizeCaption } from './text-normalize';
import type { EpochMs, Label, LabelName, RoledUtterance } from './types';

export interface Card {
  /** Unique per call: `${nudgeId}@${utteranceId}`. */
  id: string;
  nudgeId: NudgeId;
  title: string;
  question: string;
  why: string;
  /** The utterance that raised the card, or null for a card raised by time alone. */
  utteranceId: string | null;
  label: LabelName | null;
  evidence: string | null;
  shownAt: EpochMs;
}

export interface CoachState {
  current: Card | null;
  /** When the current card's utterance started: rep questions after it count as acting on the card. */
  currentUtteranceStart: EpochMs | null;
  /** The nudge's previous `lastShownAt`, restored if the current card is withdrawn as a mistake. */
  currentPreviousShownAt: EpochMs | null;
  /** Cards shown before, newest first, at most RECENT_LIMIT. */
  recent: Card[];
  lastShownAt: Partial<Record<NudgeId, EpochMs>>;
  /** When cards were shown in the last minute, oldest first: the per-minute limit. */
  shownTimes: EpochMs[];
  /** The rep's current run of speech with no buyer turn in between, or null. */
  repRun: { start: EpochMs; lastEnd: EpochMs; utteranceId: string; monologueShown: boolean } | null;
  /** The rep's latest question, to keep quiet when they already asked the right thing. */
  lastRepQuestion: { utteranceId: string; start: EpochMs; open: boolean; text: string } | null;
}

export interface CoachUpdate {
  state: CoachState;
  /** The card to show now, or null for none. */
  current: Card | null;
  /** Cards shown before, newest first, at most 5. */
  recent: Card[];
}

/**
 * Which card wins when two compete. Buyer moments first: an objection is the most important moment of a call
 * and passes quickly, then a stall (a decision about to slip), then an alternative. Rep-behaviour nudges come
 * after them: a monologue (a long stretch) before a single pitched line, which is usually part of it.
 */
export const NUDGE_PRIORITY: Record<NudgeId, number> = {
  'validate-objection': 5,
  'find-the-concern': 4,
  'ask-about-alternative': 3,
  monologue: 2,
  'stop-pitching': 1,
};

const BUYER_NUDGES: Partial<Record<LabelName, NudgeId>> = {
  objection: 'validate-objection',
  stall: 'find-the-concern',
  alternative: 'ask-about-alternative',
};
const REP_NUDGES: Partial<Record<LabelName, NudgeId>> = { pitch: 'stop-pitching' };

const POSITIVE = 0.5;
const RECENT_LIMIT = 5;
const MINUTE_MS = 60_000;
/** A rep pause this long (captions show nobody speaking) ends a run of speech as a buyer turn would. */
const RUN_BREAK_MS = 15_000;
/** Longest question text kept in state: enough to check what it is about. */
const QUESTION_TEXT_LIMIT = 300;

/** Acknowledgements that do not hand the conversation back to the buyer ("mm-hmm", "yeah", "right"). */
const BACKCHANNEL = /^(?:(?:yeah|yes|yep|yup|right|okay|ok|sure|huh|got it|i see|cool|great|nice|totally|exactly|absolutely|makes sense|true|interesting|wow|oh|gotcha|sounds good|alright|uh huh|mhm)\s?)*$/u;
/** Words that make a rep question about the buyer's alternative. */
const COMPARING = /(?<![\p{L}'])(?:compare|compared|comparison|versus|vs|instead|alternative|switch|switching|today|currently|current|working|stack up|happy with|like about|using now)(?![\p{L}'])/u;
const SHORT_WORD = 3;

export function initialCoachState(): CoachState {
  return {
    current: null,
    currentUtteranceStart: null,
    currentPreviousShownAt: null,
    recent: [],
    lastShownAt: {},
    shownTimes: [],
    repRun: null,
    lastRepQuestion: null,
  };
}

/** Called on every revision (partial or final) of an utterance, with its labels. */
export function coachOnUtterance(
  state: CoachState,
  utterance: RoledUtterance,
  labels: readonly Label[],
  now: EpochMs,
  settings: CoachSettings,
): CoachUpdate {
  let s = expire(state, now, settings);
  s = withdrawIfRevisedAway(s, utterance, labels);
  s = utterance.role === 'rep' ? trackRepTurn(s, utterance, labels) : trackBuyerTurn(s, utterance);
  s = raiseCardFor(s, utterance, labels, now, settings);
  s = checkMonologue(s, now, settings);
  return view(s);
}

/** Called on a periodic tick (e.g. every second) so that time-based nudges (monologue) and card expiry happen. */
export function coachOnTick(state: CoachState, now: EpochMs, settings: CoachSettings): CoachUpdate {
  return view(checkMonologue(expire(state, now, settings), now, settings));
}

/** The rep dismissed the current card ("not now", or the shortcut): it leaves the screen and joins `recent`. */
export function coachDismiss(state: CoachState, cardId: string): CoachUpdate {
  return view(state.current?.id === cardId ? retire(state) : state);
}

function view(state: CoachState): CoachUpdate {
  return { state, current: state.current, recent: state.recent };
}

/** Moves the current card to `recent` (it was shown and stays in the record). */
function retire(state: CoachState): CoachState {
  if (state.current === null) return state;
  return {
    ...state,
    current: null,
    currentUtteranceStart: null,
    currentPreviousShownAt: null,
    recent: [state.current, ...state.recent].slice(0, RECENT_LIMIT),
  };
}

function expire(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  const shownTimes = state.shownTimes.filter((t) => now - t < MINUTE_MS);
  const s = shownTimes.length === state.shownTimes.length ? state : { ...state, shownTimes };
  const expired = s.current !== null && now - s.current.shownAt >= settings.cardLifetimeMs;
  return expired ? retire(s) : s;
}

function holdsLabel(labels: readonly Label[], name: LabelName): boolean {
  return labels.some((l) => l.label === name && l.confidence >= POSITIVE);
}

/** A card whose utterance was revised and lost the label was a mistake: take it back without a trace. */
function withdrawIfRevisedAway(state: CoachState, utterance: RoledUtterance, labels: readonly Label[]): CoachState {
  const mistaken = (card: Card) => card.utteranceId === utterance.id && card.label !== null && !holdsLabel(labels, card.label);
  let s = state;
  if (s.recent.some(mistaken)) s = { ...s, recent: s.recent.filter((card) => !mistaken(card)) };
  const card = s.current;
  if (card === null || !mistaken(card)) return s;
  const lastShownAt = { ...s.lastShownAt };
  if (s.currentPreviousShownAt === null) delete lastShownAt[card.nudgeId];
  else lastShownAt[card.nudgeId] = s.currentPreviousShownAt;
  const slot = s.shownTimes.indexOf(card.shownAt);
  const shownTimes = slot < 0 ? s.shownTimes : [...s.shownTimes.slice(0, slot), ...s.shownTimes.slice(slot + 1)];
  return { ...s, current: null, currentUtteranceStart: null, currentPreviousShownAt: null, lastShownAt, shownTimes };
}

function isBackchannel(text: string): boolean {
  return BACKCHANNEL.test(normalizeCaption(text).text);
}

/** A buyer turn ends the rep's run, and a monologue card has done its job once the buyer talks. */
function trackBuyerTurn(state: CoachState, utterance: RoledUtterance): CoachState {
  if (isBackchannel(utterance.text)) return state;
  const s = state.current?.nudgeId === 'monologue' ? retire(state) : state;
  return s.repRun === null ? s : { ...s, repRun: null };
}

function trackRepTurn(state: CoachState, utterance: RoledUtterance, labels: readonly Label[]): CoachState {
  const run = state.repRun;
  const repRun =
    run !== null && (run.utteranceId === utterance.id || utterance.start - run.lastEnd <= RUN_BREAK_MS)
      ? { ...run, lastEnd: Math.max(run.lastEnd, utterance.end), utteranceId: utterance.id }
      : { start: utterance.start, lastEnd: utterance.end, utteranceId: utterance.id, monologueShown: false };
  const open = holdsLabel(labels, 'open_question');
  if (!open && !holdsLabel(labels, 'closed_question')) return { ...state, repRun };
  const text = normalizeCaption(utterance.text).text.slice(0, QUESTION_TEXT_LIMIT);
  const lastRepQuestion = { utteranceId: utterance.id, start: utterance.start, open, text };
  const s: CoachState = { ...state, repRun, lastRepQuestion };
  return s.current !== null && actsOnCard(s, s.current, lastRepQuestion) ? retire(s) : s;
}

/** Whether a rep question is what the card asks for, so the card can leave (or never come). */
function actsOnCard(state: CoachState, card: Card, question: NonNullable<CoachState['lastRepQuestion']>): boolean {
  if (card.nudgeId === 'stop-pitching') return true;
  if (card.nudgeId === 'monologue') return false;
  const after = state.currentUtteranceStart === null || question.start > state.currentUtteranceStart;
  return after && answersNudge(card.nudgeId, question, card.evidence);
}

function answersNudge(nudge: NudgeId, question: NonNullable<CoachState['lastRepQuestion']>, evidence: string | null): boolean {
  if (question.open) return true;
  if (nudge !== 'ask-about-alternative') return false;
  if (COMPARING.test(question.text)) return true;
  const asked = new Set(question.text.split(' '));
  return normalizeCaption(evidence ?? '').words.some((w) => w.length > SHORT_WORD && asked.has(w));
}

/** The label-driven card for this revision, if any passes silence, cooldown, rate limit and priority. */
function raiseCardFor(
  state: CoachState,
  utterance: RoledUtterance,
  labels: readonly Label[],
  now: EpochMs,
  settings: CoachSettings,
): CoachState {
  const byLabel = utterance.role === 'prospect' ? BUYER_NUDGES : REP_NUDGES;
  const candidates = labels
    .filter((l) => l.confidence >= POSITIVE && byLabel[l.label] !== undefined)
    .map((l) => ({ label: l, nudge: byLabel[l.label] as NudgeId }))
    .sort((a, b) => NUDGE_PRIORITY[b.nudge] - NUDGE_PRIORITY[a.nudge]);
  // A rep line that already ends in a question has handed the conversation back.
  const repAsks = utterance.role === 'rep' && (holdsLabel(labels, 'open_question') || holdsLabel(labels, 'closed_question'));
  for (const { label, nudge } of candidates) {
    if (state.current?.id === cardId(nudge, utterance.id)) return state;
    if (utterance.role === 'prospect' && repAlreadyAsked(state, utterance, nudge, label.evidence)) continue;
    if (repAsks) continue;
    if (!mayShow(state, nudge, now, settings)) continue;
    return show(state, nudge, now, settings, { utteranceId: utterance.id, start: utterance.start, label: label.label, evidence: label.evidence });
  }
  return state;
}

/** The rep asked a fitting question after the buyer's line began: they are already doing the right thing. */
function repAlreadyAsked(state: CoachState, utterance: RoledUtterance, nudge: NudgeId, evidence: string): boolean {
  const q = state.lastRepQuestion;
  return q !== null && q.start > utterance.start && answersNudge(nudge, q, evidence);
}

function mayShow(state: CoachState, nudge: NudgeId, now: EpochMs, settings: CoachSettings): boolean {
  const override = settings.nudges?.[nudge];
  if (override?.enabled === false) return false;
  const last = state.lastShownAt[nudge];
  if (last !== undefined && now - last < (override?.cooldownMs ?? settings.cooldownMs)) return false;
  if (state.shownTimes.filter((t) => now - t < MINUTE_MS).length >= settings.maxCardsPerMinute) return false;
  return state.current === null || NUDGE_PRIORITY[nudge] > NUDGE_PRIORITY[state.current.nudgeId];
}

function cardId(nudge: NudgeId, utteranceId: string): string {
  return `${nudge}@${utteranceId}`;
}

interface CardSource {
  utteranceId: string;
  start: EpochMs;
  label: LabelName | null;
  evidence: string | null;
}

function show(state: CoachState, nudge: NudgeId, now: EpochMs, settings: CoachSettings, source: CardSource): CoachState {
  const def = NUDGES[nudge];
  const wording = settings.nudges?.[nudge];
  const card: Card = {
    id: cardId(nudge, source.utteranceId),
    nudgeId: nudge,
    title: wording?.title ?? def.title,
    question: wording?.question ?? def.question,
    why: def.why,
    utteranceId: source.label === null ? null : source.utteranceId,
    label: source.label,
    evidence: source.evidence,
    shownAt: now,
  };
  const s = retire(state);
  return {
    ...s,
    current: card,
    currentUtteranceStart: source.start,
    currentPreviousShownAt: s.lastShownAt[nudge] ?? null,
    lastShownAt: { ...s.lastShownAt, [nudge]: now },
    shownTimes: [...s.shownTimes, now],
  };
}

function checkMonologue(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  const run = state.repRun;
  if (run === null || run.monologueShown || run.lastEnd - run.start <= settings.monologueMs) return state;
  if (!mayShow(state, 'monologue', now, settings)) return state;
  const s = show(state, 'monologue', now, settings, { utteranceId: run.utteranceId, start: run.start, label: null, evidence: null });
  return { ...s, repRun: { ...run, monologueShown: true } };
}
