/**
 * A rep who pauses Candor, or sets it off, must get no cards: none on screen, none in the overlay, none archived
 * as shown, none using up a cooldown. Once it listens again, the nudges that judge time (no question in a while,
 * talk share, discovery) judge only what it heard since: the coach cannot know what was said in between.
 */
import { describe, expect, it } from 'vitest';
import { callView, cardChanges, followMode, newCallSession, processUtterance, setPaused, tickSession, type CallSessionState } from '../../../src/background/call-session';
import { tabState } from '../../../src/background/content-ports';
import { commandForShortcut } from '../../../src/background/panel-commands';
import type { NudgeId } from '../../../src/core/nudges';
import type { Utterance } from '../../../src/core/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const hello = { type: 'call-hello' as const, callId: 'c1', site: 'google-meet' as const, startedAt: 0, meetingCode: 'abc-defg-hij' };
const OFF: Settings = { ...DEFAULT_SETTINGS, mode: 'off' };
const WITH_OVERLAY: Settings = { ...DEFAULT_SETTINGS, overlay: { enabled: true } };

function line(id: string, speaker: 'You' | 'Dana', text: string, start: number, end: number): Utterance {
  return { id, speaker, isSelf: speaker === 'You', text, start, end, final: true, revision: 1 };
}

function hear(state: CallSessionState, utterance: Utterance, settings = DEFAULT_SETTINGS): CallSessionState {
  return processUtterance(state, utterance, settings, utterance.end).state;
}

/** The worker's 1 s tick from `from` to `to`: the cards that came on screen, and when (what the archive gets). */
function tick(state: CallSessionState, settings: Settings, from: number, to: number): { state: CallSessionState; shown: Array<[NudgeId | 'custom', number]> } {
  const shown: Array<[NudgeId | 'custom', number]> = [];
  let s = state;
  for (let now = from; now <= to; now += SECOND) {
    const next = tickSession(s, settings, now);
    shown.push(...cardChanges(s, next).shown.map((card): [NudgeId, number] => [card.nudgeId, now]));
    s = next;
  }
  return { state: s, shown };
}

const opened = hear(hear(newCallSession(hello, 7, 1, 0), line('u1', 'You', 'Thanks for joining today.', 0, 3 * SECOND)), line('u2', 'Dana', 'Sure, happy to be here.', 4 * SECOND, 7 * SECOND));
const noQuestionMs = DEFAULT_SETTINGS.coach.noQuestionMs;

describe('time passing while the rep paused Candor', () => {
  it('raises no card while paused, however long, and none pops up the moment the rep resumes', () => {
    const paused = setPaused(opened, true, 10 * SECOND, DEFAULT_SETTINGS);
    const during = tick(paused, DEFAULT_SETTINGS, 11 * SECOND, noQuestionMs + MINUTE);
    expect(during.shown).toEqual([]);
    const resumed = setPaused(during.state, false, noQuestionMs + MINUTE, DEFAULT_SETTINGS);
    expect(callView(resumed, DEFAULT_SETTINGS, noQuestionMs + MINUTE).card).toBeNull();
  });

  it('counts "no question in a while" from the resume, not across the pause, and still asks once that long has passed', () => {
    const resumeAt = noQuestionMs + MINUTE;
    const during = tick(setPaused(opened, true, 10 * SECOND, DEFAULT_SETTINGS), DEFAULT_SETTINGS, 11 * SECOND, resumeAt);
    const resumed = setPaused(during.state, false, resumeAt, DEFAULT_SETTINGS);
    const after = tick(resumed, DEFAULT_SETTINGS, resumeAt + SECOND, resumeAt + noQuestionMs + 5 * SECOND);
    expect(after.shown[0]).toEqual(['ask-a-question', resumeAt + noQuestionMs]);
  });

  it('lets a card on screen when the rep paused run out as usual, and it does not come back on resume', () => {
    const objection = hear(opened, line('u3', 'Dana', "honestly that's way too expensive for us", 8 * SECOND, 10 * SECOND));
    expect(callView(objection, DEFAULT_SETTINGS, 10 * SECOND).card?.nudgeId).toBe('validate-objection');
    const paused = setPaused(objection, true, 11 * SECOND, DEFAULT_SETTINGS);
    const during = tick(paused, DEFAULT_SETTINGS, 12 * SECOND, 2 * MINUTE);
    expect(during.state.coachView.recent.map((card) => card.nudgeId)).toEqual(['validate-objection']);
    expect(callView(setPaused(during.state, false, 2 * MINUTE, DEFAULT_SETTINGS), DEFAULT_SETTINGS, 2 * MINUTE).card).toBeNull();
  });

  it('raises no card for words said before the pause that reach the worker after it', () => {
    const heard = hear(opened, { ...line('u3', 'Dana', 'honestly that is', 8 * SECOND, 9 * SECOND), final: false });
    const paused = setPaused(heard, true, 10 * SECOND, DEFAULT_SETTINGS);
    const late = processUtterance(paused, { ...line('u3', 'Dana', "honestly that's way too expensive", 8 * SECOND, 9_500), revision: 2 }, DEFAULT_SETTINGS, 10_500);
    expect(late.taken).toBe(true);
    expect(cardChanges(paused, late.state).shown).toEqual([]);
    expect(callView(setPaused(late.state, false, 20 * SECOND, DEFAULT_SETTINGS), DEFAULT_SETTINGS, 20 * SECOND).card).toBeNull();
  });

  it('judges the talk share only on talk heard since the resume: the buyer may have spoken all through the pause', () => {
    // 3.5 minutes of the rep alone: not yet enough speech for the talk-share card (4 minutes).
    let state = newCallSession(hello, 7, 1, 0);
    for (let i = 0; i < 7; i++) state = hear(state, line(`r${i}`, 'You', 'Let me walk you through the rest of the platform.', i * 30 * SECOND, (i + 1) * 30 * SECOND - 500));
    const paused = setPaused(state, true, 3.5 * MINUTE, DEFAULT_SETTINGS);
    const resumed = setPaused(tick(paused, DEFAULT_SETTINGS, 3.5 * MINUTE + SECOND, 4 * MINUTE).state, false, 4 * MINUTE, DEFAULT_SETTINGS);
    // A minute more of the rep: over 4 minutes of speech in the window, all of it the rep's, but only one heard since.
    const spoke = hear(resumed, line('r9', 'You', 'And one more thing about the reporting.', 4 * MINUTE + SECOND, 5 * MINUTE));
    const after = tick(spoke, DEFAULT_SETTINGS, 5 * MINUTE, 5.5 * MINUTE);
    expect([...cardChanges(resumed, spoke).shown.map((card) => card.nudgeId), ...after.shown.map(([nudge]) => nudge)]).not.toContain('talk-share');
  });

  it('gives the discovery reminder only once the call was heard that long since the resume', () => {
    const nudges = { 'ask-a-question': { enabled: false }, 'help-them-decide': { enabled: false } };
    const quiet: Settings = { ...DEFAULT_SETTINGS, coach: { ...DEFAULT_SETTINGS.coach, nudges } };
    const reminderMs = quiet.coach.discoveryReminderMs;
    const during = tick(setPaused(opened, true, MINUTE, quiet), quiet, MINUTE + SECOND, reminderMs + MINUTE);
    expect(during.shown).toEqual([]);
    const resumeAt = reminderMs + MINUTE;
    const after = tick(setPaused(during.state, false, resumeAt, quiet), quiet, resumeAt + SECOND, resumeAt + reminderMs + 5 * SECOND);
    expect(after.shown[0]).toEqual(['discovery-gap', resumeAt + reminderMs]);
  });
});

describe('time passing while Candor is set off', () => {
  it('raises no card and shows none, however long it stays off', () => {
    const off = followMode(opened, OFF, 10 * SECOND);
    const during = tick(off, OFF, 11 * SECOND, noQuestionMs + MINUTE);
    expect(during.shown).toEqual([]);
    expect(callView(during.state, OFF, noQuestionMs + MINUTE).card).toBeNull();
  });

  it('hides a card that was on screen when Candor was set off', () => {
    const objection = hear(opened, line('u3', 'Dana', "honestly that's way too expensive for us", 8 * SECOND, 10 * SECOND));
    const offOverlay: Settings = { ...WITH_OVERLAY, mode: 'off' };
    const off = followMode(objection, offOverlay, 11 * SECOND);
    expect(callView(off, offOverlay, 11 * SECOND).card).toBeNull();
    expect(tabState(off, offOverlay).overlay?.card).toBeNull();
    expect(commandForShortcut('dismiss-card', off, offOverlay)).toBeNull();
    // Set on again before it ran out, it is there again.
    expect(callView(followMode(off, WITH_OVERLAY, 12 * SECOND), WITH_OVERLAY, 12 * SECOND).card?.nudgeId).toBe('validate-objection');
  });

  it('counts "no question in a while" from when Candor was set on again', () => {
    const onAt = noQuestionMs + MINUTE;
    const during = tick(followMode(opened, OFF, 10 * SECOND), OFF, 11 * SECOND, onAt);
    const on = followMode(during.state, DEFAULT_SETTINGS, onAt);
    const after = tick(on, DEFAULT_SETTINGS, onAt + SECOND, onAt + noQuestionMs + 5 * SECOND);
    expect(after.shown[0]).toEqual(['ask-a-question', onAt + noQuestionMs]);
  });
});
