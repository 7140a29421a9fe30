/**
 * A synthetic sales call of any length on Google Meet, Zoom or Teams, built programmatically rather than committed: a rep and
 * two buyers taking turns of 1-4 sentences at 150-190 words per minute, grown word by word by the real replay
 * expander (src/replay/expand.ts), with a telling buyer phrase (price objection, competitor, stall, "send me
 * info") every `tellEveryMs` of call time. Deterministic: the same arguments always give the same call.
 */
import { expandReplay } from '../../src/replay/expand';
import type { LowLevelEvent, Replay, ReplayEvent, ReplaySite } from '../../src/replay/replay-schema';

/** Everyday sentences with nothing for the coach in them. */
export const NEUTRAL = [
  'So the team is mostly in Denver, with a couple of people remote.',
  'We moved offices last spring, which was a whole thing.',
  'I think the quarter has been busy for everyone on our side.',
  'Right, and the finance folks usually join these on Thursdays.',
  'Yeah, that makes sense, we have a similar setup here.',
  'The weather has been strange this week, rain every afternoon.',
  'Our onboarding usually takes a couple of weeks end to end.',
  'Sure, I can share the deck after the call if that helps.',
  'The approvals go around on Tuesdays, more or less.',
  'Okay, got it, that is helpful context for me.',
  'I have another meeting at the top of the hour, just so you know.',
  'Most of the reporting happens at the end of the month.',
];
const REP_QUESTIONS = [
  'What does your process look like today?',
  'How is the team handling that right now?',
  'Who else would be involved in a decision like this?',
  'What would make this a win for you this year?',
];
/** Buyer phrases the coach reacts to. */
export const TELLING = [
  'Honestly that is a lot more than we were planning to spend, it is out of our budget this year.',
  'Just so you know, we have been looking at Tipalti as well, and another vendor that is a bit cheaper.',
  'Okay, let me think about it and circle back next quarter, maybe.',
  'Can you just send me some info I can look at?',
];

/** A small PRNG (mulberry32) so the call is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LongCall {
  replay: Replay;
  events: LowLevelEvent[];
  /** How many telling buyer phrases it holds. */
  telling: number;
}

/** Where each simulated site is routed; the path shapes are the real ones (test/harness/meeting-routes.ts). */
const MEETING_URLS: Record<ReplaySite, string> = {
  'google-meet': 'https://meet.google.com/ben-chma-rks',
  zoom: 'https://app.zoom.us/wc/81234567890/join',
  teams: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVuY2htYXJr%40thread.v2/0',
};

export function longCall(durationMs: number, tellEveryMs = 180_000, seed = 7, site: ReplaySite = 'google-meet'): LongCall {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const events: ReplayEvent[] = [{ t: 0, op: 'captions', on: true }];
  let clock = 0;
  let block = 0;
  let nextTell = Math.min(tellEveryMs, 20_000);
  let telling = 0;
  let turn = 0;
  while (clock < durationMs) {
    turn += 1;
    const rep = turn % 2 === 1;
    // Meet labels the local user "You"; the Zoom and Teams pages show the local user's own display name.
    const speaker = rep ? (site === 'google-meet' ? 'You' : null) : random() < 0.8 ? 'Dana Whitfield' : 'Marcus Lee';
    const wpm = 150 + Math.floor(random() * 40);
    const sentences: string[] = [];
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i += 1) sentences.push(pick(NEUTRAL));
    if (rep && random() < 0.5) sentences.push(pick(REP_QUESTIONS));
    if (!rep && clock >= nextTell) {
      sentences.push(TELLING[telling % TELLING.length] as string);
      telling += 1;
      nextTell = clock + tellEveryMs;
    }
    block += 1;
    const text = sentences.join(' ');
    events.push({ after: 400 + Math.floor(random() * 800), op: 'say', block: `b${block}`, speaker, ...(rep ? { self: true } : {}), wpm, text });
    // The expander times the say; track roughly where the call is so the loop knows when to stop.
    clock += 600 + (text.split(' ').length / wpm) * 60_000;
  }
  const replay: Replay = {
    format: 'candor-replay',
    version: 1,
    site,
    meetingUrl: MEETING_URLS[site],
    title: `Synthetic ${Math.round(durationMs / 60_000)}-minute call`,
    events,
  };
  return { replay, events: expandReplay(replay), telling };
}
