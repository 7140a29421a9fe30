/**
 * Every message that crosses between Candor's contexts, in one place. Two long-lived ports carry them:
 *
 * - `captions`: one per meeting tab, content script <-> service worker. The content script owns the call's
 *   identity and keeps every utterance version until the worker acknowledges it as stored, so a worker that
 *   Chrome stops mid-call loses nothing: on reconnect the content script says hello again and resends.
 *   The worker also tells the tab what to do: keep listening or not (paused, mode off), and what the in-call
 *   overlay shows.
 * - `panel`: one per open side panel (or review page): worker -> panel state pushes, and panel -> worker
 *   commands (card feedback, pause, bookmark), accepted only from Candor's own pages.
 *
 * A page that must know when a command has run (the review page deleting a call) sends it once with
 * `runtime.sendMessage` instead: the answer comes when the worker is done.
 *
 * Messages that arrive from content scripts and panels are validated against these schemas before anything
 * acts on them.
 */
import * as v from 'valibot';
import type { CaptureStatus } from './capture-status';
import type { ShownCard } from '../core/custom-triggers';
import type { DiscoveryChecklist } from '../core/discovery-checklist';
import type { FeedbackKind } from '../core/feedback-tuning';
import { NUDGE_IDS } from '../core/nudges';
import type { TalkSplit } from '../core/talk-time';
import type { LabelName, Role, Side, SiteId } from '../core/types';
import type { CoachingMode } from '../storage/settings';

export const CAPTIONS_PORT = 'captions';
export const PANEL_PORT = 'panel';

/** Caption text is untrusted and unbounded; anything larger than this is cut before it travels. */
export const MAX_CAPTION_TEXT = 20_000;

const SiteSchema = v.picklist(['google-meet', 'zoom', 'teams'] satisfies SiteId[]);
const TimeSchema = v.pipe(v.number(), v.finite(), v.minValue(0));
const IdSchema = v.pipe(v.string(), v.regex(/^[\w:.-]{1,80}$/u));

export const UtteranceSchema = v.strictObject({
  id: IdSchema,
  speaker: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  isSelf: v.boolean(),
  text: v.pipe(v.string(), v.maxLength(MAX_CAPTION_TEXT)),
  start: TimeSchema,
  end: TimeSchema,
  final: v.boolean(),
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const CaptureStatusSchema = v.strictObject({
  inCall: v.boolean(),
  captions: v.picklist(['on', 'off', 'unreadable']),
  problem: v.nullable(
    v.strictObject({ part: v.picklist(['region', 'speaker', 'text']), detail: v.pipe(v.string(), v.maxLength(300)) }),
  ),
  howToEnable: v.pipe(v.string(), v.maxLength(200)),
});

/**
 * Content script -> worker, as soon as the script runs on a meeting page (and again on every reconnection):
 * this tab has a live Candor content script. Lets the panel tell a tab that needs reloading (opened before
 * Candor was installed or updated) from one that is simply not in a call.
 */
const TabHelloSchema = v.strictObject({ type: v.literal('tab-hello'), site: SiteSchema });

/** Content script -> worker, first on every (re)connection during a call: which call this tab is in. */
const CallHelloSchema = v.strictObject({
  type: v.literal('call-hello'),
  callId: IdSchema,
  site: SiteSchema,
  startedAt: TimeSchema,
  /** The meeting code from the URL (Meet: abc-defg-hij), never the full URL. */
  meetingCode: v.pipe(v.string(), v.maxLength(100)),
});

/** Content script -> worker: the latest version of one utterance (partial or final). */
const UtteranceMessageSchema = v.strictObject({
  type: v.literal('utterance'),
  callId: IdSchema,
  utterance: UtteranceSchema,
});

/** Content script -> worker: the caption state line changed (captions on/off, not in a call, unreadable). */
const CaptureStatusMessageSchema = v.strictObject({
  type: v.literal('capture-status'),
  callId: IdSchema,
  status: CaptureStatusSchema,
});

/** Content script -> worker: the user left the call; everything before this was sent. */
const CallEndedSchema = v.strictObject({ type: v.literal('call-ended'), callId: IdSchema, at: TimeSchema });

export const ContentToBackgroundSchema = v.variant('type', [
  TabHelloSchema,
  CallHelloSchema,
  UtteranceMessageSchema,
  CaptureStatusMessageSchema,
  CallEndedSchema,
]);
export type ContentToBackground = v.InferOutput<typeof ContentToBackgroundSchema>;
export type CallHello = v.InferOutput<typeof CallHelloSchema>;

/** Worker -> content script: these utterance versions are stored; the content script may forget them. */
export interface AckMessage {
  type: 'ack';
  callId: string;
  acked: Array<{ id: string; revision: number }>;
}

/** What the in-call overlay draws: the current card, worded for the mode. */
export interface OverlayState {
  card: Pick<ShownCard, 'id' | 'nudgeId' | 'title' | 'question' | 'why'> | null;
  /** Shadow mode: explain the moment instead of telling the watcher what to say. */
  shadow: boolean;
}

/**
 * Worker -> content script, after every hello and whenever it changes: whether to read captions at all
 * (false while the rep paused Candor or set it off: nothing is read, nothing captured) and what the overlay
 * shows (null when the overlay is switched off in the options).
 */
export interface TabStateMessage {
  type: 'tab-state';
  callId: string;
  listening: boolean;
  overlay: OverlayState | null;
}
export type BackgroundToContent = AckMessage | TabStateMessage;

/** Longest transcript line the panel receives; the full text is in the archive. */
export const TRANSCRIPT_LINE_LIMIT = 600;
/** Lines of live transcript kept in the call's state and sent to the panel. */
export const TRANSCRIPT_LINES = 50;

/** One line of the panel's live transcript, with the labels that make it a moment worth highlighting. */
export interface TranscriptLine {
  id: string;
  speaker: string | null;
  role: Role;
  text: string;
  start: number;
  final: boolean;
  labels: LabelName[];
}

/** The live state of one call, as the side panel shows it. */
export interface CallView {
  tabId: number;
  windowId: number | null;
  callId: string;
  site: SiteId;
  status: CaptureStatus;
  mode: CoachingMode;
  /** Shadow mode: who the rep is (empty: not picked yet). */
  shadowRepName: string;
  /** The rep paused listening for this call: nothing is read or stored until they resume. */
  paused: boolean;
  /** The one card to show now. */
  card: ShownCard | null;
  /** Earlier cards, newest first. */
  recent: ShownCard[];
  /** The rep's answers to this call's cards, by card id. */
  feedback: Record<string, FeedbackKind>;
  talk: TalkSplit;
  /** The window `talk.recentShare` covers. */
  talkWindowMs: number;
  /** The rep's share above which the meter warns (a setting). */
  talkShareThreshold: number;
  checklist: DiscoveryChecklist;
  /** The last TRANSCRIPT_LINES utterances, oldest first. */
  transcript: TranscriptLine[];
  /** How many moments were bookmarked in this call (shadow mode). */
  bookmarks: number;
  startedAt: number;
  updatedAt: number;
  ended: boolean;
  /** Everyone captioned so far and the side they are on (remembered by name across calls). */
  participants: Array<{ name: string; isSelf: boolean; side: Side }>;
  /** The user asked to be reminded, early in each call, to tell the others that they use a live coach. */
  disclosureReminder: boolean;
}

/** Worker -> panel: the state of every live call (the panel picks the one for its window's active tab). */
export interface PanelStateMessage {
  type: 'panel-state';
  calls: CallView[];
  /** Tabs where a Candor content script is running now; a meeting tab missing here needs a reload. */
  coveredTabs: number[];
  /** Tabs Candor ran in this browser session, still open (the panel cannot read a tab's URL in Chromium). */
  meetingTabs: number[];
  /** The disk is full: the archive takes no writes, so live calls are not being saved (false once one commits). */
  storageFull: boolean;
}
export type BackgroundToPanel = PanelStateMessage;

const CardIdSchema = v.pipe(v.string(), v.maxLength(200));

/** Panel -> worker: the rep's answer to a card. "not now" also takes the card off the screen. */
const CardFeedbackSchema = v.strictObject({
  type: v.literal('card-feedback'),
  callId: IdSchema,
  cardId: CardIdSchema,
  nudgeId: v.picklist([...NUDGE_IDS, 'custom']),
  kind: v.picklist(['helpful', 'not-now']),
});

/** Panel -> worker: stop listening on this tab for now (nothing captured), or start again. */
const SetPausedSchema = v.strictObject({
  type: v.literal('set-paused'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  paused: v.boolean(),
});

/** Panel -> worker (shadow mode): mark this moment of the call, with a note. */
const BookmarkSchema = v.strictObject({
  type: v.literal('bookmark'),
  callId: IdSchema,
  note: v.pipe(v.string(), v.maxLength(1_000)),
});


/** Panel -> worker: put a participant on the rep's side or the buyer's, remembered by name for next time. */
const SetSideSchema = v.strictObject({
  type: v.literal('set-side'),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  side: v.picklist(['ours', 'theirs']),
});

/** Options page -> worker: delete every call and everything else Candor stored. Only Candor's own pages can send it. */
const DeleteEverythingSchema = v.strictObject({ type: v.literal('delete-everything') });

/**
 * Review page -> worker: delete this call from the history. A call still going on stays deleted: the worker
 * stores nothing more of it (what the tab sends later, the participants, its end).
 */
const DeleteCallSchema = v.strictObject({ type: v.literal('delete-call'), callId: IdSchema });

/**
 * Panel -> worker: the call this side panel shows now, by its tab (null: none), and the panel's window. Sent
 * whenever that changes and again on each (re)connection. The keyboard shortcuts act on the call the rep sees,
 * and while the active tab holds no call only the panel knows which one that is (ui/sidepanel/select-call.ts).
 * Not a command: the worker keeps it with the panel's port and forgets it when the panel closes.
 */
export const PanelShowsSchema = v.strictObject({
  type: v.literal('panel-shows'),
  windowId: v.nullable(v.pipe(v.number(), v.integer())),
  tabId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type PanelShows = v.InferOutput<typeof PanelShowsSchema>;

export const PanelToBackgroundSchema = v.variant('type', [CardFeedbackSchema, SetPausedSchema, BookmarkSchema, SetSideSchema, DeleteEverythingSchema, DeleteCallSchema]);
export type PanelToBackground = v.InferOutput<typeof PanelToBackgroundSchema>;
/** Everything a Candor page may send on the panel port: a command, or what the panel shows. */
export const PanelPortMessageSchema = v.variant('type', [PanelShowsSchema, PanelToBackgroundSchema]);
