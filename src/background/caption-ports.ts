/**
 * The service worker's end of each meeting tab's `captions` port: checks who is talking, validates every
 * message, updates the call session, stores utterances and acknowledges them once they are on disk.
 */
import * as v from 'valibot';
import { ContentToBackgroundSchema, type AckMessage, type ContentToBackground } from '../contracts/messages';
import { isMeetingUrl } from '../contracts/meeting-hosts';
import type { Runtime } from '../platform/browser';
import type { RecordedProblem } from '../storage/capture-problems';
import type { ParticipantSides } from '../storage/participant-sides';
import type { Settings } from '../storage/settings';
import { callRecordOf, cardChanges, newCallSession, processUtterance, storedCard, type CallSessionState } from './call-session';
import type { CallArchive } from './deleted-calls';
import type { SessionStore } from './session-store';

export interface CaptionPortDeps {
  /**
   * Resolves once a (re)started worker has loaded its live calls and settings. The port's listeners are added
   * at once and wait on this, rather than being added after it: a content script posts its hello, status and
   * unacknowledged utterances the moment it reconnects, and a port drops messages that arrive before it has
   * a listener (after a worker restart that lost the tab's "tab-hello", so the panel asked for a reload
   * mid-call, and lost replayed utterances until the next reconnection).
   */
  ready: Promise<void>;
  extensionId: string;
  /** The extension's version, recorded with capture problems. */
  version: string;
  sessions: SessionStore;
  /** The archive, which stores nothing more of a call the user deleted while it went on. */
  writer: CallArchive;
  settings(): Settings;
  sides(): ParticipantSides;
  /** A content script on this tab connected (true) or went away (false). */
  covered(tabId: number, live: boolean): void;
  /** Captions could not be read: keep it for the user's report. */
  problem(problem: RecordedProblem): Promise<void>;
  /** Something the panel shows changed. */
  changed(): void;
  now(): number;
  /** The port of the tab's frame that holds the call, for sending it its listening and overlay state. */
  attach?(tabId: number, port: Runtime.Port): void;
}

/** Only Candor's own content script on a meeting tab may feed a call; a page cannot reach this port. */
export function isTrustedCaptionSender(sender: Runtime.MessageSender | undefined, extensionId: string): boolean {
  return sender?.id === extensionId && sender.tab?.id !== undefined && isMeetingUrl(sender.tab.url ?? sender.url);
}

export function handleCaptionPort(port: Runtime.Port, deps: CaptionPortDeps): void {
  const tab = port.sender?.tab;
  if (!isTrustedCaptionSender(port.sender, deps.extensionId) || tab?.id === undefined) {
    port.disconnect();
    return;
  }
  const tabId = tab.id;
  const windowId = tab.windowId ?? null;
  // Everything below waits on `ready` in arrival order (one promise's callbacks run in the order they were added).
  port.onDisconnect.addListener(() => void deps.ready.then(() => deps.covered(tabId, false)));
  port.onMessage.addListener((raw: unknown) => {
    const parsed = v.safeParse(ContentToBackgroundSchema, raw);
    if (!parsed.success) {
      console.warn('[Candor] ignored a malformed caption message:', v.summarize(parsed.issues));
      return;
    }
    void deps.ready
      .then(() => handleMessage(parsed.output, tabId, windowId, port, deps))
      .catch((error: unknown) => {
        console.error('[Candor] could not handle a caption message', error);
      });
  });
}

async function handleMessage(
  message: ContentToBackground,
  tabId: number,
  windowId: number | null,
  port: Runtime.Port,
  deps: CaptionPortDeps,
): Promise<void> {
  const now = deps.now();
  const session = deps.sessions.get(tabId);
  if (message.type === 'tab-hello') {
    deps.covered(tabId, true);
    return;
  }
  if (message.type === 'call-hello') {
    // The tab's pause and overlay state go to the frame that holds the call, not to the last frame that
    // connected: on Zoom the outer /wc/ page runs Candor too, never joins a call, and (its reconnections
    // backing off, as nothing acknowledges it) reconnects last after a worker restart.
    deps.attach?.(tabId, port);
    if (session?.callId === message.callId) {
      // The same call, reconnecting after a worker restart: tell the frame where things stand now.
      deps.changed();
      return;
    }
    // The new session is in place before anything is awaited: the utterances that follow the hello are
    // handled while the writes below are still under way.
    const fresh = newCallSession(message, tabId, windowId, now);
    const saved = deps.sessions.set(fresh);
    const previous = session && !session.ended ? deps.writer.putCall(callRecord(session, now, deps)) : undefined;
    await Promise.all([saved, previous, deps.writer.putCall(callRecord(fresh, null, deps))]);
    deps.changed();
    return;
  }
  if (!session || session.callId !== message.callId) return; // a message for a call this worker never saw
  switch (message.type) {
    case 'capture-status': {
      const { problem } = message.status;
      await Promise.all([
        deps.sessions.set({ ...session, status: message.status, updatedAt: now }),
        problem ? deps.problem({ ...problem, site: session.site, at: now, version: deps.version }) : undefined,
      ]);
      deps.changed();
      return;
    }
    case 'call-ended': {
      const ended = { ...session, ended: true, updatedAt: now };
      await Promise.all([deps.sessions.set(ended), deps.writer.putCall(callRecord(ended, message.at, deps))]);
      deps.changed();
      return;
    }
    case 'utterance': {
      const settings = deps.settings();
      const { utterance } = message;
      const result = processUtterance(session, utterance, settings, now, deps.sides());
      if (!result.taken) {
        // Acknowledged all the same, so the tab does not keep resending what will never be kept.
        postAck(port, { type: 'ack', callId: session.callId, acked: [{ id: utterance.id, revision: utterance.revision }] });
        return;
      }
      const saved = result.fresh ? deps.sessions.set(result.state) : Promise.resolve();
      if (result.fresh) deps.changed();
      // Cards and the participant list go to the archive in the same batch as the utterance that caused them.
      // The version stored is the session's: after a pause, not necessarily the one sent (see `keptVersion`).
      const kept = result.utterance;
      await Promise.all([
        saved,
        deps.writer.putUtterance(
          settings.retention.keepTranscripts
            ? { callId: session.callId, ...kept, role: result.role, labels: result.labels }
            : // Metrics only: who spoke when and what kind of moment it was, never the words.
              { callId: session.callId, ...kept, text: '', role: result.role, labels: result.labels.map((l) => ({ ...l, evidence: '' })) },
        ),
        ...archiveChanges(session, result.state, deps),
      ]);
      postAck(port, { type: 'ack', callId: session.callId, acked: [{ id: utterance.id, revision: utterance.revision }] });
    }
  }
}

function postAck(port: Runtime.Port, ack: AckMessage): void {
  try {
    port.postMessage(ack);
  } catch {
    // The tab went away; its content script resends on reconnect if it is still there.
  }
}

function callRecord(session: CallSessionState, endedAt: number | null, deps: CaptionPortDeps) {
  return callRecordOf(session, deps.settings(), deps.sides(), endedAt);
}

/** Writes for what changed between two states of a live call: cards shown or withdrawn, someone new speaking. */
export function archiveChanges(before: CallSessionState, after: CallSessionState, deps: Pick<CaptionPortDeps, 'writer' | 'settings' | 'sides'>): Array<Promise<void>> {
  if (before === after) return [];
  const { shown, withdrawn } = cardChanges(before, after);
  const writes = [
    ...shown.map((card) => deps.writer.putCard(storedCard(after.callId, card))),
    ...withdrawn.map((card) => deps.writer.withdrawCard(after.callId, card.id)),
  ];
  if (after.participants.length !== before.participants.length) {
    writes.push(deps.writer.putCall(callRecordOf(after, deps.settings(), deps.sides(), after.ended ? after.updatedAt : null)));
  }
  return writes;
}
