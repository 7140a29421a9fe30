/**
 * One live call as the service worker sees it: each utterance version is classified in context, counted for
 * talk time and passed to the coach. The state is plain data so it can be saved to `storage.session` and a
 * restarted worker carries on where the stopped one left off. No browser APIs here: the wiring is elsewhere.
 */
import type { CaptureStatus } from '../contracts/capture-status';
import { TRANSCRIPT_LINE_LIMIT, TRANSCRIPT_LINES, type CallHello, type CallView, type TranscriptLine } from '../contracts/messages';
import { classify } from '../core/classifier';
import { coachDismiss, coachHearsAgain, coachOnTick, coachOnUtterance, initialCoachState, type Card, type CoachState, type CoachUpdate } from '../core/coach';
import { customDismiss, customOnTick, customOnUtterance, initialCustomState, type CustomTriggerState, type ShownCard } from '../core/custom-triggers';
import { tickChecklist, type DiscoveryChecklist } from '../core/discovery-checklist';
import type { FeedbackKind } from '../core/feedback-tuning';
import { initialTalkState, overThreshold, recordTalk, sharePercent, talkSplit, type TalkState } from '../core/talk-time';
import type { Label, Role, RoledUtterance, Side, SiteId, Utterance } from '../core/types';
import type { CallRecord, StoredCard } from '../storage/calls-db';
import { sideKey, type ParticipantSides } from '../storage/participant-sides';
import type { Settings } from '../storage/settings';

/** Enough earlier turns for the classifier to read a line in context. */
const CONTEXT_TURNS = 8;
/** Revisions remembered per call to drop versions seen already; old ids are forgotten beyond this. */
const SEEN_LIMIT = 200;
/** Utterances still growing remembered per call; a handful are open at once (one per caption on screen). */
const UNFINISHED_LIMIT = 20;
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
  /** The rep paused listening on this tab. */
  paused: boolean;
  /**
   * When the rep stopped Candor listening to this call (paused it, or set Candor off); null while it listens,
   * and when that moment is not known (then nothing new is kept while it does not listen, see `keptVersion`).
   */
  pausedAt: number | null;
  /** The last version kept of each utterance not final yet, oldest first: what a pause ends it with. */
  unfinished: Utterance[];
  /** Cards from the team's custom triggers, shown when the coach has none. */
  custom: CustomTriggerState;
  checklist: DiscoveryChecklist;
  /** The last TRANSCRIPT_LINES utterances, oldest first (the full text is in IndexedDB). */
  transcript: TranscriptLine[];
  /** The rep's answers to this call's cards, by card id. */
  feedback: Record<string, FeedbackKind>;
  bookmarks: number;
  /** The user deleted this call from the history while it went on: nothing more of it is stored (deleted-calls.ts). */
  deleted: boolean;
}

/** The reminder to tell the others about the coach shows for the first minutes of a call. */
const DISCLOSURE_REMINDER_MS = 3 * 60_000;
const POSITIVE = 0.5;
const RECENT_LIMIT = 5;

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
    paused: false,
    pausedAt: null,
    unfinished: [],
    custom: initialCustomState(),
    checklist: {},
    transcript: [],
    feedback: {},
    bookmarks: 0,
    deleted: false,
  };
}

/**
 * Which side a speaker is on: the local user and anyone the user put on their side are the rep's side, as is
 * the display name the user gave for this site (Teams and Zoom caption the rep by name, not "You"); everyone
 * else is the buyer's side. In shadow mode the user is watching someone else sell: the rep is the person they
 * picked, never themselves.
 */
export function roleOf(
  utterance: Pick<Utterance, 'isSelf' | 'speaker'>,
  site: SiteId,
  settings: Settings,
  sides: ParticipantSides = {},
): Role {
  if (settings.mode === 'shadow') {
    const shadowed = sideKey(settings.shadowRepName);
    return shadowed !== '' && utterance.speaker !== null && sideKey(utterance.speaker) === shadowed ? 'rep' : 'prospect';
  }
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
  /**
   * False when the utterance is not kept at all: it started while Candor was not listening (see `listensTo`),
   * or it is a version with words said after the rep stopped Candor, and none is left to finalise.
   */
  taken: boolean;
  /** The version to store, if taken: the one sent, or, when that has words said after a pause, the one kept before. */
  utterance: Utterance;
}

/** The rep told Candor not to listen to this call: paused it, or set Candor off. */
function stoppedByRep(state: CallSessionState, settings: Settings): boolean {
  return settings.mode === 'off' || state.paused;
}

/** Whether the tab should read captions for this call: not while Candor is off, the call paused, or over. */
export function listensTo(state: CallSessionState, settings: Settings): boolean {
  return !stoppedByRep(state, settings) && !state.ended;
}

/**
 * What may be kept of a version of an utterance already kept. The tab goes on reading until it hears that the
 * rep paused Candor or set it off, so what it sends meanwhile may carry words said after the click: a version
 * whose text changed after `pausedAt` is not kept, and the last version kept before it is finalised instead,
 * so the turn still counts as said. Null when nothing of it is (left) to keep.
 */
function keptVersion(state: CallSessionState, utterance: Utterance, settings: Settings): Utterance | null {
  if (!stoppedByRep(state, settings)) return utterance;
  if (state.pausedAt !== null && utterance.end <= state.pausedAt) return utterance;
  const before = state.unfinished.find((u) => u.id === utterance.id);
  return before ? { ...before, final: true, revision: utterance.revision } : null;
}

export function processUtterance(
  state: CallSessionState,
  sent: Utterance,
  settings: Settings,
  now: number,
  sides: ParticipantSides = {},
): ProcessedUtterance {
  const seenRevision = state.seen.find(([id]) => id === sent.id)?.[1] ?? 0;
  // The tab stops reading as soon as it hears that Candor is off or paused, but it hears it only after its hello
  // (in Off mode, the lines on screen when the call was detected are already on their way) or after the rep's
  // click: what started meanwhile is not kept. Utterances already kept are finalised with the words said before.
  const listening = listensTo(state, settings);
  const utterance = seenRevision === 0 && !listening ? null : keptVersion(state, sent, settings);
  if (utterance === null) return { state, role: roleOf(sent, state.site, settings, sides), labels: [], fresh: false, taken: false, utterance: sent };
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
  if (utterance.revision <= seenRevision) return { state, role, labels, fresh: false, taken: true, utterance };

  // The end of a line said before the rep paused still counts, but raises no card they asked not to get.
  const coached = coachOnUtterance(state.coach, roled, labels, now, settings.coach, listening);
  const custom = listening
    ? customOnUtterance(state.custom, settings.customTriggers, roled, now, settings.coach, coached.state)
    : customOnTick(state.custom, now, settings.coach, coached.state);
  const seen = [...state.seen.filter(([id]) => id !== utterance.id), [utterance.id, utterance.revision] as [string, number]];
  const next: CallSessionState = {
    ...state,
    updatedAt: now,
    coach: coached.state,
    coachView: { current: coached.current, recent: coached.recent },
    custom,
    checklist: tickChecklist(state.checklist, roled, labels),
    transcript: withLine(state.transcript, roled, labels),
    talk: recordTalk(state.talk, { ...roled }, now, settings.coach.talkShareWindowMs),
    context: utterance.final ? [...state.context, roled].slice(-CONTEXT_TURNS) : state.context,
    seen: seen.slice(-SEEN_LIMIT),
    unfinished: withUnfinished(state.unfinished, utterance),
    participants: withParticipant(state.participants, utterance),
  };
  return { state: next, role, labels, fresh: true, taken: true, utterance };
}

function withUnfinished(unfinished: readonly Utterance[], utterance: Utterance): Utterance[] {
  const others = unfinished.filter((u) => u.id !== utterance.id);
  return utterance.final ? others : [...others, utterance].slice(-UNFINISHED_LIMIT);
}

/** The newest version of each utterance, the last TRANSCRIPT_LINES of them, text cut to a panel-sized line. */
function withLine(transcript: readonly TranscriptLine[], utterance: RoledUtterance, labels: readonly Label[]): TranscriptLine[] {
  const line: TranscriptLine = {
    id: utterance.id,
    speaker: utterance.speaker,
    role: utterance.role,
    text: utterance.text.slice(0, TRANSCRIPT_LINE_LIMIT),
    start: utterance.start,
    final: utterance.final,
    labels: labels.filter((l) => l.confidence >= POSITIVE).map((l) => l.label),
  };
  const index = transcript.findIndex((l) => l.id === utterance.id);
  if (index >= 0) return transcript.map((l, i) => (i === index ? line : l));
  return [...transcript, line].slice(-TRANSCRIPT_LINES);
}

/**
 * Time passing: cards expire, a rep who keeps talking gets the monologue nudge. While Candor does not listen
 * (paused, or off) the card on screen still runs out, but no card is raised: none would be seen, yet it would
 * be archived as shown and use up its cooldown.
 */
export function tickSession(state: CallSessionState, settings: Settings, now: number): CallSessionState {
  if (state.ended) return state;
  const coached = coachOnTick(state.coach, now, settings.coach, listensTo(state, settings));
  const custom = customOnTick(state.custom, now, settings.coach, coached.state);
  const sameCard =
    coached.current?.id === state.coachView.current?.id &&
    coached.recent.length === state.coachView.recent.length &&
    custom.current?.id === state.custom.current?.id;
  if (sameCard) return { ...state, coach: coached.state, custom };
  return { ...state, updatedAt: now, coach: coached.state, coachView: { current: coached.current, recent: coached.recent }, custom };
}

/** The card on screen: the coach's own, else a custom trigger's; none while Candor does not listen, or after the call. */
export function currentCard(state: CallSessionState, settings: Settings): ShownCard | null {
  return listensTo(state, settings) ? (state.coachView.current ?? state.custom.current) : null;
}

/** The rep's "helpful" / "not now" on a card; "not now" takes it off the screen. */
export function recordFeedback(state: CallSessionState, cardId: string, kind: FeedbackKind, now: number): CallSessionState {
  const feedback = { ...state.feedback, [cardId]: kind };
  return kind === 'helpful' ? { ...state, feedback, updatedAt: now } : { ...dismissCard(state, cardId, now), feedback };
}

/** Takes a card off the screen (it joins `recent`) without recording an answer to it. */
export function dismissCard(state: CallSessionState, cardId: string, now: number): CallSessionState {
  const coached = coachDismiss(state.coach, cardId);
  return {
    ...state,
    updatedAt: now,
    coach: coached.state,
    coachView: { current: coached.current, recent: coached.recent },
    custom: customDismiss(state.custom, cardId),
  };
}

/**
 * Notes when the rep stopped Candor listening (the earlier moment if it was stopped already, see `pausedAt`).
 * Once it listens again it forgets that moment, and tells the coach, which cannot know what was said meanwhile.
 */
function followStops(state: CallSessionState, settings: Settings, now: number): CallSessionState {
  if (stoppedByRep(state, settings)) return state.pausedAt === null ? { ...state, pausedAt: now } : state;
  if (state.pausedAt === null) return state;
  return { ...state, pausedAt: null, coach: coachHearsAgain(state.coach, now) };
}

/** The rep paused or resumed the call (resuming a call Candor is off for leaves it not listening). */
export function setPaused(state: CallSessionState, paused: boolean, now: number, settings: Settings): CallSessionState {
  return state.paused === paused ? state : { ...followStops({ ...state, paused }, settings, now), updatedAt: now };
}

/** Candor set off (or on again) while the call is live: noted as a pause is. */
export function followMode(state: CallSessionState, settings: Settings, now: number): CallSessionState {
  return state.ended ? state : followStops(state, settings, now);
}

function showsDisclosureReminder(state: CallSessionState, settings: Settings, now: number): boolean {
  return settings.disclosureReminder && !state.ended && now - state.startedAt < DISCLOSURE_REMINDER_MS;
}

/**
 * What the panel shows of a call that moves with the clock alone, as the panel shows it: the "Last N min" talk
 * share (older talk leaves the window, so in a silence the figure changes and finally reads "–"; silence counts
 * for nobody, see core/talk-time.ts) in whole percent and whether it is over the threshold, and whether the
 * disclosure reminder is up. Everything else in `callView` changes only with an event, which pushes the panel.
 */
function clockFace(state: CallSessionState, settings: Settings, now: number): string {
  const { recentShare } = talkSplit(state.talk, now, settings.coach.talkShareWindowMs);
  const over = overThreshold(recentShare, settings.coach.talkShareThreshold);
  return `${sharePercent(recentShare) ?? '-'}|${over}|${showsDisclosureReminder(state, settings, now)}`;
}

/**
 * Whether the panel's view of this call changed between two ticks with no event in between. The worker's tick
 * pushes the panel then, and only then: `tickSession` leaves `updatedAt` alone unless a card changed (it orders
 * calls by recency), so without this the meter and the reminder stood still through a silence, and a push every
 * second would redraw the panel for nothing.
 */
export function movedWithClock(state: CallSessionState, settings: Settings, then: number, now: number): boolean {
  return clockFace(state, settings, then) !== clockFace(state, settings, now);
}

export function callView(state: CallSessionState, settings: Settings, now: number, sides: ParticipantSides = {}): CallView {
  return {
    tabId: state.tabId,
    windowId: state.windowId,
    callId: state.callId,
    site: state.site,
    status: state.status,
    mode: settings.mode,
    shadowRepName: settings.shadowRepName,
    paused: state.paused,
    card: currentCard(state, settings),
    recent: [...state.coachView.recent, ...state.custom.recent].sort((a, b) => b.shownAt - a.shownAt).slice(0, RECENT_LIMIT),
    feedback: state.feedback,
    talk: talkSplit(state.talk, now, settings.coach.talkShareWindowMs),
    talkWindowMs: settings.coach.talkShareWindowMs,
    talkShareThreshold: settings.coach.talkShareThreshold,
    checklist: state.checklist,
    transcript: state.transcript,
    bookmarks: state.bookmarks,
    startedAt: state.startedAt,
    updatedAt: state.updatedAt,
    ended: state.ended,
    disclosureReminder: showsDisclosureReminder(state, settings, now),
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
