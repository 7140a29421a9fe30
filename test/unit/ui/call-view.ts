import type { CallView } from '../../../src/contracts/messages';

/** A live call as the worker shows it to the side panel: no card, no talk yet; tests override what they judge. */
export function callView(overrides: Partial<CallView> = {}): CallView {
  return {
    tabId: 7, windowId: 1, callId: 'c1', site: 'google-meet', card: null, recent: [], startedAt: 0, updatedAt: 0, ended: false,
    status: { inCall: true, captions: 'on', problem: null, howToEnable: 'press C' },
    mode: 'live', shadowRepName: '', paused: false, participants: [], disclosureReminder: false, feedback: {},
    talk: { callShare: null, recentShare: null, repMs: 0, othersMs: 0 },
    talkWindowMs: 300_000, talkShareThreshold: 0.65, checklist: {}, transcript: [], bookmarks: 0,
    ...overrides,
  };
}
