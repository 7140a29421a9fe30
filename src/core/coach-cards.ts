/**
 * The coach's state and the card mechanics every nudge shares: show one card at a time, retire it into
 * `recent`, expire it, and decide whether a nudge may show now (switched on, cooldown, per-minute limit,
 * priority over the card on screen). Pure, JSON-serialisable data so the service worker can persist it.
 */
import type { CoachSettings } from './coach-settings';
import { emptyDiscovery, type DiscoveryState, type DiscoveryTopic } from './metrics/discovery';
import { NUDGES, type NudgeId } from './nudges';
import type { EpochMs, LabelName, Role } from './types';

export interface Card {
  /** Unique per call: `${nudgeId}@${utteranceId}` (or `@t<time>` for a card raised by time alone). */
  id: string;
  nudgeId: NudgeId;
  title: string;
  question: string;
  why: string;
  /** The utterance that raised the card, or null for a card raised by time alone. */
  utteranceId: string | null;
  label: LabelName | null;
  /**
   * The words that raised the card, quoted on screen as heard; for a call-level card, a plain English summary
   * of `detail` for the text record (the CLI), never quoted.
   */
  evidence: string | null;
  /** What a call-level card is about, as data a surface can put in the user's language. Absent on other cards. */
  detail?: CardDetail;
  shownAt: EpochMs;
}

/** The numbers behind a call-level card. */
export type CardDetail = { kind: 'talk-share'; repPercent: number } | { kind: 'unexplored'; topics: DiscoveryTopic[] };

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
  /**
   * When the buyer last spoke (the end of their latest turn, backchannels aside): a rep who is listening needs
   * no nudge to ask. (Absent in a state saved by an earlier version: read it as null.)
   */
  buyerSpokeAt?: EpochMs | null;
  /** When the first words of the call were spoken. */
  callStart: EpochMs | null;
  /**
   * When Candor last began listening again after the rep paused it or set it off; null if it never stopped.
   * What was said before is unknown, so the nudges that judge a stretch of time judge only the time since.
   * (Absent in a state saved by an earlier version: read it as null.)
   */
  heardSince?: EpochMs | null;
  /** Speech in the talk-share window, one span per utterance (latest version), oldest first. */
  spans: Array<{ id: string; role: Role; start: EpochMs; end: EpochMs }>;
  discovery: DiscoveryState;
  /** The buyer's latest decision-relevant signal, for the near-the-end nudge. */
  decision: 'yes' | 'no' | 'unclear' | null;
  /** When someone said a wrap-up phrase ("we're almost out of time"), or null. */
  wrapUpAt: EpochMs | null;
  /** Nudges shown at most once per call that have been shown. */
  shownOnce: NudgeId[];
}

export const RECENT_LIMIT = 5;
export const MINUTE_MS = 60_000;

/**
 * Which card wins when two compete. The rep's own pressure or counter first (they are hurting the call right
 * now), then buyer moments: an objection passes quickly, a clear no deserves grace, a stall is a decision about
 * to slip, then an alternative. Call-level nudges come after them; a single pitched line is last but the
 * quiet reminders, which wait for a calm moment.
 */
export const NUDGE_PRIORITY: Record<NudgeId, number> = {
  'ease-off': 14,
  'stop-countering': 13,
  'validate-objection': 12,
  'respect-the-no': 11,
  'find-the-concern': 10,
  'ask-about-alternative': 9,
  'help-them-decide': 8,
  'confirm-next-step': 7,
  'involve-stakeholders': 6,
  monologue: 5,
  'talk-share': 4,
  'stop-pitching': 3,
  'ask-a-question': 2,
  'discovery-gap': 1,
};

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
    buyerSpokeAt: null,
    callStart: null,
    heardSince: null,
    spans: [],
    discovery: emptyDiscovery(),
    decision: null,
    wrapUpAt: null,
    shownOnce: [],
  };
}

/** Moves the current card to `recent` (it was shown and stays in the record). */
export function retire(state: CoachState): CoachState {
  if (state.current === null) return state;
  return {
    ...state,
    current: null,
    currentUtteranceStart: null,
    currentPreviousShownAt: null,
    recent: [state.current, ...state.recent].slice(0, RECENT_LIMIT),
  };
}

export function expire(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  const shownTimes = state.shownTimes.filter((t) => now - t < MINUTE_MS);
  const s = shownTimes.length === state.shownTimes.length ? state : { ...state, shownTimes };
  const expired = s.current !== null && now - s.current.shownAt >= settings.cardLifetimeMs;
  return expired ? retire(s) : s;
}

export function mayShow(state: CoachState, nudge: NudgeId, now: EpochMs, settings: CoachSettings): boolean {
  const override = settings.nudges[nudge];
  if (override?.enabled === false) return false;
  const last = state.lastShownAt[nudge];
  // A team's playbook, or feedback tuning of a nudge dismissed again and again, can give a nudge its own cooldown.
  if (last !== undefined && now - last < (override?.cooldownMs ?? settings.cooldownMs)) return false;
  if (state.shownTimes.filter((t) => now - t < MINUTE_MS).length >= settings.maxCardsPerMinute) return false;
  return state.current === null || NUDGE_PRIORITY[nudge] > NUDGE_PRIORITY[state.current.nudgeId];
}

export function cardId(nudge: NudgeId, source: string): string {
  return `${nudge}@${source}`;
}

export interface CardSource {
  /** The utterance id, or null for a card raised by time alone. */
  utteranceId: string | null;
  start: EpochMs;
  label: LabelName | null;
  evidence: string | null;
  /** Replaces the catalogue's question (the discovery reminder names the topic). */
  question?: string;
  detail?: CardDetail;
}

export function show(state: CoachState, nudge: NudgeId, now: EpochMs, settings: CoachSettings, source: CardSource): CoachState {
  const def = NUDGES[nudge];
  const wording = settings.nudges[nudge];
  const card: Card = {
    id: cardId(nudge, source.utteranceId ?? `t${now}`),
    nudgeId: nudge,
    title: wording?.title ?? def.title,
    question: source.question ?? wording?.question ?? def.question,
    why: def.why,
    utteranceId: source.label === null ? null : source.utteranceId,
    label: source.label,
    evidence: source.evidence,
    ...(source.detail === undefined ? {} : { detail: source.detail }),
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
