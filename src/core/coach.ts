/**
 * The live coach: turns labelled utterances and the passing of time into at most one card on screen.
 * A pure reducer over JSON-serialisable state, so the service worker can persist it and carry on after a
 * restart. It never reads the clock; `now` comes from the caller.
 *
 * Rules, in the order a user would notice them:
 * - A card appears as soon as the telling label shows up, even in a caption that is still growing.
 * - If a later revision of that same utterance no longer carries the label, the card was a mistake: it is
 *   withdrawn without a trace (not in `recent`, its cooldown and its per-minute slot are given back).
 * - One card at a time. A more important nudge replaces the current card (see NUDGE_PRIORITY): the rep's own
 *   pressure or counter outranks everything.
 * - The same nudge waits `cooldownMs` before it shows again; no more than `maxCardsPerMinute` cards in any
 *   rolling minute; a card leaves the screen after `cardLifetimeMs` and joins `recent`; a nudge switched off
 *   in settings never shows.
 * - Silence when the rep is already doing the right thing: a fitting rep question after the buyer's line
 *   keeps the card away, and a card the rep acts on leaves the screen at once (into `recent`).
 * - Call-level nudges (monologue, talk share, no questions, discovery gaps, near the end with no clear
 *   decision) come from `coach-call-level.ts`.
 */
import { cardId, expire, initialCoachState, mayShow, NUDGE_PRIORITY, retire, show, type Card, type CoachState } from './coach-cards';
import { checkCallLevel, recordSpan } from './coach-call-level';
import type { CoachSettings } from './coach-settings';
import { isWrapUp } from './metrics/decision';
import { noteDiscovery } from './metrics/discovery';
import { NUDGES, type NudgeId } from './nudges';
import { normalizeCaption } from './text-normalize';
import type { EpochMs, Label, LabelName, RoledUtterance } from './types';

export { initialCoachState, NUDGE_PRIORITY, type Card, type CoachState };

export interface CoachUpdate {
  state: CoachState;
  /** The card to show now, or null for none. */
  current: Card | null;
  /** Cards shown before, newest first, at most 5. */
  recent: Card[];
}

const BUYER_NUDGES: Partial<Record<LabelName, NudgeId>> = {
  objection: 'validate-objection',
  stall: 'find-the-concern',
  alternative: 'ask-about-alternative',
  strong_no: 'respect-the-no',
  buying_signal: 'confirm-next-step',
  stakeholder: 'involve-stakeholders',
};
const REP_NUDGES: Partial<Record<LabelName, NudgeId>> = { pitch: 'stop-pitching', counter: 'stop-countering', pressure: 'ease-off' };

const POSITIVE = 0.5;
/**
 * A card costs the rep attention; a few nudges ask for more certainty than a positive label. A lukewarm "that
 * works for me" is often scheduling, not a decision worth a card.
 */
const CARD_CONFIDENCE: Partial<Record<NudgeId, number>> = { 'confirm-next-step': 0.7 };
/** A rep pause this long (captions show nobody speaking) ends a run of speech as a buyer turn would. */
const RUN_BREAK_MS = 15_000;
/** Longest question text kept in state: enough to check what it is about. */
const QUESTION_TEXT_LIMIT = 300;

/** Acknowledgements that do not hand the conversation back to the buyer ("mm-hmm", "yeah", "right"). */
const BACKCHANNEL = /^(?:(?:yeah|yes|yep|yup|right|okay|ok|sure|huh|got it|i see|cool|great|nice|totally|exactly|absolutely|makes sense|true|interesting|wow|oh|gotcha|sounds good|alright|uh huh|mhm|mm hmm)\s?)*$/u;
/** Words that make a rep question about the buyer's alternative. */
const COMPARING = /(?<![\p{L}'])(?:compare|compared|comparison|versus|vs|instead|alternative|switch|switching|today|currently|current|working|stack up|happy with|like about|using now)(?![\p{L}'])/u;
const SHORT_WORD = 3;

/**
 * Called on every revision (partial or final) of an utterance, with its labels. `listening` false: the rep has
 * paused Candor or set it off, and this is the end of a line said before; it counts, but raises no card.
 */
export function coachOnUtterance(
  state: CoachState,
  utterance: RoledUtterance,
  labels: readonly Label[],
  now: EpochMs,
  settings: CoachSettings,
  listening = true,
): CoachUpdate {
  let s = expire(state, now, settings);
  s = withdrawIfRevisedAway(s, utterance, labels);
  s = recordSpan(s, utterance.id, utterance.role, utterance.start, utterance.end, now, settings.talkShareWindowMs);
  s = utterance.role === 'rep' ? trackRepTurn(s, utterance, labels) : trackBuyerTurn(s, utterance, labels);
  if (utterance.final) s = noteFinal(s, utterance, labels, now);
  if (!listening) return view(s);
  s = raiseCardFor(s, utterance, labels, now, settings);
  s = checkCallLevel(s, now, settings);
  return view(s);
}

/**
 * Called on a periodic tick (e.g. every second) so that time-based nudges and card expiry happen. `listening`
 * false (paused, or Candor off): the card on screen still runs out, but no card is raised.
 */
export function coachOnTick(state: CoachState, now: EpochMs, settings: CoachSettings, listening = true): CoachUpdate {
  const s = expire(state, now, settings);
  return view(listening ? checkCallLevel(s, now, settings) : s);
}

/**
 * Candor listens again after a stretch it did not hear. Whoever spoke then is unknown: the rep's run of speech
 * ends there, and the nudges that judge a stretch of time start counting again (see `heardSince`).
 */
export function coachHearsAgain(state: CoachState, now: EpochMs): CoachState {
  return { ...state, repRun: null, heardSince: now };
}

/** The rep dismissed the current card ("not now", or the shortcut): it leaves the screen and joins `recent`. */
export function coachDismiss(state: CoachState, cardId: string): CoachUpdate {
  return view(state.current?.id === cardId ? retire(state) : state);
}

function view(state: CoachState): CoachUpdate {
  return { state, current: state.current, recent: state.recent };
}

function holdsLabel(labels: readonly Label[], name: LabelName): boolean {
  return labels.some((l) => l.label === name && l.confidence >= POSITIVE);
}

/** What a final line adds to the call's picture: discovery topics, the buyer's decision, a wrap-up. */
function noteFinal(state: CoachState, utterance: RoledUtterance, labels: readonly Label[], now: EpochMs): CoachState {
  const discovery = noteDiscovery(state.discovery, utterance.role, utterance.text, labels);
  let decision = state.decision;
  if (utterance.role === 'prospect') {
    if (holdsLabel(labels, 'strong_no')) decision = 'no';
    else if (holdsLabel(labels, 'buying_signal') && !holdsLabel(labels, 'stall')) decision = 'yes';
    else if (holdsLabel(labels, 'stall') || holdsLabel(labels, 'objection') || holdsLabel(labels, 'buying_signal')) decision = 'unclear';
  }
  const wrapUpAt = state.wrapUpAt ?? (isWrapUp(utterance.text) ? now : null);
  if (discovery === state.discovery && decision === state.decision && wrapUpAt === state.wrapUpAt) return state;
  return { ...state, discovery, decision, wrapUpAt };
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

/** A buyer turn ends the rep's run, and a card about the rep's talking has done its job once the buyer talks. */
function trackBuyerTurn(state: CoachState, utterance: RoledUtterance, labels: readonly Label[]): CoachState {
  if (isBackchannel(utterance.text) && labels.length === 0) return state;
  const current = state.current;
  const retired = current !== null && NUDGES[current.nudgeId].actedOn === 'buyer-talks' ? retire(state) : state;
  const s = { ...retired, buyerSpokeAt: Math.max(retired.buyerSpokeAt ?? utterance.end, utterance.end) };
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
  // A question that still pushes ("what would it take to sign today?") does not act on a pressure card.
  const stillPushing = holdsLabel(labels, 'pressure') || holdsLabel(labels, 'counter');
  return s.current !== null && !stillPushing && actsOnCard(s, s.current, lastRepQuestion) ? retire(s) : s;
}

/** Whether a rep question is what the card asks for, so the card can leave (or never come). */
function actsOnCard(state: CoachState, card: Card, question: NonNullable<CoachState['lastRepQuestion']>): boolean {
  const actedOn = NUDGES[card.nudgeId].actedOn;
  if (actedOn === 'buyer-talks') return false;
  const after = state.currentUtteranceStart === null || question.start > state.currentUtteranceStart;
  // A pitch that ends in a question has handed the conversation back within its own line. (A pressure or
  // counter line with a question is still pushing: trackRepTurn never gets here for it.)
  if (card.nudgeId === 'stop-pitching' && question.utteranceId === card.utteranceId) return true;
  if (card.utteranceId === null || REP_NUDGE_IDS.has(card.nudgeId)) return after || card.utteranceId === null;
  return after && answersNudge(card.nudgeId, question, card.evidence);
}

const REP_NUDGE_IDS: ReadonlySet<NudgeId> = new Set(Object.values(REP_NUDGES));

function answersNudge(nudge: NudgeId, question: NonNullable<CoachState['lastRepQuestion']>, evidence: string | null): boolean {
  if (question.open || NUDGES[nudge].actedOn === 'any-question') return true;
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
    .map((l) => ({ label: l, nudge: byLabel[l.label] }))
    .filter((c): c is { label: Label; nudge: NudgeId } => c.nudge !== undefined && c.label.confidence >= (CARD_CONFIDENCE[c.nudge] ?? POSITIVE))
    .sort((a, b) => NUDGE_PRIORITY[b.nudge] - NUDGE_PRIORITY[a.nudge]);
  // A rep line that already ends in a question has handed the conversation back: no pitch card for it.
  const repAsks = utterance.role === 'rep' && (holdsLabel(labels, 'open_question') || holdsLabel(labels, 'closed_question'));
  for (const { label, nudge } of candidates) {
    if (state.current?.id === cardId(nudge, utterance.id)) return state;
    // A card this utterance already raised and that left the screen (expired, dismissed, acted on, replaced)
    // does not come back as the same caption keeps growing: the rep has seen it. `recent` is enough to know,
    // as a single utterance never outlives five cards.
    if (state.recent.some((card) => card.id === cardId(nudge, utterance.id))) continue;
    if (utterance.role === 'prospect' && repAlreadyAsked(state, utterance, nudge, label.evidence)) continue;
    if (repAsks && nudge === 'stop-pitching') continue;
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
