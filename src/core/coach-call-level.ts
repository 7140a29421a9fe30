/**
 * Nudges raised by the shape of the call rather than by one line: a rep monologue, the rep's talk share over
 * the last few minutes, no questions for a while, discovery topics not yet explored, and near the end a buyer
 * with no clear yes or no. Checked on every utterance and on the periodic tick.
 */
import { mayShow, show, type CoachState } from './coach-cards';
import type { CoachSettings } from './coach-settings';
import { TOPIC_PROMPTS, unexplored } from './metrics/discovery';
import type { EpochMs, Role } from './types';

export function recordSpan(state: CoachState, id: string, role: Role, start: EpochMs, end: EpochMs, now: EpochMs, windowMs: number): CoachState {
  const spans = state.spans.filter((s) => s.id !== id && s.end >= now - windowMs);
  spans.push({ id, role, start, end: Math.max(start, end) });
  return { ...state, spans, callStart: state.callStart ?? start };
}

/** The rep's share of speech in the window ending now, and how much speech there was, of the speech Candor heard. */
export function recentTalk(state: CoachState, now: EpochMs, windowMs: number): { share: number; speechMs: number } {
  // Talk from before a pause is left out: the buyer may have spoken all through it.
  const from = Math.max(now - windowMs, state.heardSince ?? -Infinity);
  let rep = 0;
  let total = 0;
  for (const s of state.spans) {
    const ms = Math.max(0, s.end - Math.max(s.start, from));
    total += ms;
    if (s.role === 'rep') rep += ms;
  }
  return { share: total === 0 ? 0 : rep / total, speechMs: total };
}

function checkMonologue(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  const run = state.repRun;
  if (run === null || run.monologueShown || run.lastEnd - run.start <= settings.monologueMs) return state;
  if (!mayShow(state, 'monologue', now, settings)) return state;
  const s = show(state, 'monologue', now, settings, { utteranceId: run.utteranceId, start: run.start, label: null, evidence: null });
  return { ...s, repRun: { ...run, monologueShown: true } };
}

function checkTalkShare(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  // Only while the rep holds the floor: once the buyer talks, the card has nothing left to ask.
  if (state.repRun === null) return state;
  const talk = recentTalk(state, now, settings.talkShareWindowMs);
  if (talk.speechMs < Math.min(settings.talkShareMinSpeechMs, settings.talkShareWindowMs) || talk.share <= settings.talkShareThreshold) return state;
  if (!mayShow(state, 'talk-share', now, settings)) return state;
  const percent = Math.round(talk.share * 100);
  return show(state, 'talk-share', now, settings, {
    utteranceId: null,
    start: now,
    label: null,
    evidence: `${percent}% of the talk lately`,
    detail: { kind: 'talk-share', repPercent: percent },
  });
}

function checkNoQuestion(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  if (state.callStart === null) return state;
  // The rep may have asked in a stretch Candor did not hear: only the time since it listens again counts.
  // While the buyer talks the rep is listening, which is what a question is for: count from when they stop.
  const since = Math.max(
    state.callStart,
    state.lastRepQuestion?.start ?? state.callStart,
    state.buyerSpokeAt ?? 0,
    state.lastShownAt['ask-a-question'] ?? 0,
    state.heardSince ?? 0,
  );
  if (now - since < settings.noQuestionMs || !mayShow(state, 'ask-a-question', now, settings)) return state;
  return show(state, 'ask-a-question', now, settings, { utteranceId: null, start: now, label: null, evidence: null });
}

function checkDiscovery(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  // Topics may have come up in a stretch Candor did not hear: it gives the call as long again from there.
  if (state.callStart === null || now - Math.max(state.callStart, state.heardSince ?? 0) < settings.discoveryReminderMs) return state;
  const missing = unexplored(state.discovery);
  const topic = missing[0];
  if (topic === undefined || !mayShow(state, 'discovery-gap', now, settings)) return state;
  return show(state, 'discovery-gap', now, settings, {
    utteranceId: null,
    start: now,
    label: null,
    evidence: `not explored yet: ${missing.join(', ')}`,
    detail: { kind: 'unexplored', topics: missing },
    question: TOPIC_PROMPTS[topic],
  });
}

function nearTheEnd(state: CoachState, now: EpochMs, settings: CoachSettings): boolean {
  if (state.wrapUpAt !== null) return true;
  return state.callStart !== null && now - state.callStart >= settings.expectedCallMs - settings.nearEndMs;
}

function checkDecision(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  if (state.shownOnce.includes('help-them-decide') || !nearTheEnd(state, now, settings)) return state;
  if (state.decision === 'yes' || state.decision === 'no') return state;
  if (!mayShow(state, 'help-them-decide', now, settings)) return state;
  const s = show(state, 'help-them-decide', now, settings, { utteranceId: null, start: now, label: null, evidence: null });
  return { ...s, shownOnce: [...s.shownOnce, 'help-them-decide'] };
}

/** All call-level checks, most important first; each may show a card only if it outranks the current one. */
export function checkCallLevel(state: CoachState, now: EpochMs, settings: CoachSettings): CoachState {
  let s = checkDecision(state, now, settings);
  s = checkMonologue(s, now, settings);
  s = checkTalkShare(s, now, settings);
  s = checkNoQuestion(s, now, settings);
  return checkDiscovery(s, now, settings);
}
