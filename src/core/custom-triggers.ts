/**
 * Custom triggers: a team's own playbook entries. When a phrase the team chose comes up ("SOC 2", "pilot",
 * "send me a proposal"), show the team's own card. They play by the coach's rules: one card at a time (the
 * coach's own card always wins, so a custom card shows only when the coach has none), the same cooldown
 * per trigger, the same per-minute limit, the same card lifetime. Pure and serialisable like the coach.
 */
import type { Card, CoachState } from './coach';
import type { CoachSettings } from './coach-settings';
import { normalizeCaption } from './text-normalize';
import type { EpochMs, RoledUtterance } from './types';

export type TriggerSide = 'buyer' | 'rep' | 'anyone';

export interface CustomTrigger {
  /** Stable id, unique within the playbook (letters, digits, dashes). */
  id: string;
  enabled: boolean;
  /** Any of these phrases, matched as whole words, case and punctuation ignored. */
  phrases: string[];
  /** Whose lines are listened to. */
  side: TriggerSide;
  title: string;
  question: string;
  why: string;
}

/** A card raised by a custom trigger; shaped like the coach's cards so every surface shows both. */
export interface CustomCard extends Omit<Card, 'nudgeId' | 'label'> {
  nudgeId: 'custom';
  triggerId: string;
  label: null;
}

/** Any card a surface may show. */
export type ShownCard = Card | CustomCard;

export interface CustomTriggerState {
  current: CustomCard | null;
  recent: CustomCard[];
  lastShownAt: Record<string, EpochMs>;
}

const RECENT_LIMIT = 5;
const MINUTE_MS = 60_000;

export function initialCustomState(): CustomTriggerState {
  return { current: null, recent: [], lastShownAt: {} };
}

function normalised(phrase: string): string {
  return normalizeCaption(phrase).text;
}

/** The first phrase of the trigger that this text says, as whole words, or null. */
export function matchPhrase(trigger: CustomTrigger, text: string): string | null {
  const said = ` ${normalised(text)} `;
  for (const phrase of trigger.phrases) {
    const wanted = normalised(phrase);
    if (wanted !== '' && said.includes(` ${wanted} `)) return phrase;
  }
  return null;
}

function listensTo(trigger: CustomTrigger, utterance: RoledUtterance): boolean {
  return trigger.side === 'anyone' || (trigger.side === 'rep') === (utterance.role === 'rep');
}

function retire(state: CustomTriggerState): CustomTriggerState {
  if (!state.current) return state;
  return { ...state, current: null, recent: [state.current, ...state.recent].slice(0, RECENT_LIMIT) };
}

/** Time passing, or the coach showing a card of its own: the custom card leaves the screen. */
export function customOnTick(state: CustomTriggerState, now: EpochMs, settings: CoachSettings, coach: CoachState): CustomTriggerState {
  const current = state.current;
  if (!current) return state;
  return coach.current !== null || now - current.shownAt >= settings.cardLifetimeMs ? retire(state) : state;
}

export function customDismiss(state: CustomTriggerState, cardId: string): CustomTriggerState {
  return state.current?.id === cardId ? retire(state) : state;
}

/** One utterance version: shows the first enabled trigger it matches, if the coach leaves room. */
export function customOnUtterance(
  state: CustomTriggerState,
  triggers: readonly CustomTrigger[],
  utterance: RoledUtterance,
  now: EpochMs,
  settings: CoachSettings,
  coach: CoachState,
): CustomTriggerState {
  const s = customOnTick(state, now, settings, coach);
  if (coach.current !== null || s.current !== null) return s;
  const inLastMinute = [...coach.shownTimes, ...s.recent.map((card) => card.shownAt)].filter((t) => now - t < MINUTE_MS);
  if (inLastMinute.length >= settings.maxCardsPerMinute) return s;
  for (const trigger of triggers) {
    if (!trigger.enabled || !listensTo(trigger, utterance)) continue;
    const last = s.lastShownAt[trigger.id];
    if (last !== undefined && now - last < settings.cooldownMs) continue;
    const cardId = `custom:${trigger.id}@${utterance.id}`;
    if (s.recent.some((card) => card.id === cardId)) continue;
    const phrase = matchPhrase(trigger, utterance.text);
    if (phrase === null) continue;
    const card: CustomCard = {
      id: cardId,
      nudgeId: 'custom',
      triggerId: trigger.id,
      title: trigger.title,
      question: trigger.question,
      why: trigger.why,
      utteranceId: utterance.id,
      label: null,
      evidence: phrase,
      shownAt: now,
    };
    return { ...s, current: card, lastShownAt: { ...s.lastShownAt, [trigger.id]: now } };
  }
  return s;
}
