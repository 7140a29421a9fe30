/**
 * One live call as the service worker sees it: each utterance version is classified in context, counted for
 * talk time and passed to the coach. The state is plain data so it can be saved to `storage.session` and a
 * restarted worker carries on where the stopped one left off. No browser APIs here: the wiring is elsewhere.
 */
import type { CaptureStatus } from '../contracts/capture-status';
import type { CallHello, CallView } from '../contracts/messages';
import { classify } from '../core/classifier';
import { coachOnTick, coachOnUtterance, initialCoachState, type Card, type CoachState, type CoachUpdate } from '../core/coach';
import { initialTalkState, recordTalk, talkSplit, type TalkState } from '../core/talk-time';
import type { Label, Role, RoledUtterance, Side, SiteId, Utterance } from '../core/types';
import type { CallRecord, StoredCard } from '../storage/calls-db';
import { sideKey, type ParticipantSides } from '../storage/participant-sides';
import type { Settings } from '../storage/settings';

/** Enough earlier turns for the classifier to read a line in context. */
const CONTEXT_TURNS = 8;
/** Revisions remembered per call to drop versions seen already; old ids are forgotten beyond this. */
const SEEN_LIMIT = 200;
/** People listed in the panel's "who is who"; more than this in one call is a webinar, not a sales call. */
const PARTICIPANT_LIMIT = 40;

export interface Participant {
  name: string;
  isSelf: boolean;
}

export interface CallSessionState {
  callId: string;
  site: SiteId;
  meetingCode: string;
  tabId: number;
  windowId: number | null;
  startedAt: number;
  updatedAt: number;
  ended: boolean;
  status: CaptureStatus;
  coach: CoachState;
  coachView: Pick<CoachUpdate, 'current' | 'recent'>;
  talk: TalkState;
  /** The last final utterances, oldest first: the classifier's context. */
  context: RoledUtterance[];
  /** Highest revision processed per utterance id, oldest ids first. */
  seen: Array<[string, number]>;
  /** Everyone captioned so far, in order of first words. */
  participants: Participant[];
}

export function newCallSession(hello: CallHello, tabId: number, windowId: number | null, now: number): CallSessionState {
  return {
    callId: hello.callId,
    site: hello.site,
    meetingCode: hello.meetingCode,
    tabId,
    windowId,
    startedAt: hello.startedAt,
    updatedAt: now,
    ended: false,
    status: { inCall: true, captions: 'on', problem: null, howToEnable: '' },
    coach: initialCoachState(),
    coachView: { current: null, recent: [] },
    talk: initialTalkState(),
    context: [],
    seen: [],
    participants: [],
  };
}

/**
 * Which side a speaker is on: the local user and anyone the user put on their side are the rep's side, as is
 * the display name the user gave for this site (Teams and Zoom caption the rep by name, not "You"); everyone
 * else is the buyer's side.
 */
export function roleOf(
  utterance: Pick<Utterance, 'isSelf' | 'speaker'>,
  site: SiteId,
  settings: Settings,
  sides: ParticipantSides = {},
): Role {
  if (utterance.isSelf) return 'rep';
  if (utterance.speaker === null) return 'prospect';
  const side = sides[sideKey(utterance.speaker)];
  if (side) return side === 'ours' ? 'rep' : 'prospect';
  const repName = settings.repNames[site];
  return repName !== undefined && sideKey(utterance.speaker) === sideKey(repName) ? 'rep' : 'prospect';
}

function withParticipant(participants: Participant[], utterance: Utterance): Participant[] {
  const name = utterance.speaker;
  if (name === null || participants.some((p) => p.name === name) || participants.length >= PARTICIPANT_LIMIT) return participants;
  return [...participants, { name, isSelf: utterance.isSelf }];
}

export interface ProcessedUtterance {
  state: CallSessionState;
  role: Role;
  labels: Label[];
  /** False when this version was processed before (a resend after a restart): nothing changed. */
  fresh: boolean;
}

export function processUtterance(
  state: CallSessionState,
  utterance: Utterance,
  settings: Settings,
  now: number,
  sides: ParticipantSides = {},
): ProcessedUtterance {
  const role = roleOf(utterance, state.site, settings, sides);
  const roled: RoledUtterance = {
    id: utterance.id,
    role,
    speaker: utterance.speaker,
    text: utterance.text,
    start: utterance.start,
    end: utterance.end,
    final: utterance.final,
  };
  const labels = classify(roled, { previous: state.context }, { competitors: settings.competitors });
  const seenRevision = state.seen.find(([id]) => id === utterance.id)?.[1] ?? 0;
  if (utterance.revision <= seenRevision) return { state, role, labels, fresh: false };

  const coached = coachOnUtterance(state.coach, roled, labels, now, settings.coach);
  const seen = [...state.seen.filter(([id]) => id !== utterance.id), [utterance.id, utterance.revision] as [string, number]];
  const next: CallSessionState = {
    ...state,
    updatedAt: now,
    coach: coached.state,
    coachView: { current: coached.current, recent: coached.recent },
    talk: recordTalk(state.talk, { ...roled }, now, settings.coach.talkShareWindowMs),
    context: utterance.final ? [...state.context, roled].slice(-CONTEXT_TURNS) : state.context,
    seen: seen.slice(-SEEN_LIMIT),
    participants: withParticipant(state.participants, utterance),
  };
  return { state: next, role, labels, fresh: true };
}

/** Time passing: cards expire, a rep who keeps talking gets the monologue nudge. */
export function tickSession(state: CallSessionState, settings: Settings, now: number): CallSessionState {
  if (state.ended) return state;
  const coached = coachOnTick(state.coach, now, settings.coach);
  const sameCard = coached.current?.id === state.coachView.current?.id && coached.recent.length === state.coachView.recent.length;
  if (sameCard) return { ...state, coach: coached.state };
  return { ...state, updatedAt: now, coach: coached.state, coachView: { current: coached.current, recent: coached.recent } };
}

export function callView(state: CallSessionState, settings: Settings, now: number, sides: ParticipantSides = {}): CallView {
  return {
    tabId: state.tabId,
    windowId: state.windowId,
    callId: state.callId,
    site: state.site,
    status: state.status,
    card: state.ended ? null : state.coachView.current,
    recent: state.coachView.recent,
    talk: talkSplit(state.talk, now, settings.coach.talkShareWindowMs),
    startedAt: state.startedAt,
    updatedAt: state.updatedAt,
    ended: state.ended,
    participants: state.participants.map(({ name, isSelf }) => ({
      name,
      isSelf,
      side: roleOf({ isSelf, speaker: name }, state.site, settings, sides) === 'rep' ? ('ours' as Side) : ('theirs' as Side),
    })),
  };
}

/** The call's archive record as the worker knows it now: who is on which side, and when it ended. */
export function callRecordOf(state: CallSessionState, settings: Settings, sides: ParticipantSides, endedAt: number | null): CallRecord {
  return {
    callId: state.callId,
    site: state.site,
    meetingCode: state.meetingCode,
    startedAt: state.startedAt,
    endedAt,
    participants: state.participants.map(({ name, isSelf }) => ({
      name,
      isSelf,
      side: roleOf({ isSelf, speaker: name }, state.site, settings, sides) === 'rep' ? 'ours' : 'theirs',
    })),
    source: { kind: 'live' },
  };
}

/**
 * What the archive must learn about cards between two states of a call: a card that came on screen (stored
 * with the utterance it answered and the time), and a card the coach took back as a mistake (removed again).
 */
export function cardChanges(before: CallSessionState, after: CallSessionState): { shown: Card[]; withdrawn: Card[] } {
  const was = before.coachView.current;
  const now = after.coachView.current;
  const known = (card: Card, view: CallSessionState['coachView']) => view.current?.id === card.id || view.recent.some((c) => c.id === card.id);
  const shown = now !== null && !known(now, before.coachView) ? [now] : [];
  const withdrawn = was !== null && !known(was, after.coachView) ? [was] : [];
  return { shown, withdrawn };
}

export function storedCard(callId: string, card: Card): StoredCard {
  const { id, nudgeId, title, question, why, utteranceId, label, evidence, shownAt } = card;
  return { callId, id, nudgeId, title, question, why, utteranceId, label, evidence, shownAt };
}
