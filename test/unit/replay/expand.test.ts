import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandReplay, replayDurationMs, ReplayEventError } from '../../../src/replay/expand';
import { parseReplay, type LowLevelEvent, type Replay, type ReplayEvent, type SayEvent } from '../../../src/replay/replay-schema';

const CAPTIONS_ON: ReplayEvent = { t: 0, op: 'captions', on: true };

function replay(events: ReplayEvent[], visibleBlocks?: number): Replay {
  return {
    format: 'candor-replay',
    version: 1,
    site: 'google-meet',
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    ...(visibleBlocks === undefined ? {} : { visibleBlocks }),
    events,
  };
}

type Show = Extract<LowLevelEvent, { op: 'show' }>;
const shows = (events: LowLevelEvent[], block?: string): Show[] =>
  events.filter((e): e is Show => e.op === 'show' && (block === undefined || e.block === block));

const say = (text: string, extra: Partial<SayEvent> = {}): SayEvent => ({
  ...(extra.t === undefined ? { after: 0 } : {}),
  op: 'say',
  block: 'b1',
  speaker: 'Dana Whitfield',
  text,
  ...extra,
});

/** Lower-case words without punctuation: what stays stable while captions are revised. */
const normalWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}' ]/gu, '').split(/\s+/u).filter(Boolean);

function expectTimeline(events: LowLevelEvent[]) {
  events.forEach((event, i) => {
    expect(Number.isInteger(event.t)).toBe(true);
    if (i > 0) expect(event.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
  });
}

function loadReplay(name: string): LowLevelEvent[] {
  const url = new URL(`../../replays/${name}`, import.meta.url);
  return expandReplay(parseReplay(JSON.parse(readFileSync(url, 'utf8')), name));
}

describe('expandReplay: say', () => {
  const text = "Honestly, that's a lot more than we were planning to spend, so I'm not sure where that leaves us.";

  it('grows word by word in chunks of one to three and ends on exactly the text', () => {
    const edits = shows(expandReplay(replay([CAPTIONS_ON, say(text)])));
    expect(edits.at(-1)?.text).toBe(text);
    const finalWords = normalWords(text);
    let previousCount = 0;
    for (const edit of edits) {
      const words = normalWords(edit.text);
      expect(finalWords.slice(0, words.length)).toEqual(words);
      expect(words.length - previousCount).toBeGreaterThanOrEqual(0);
      expect(words.length - previousCount).toBeLessThanOrEqual(3);
      previousCount = words.length;
    }
    expect(edits.length).toBeGreaterThan(finalWords.length / 3);
  });

  it('holds back the trailing punctuation of the last word until the next word or the end', () => {
    const edits = shows(expandReplay(replay([CAPTIONS_ON, say(text)])));
    for (const edit of edits.slice(0, -1)) expect(edit.text).not.toMatch(/[.,!?;:]$/u);
    expect(edits.some((e) => e.text.includes('spend,') && !e.text.endsWith('spend,'))).toBe(true);
  });

  it('follows the speaking rate', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const edits = shows(expandReplay(replay([CAPTIONS_ON, say(words, { wpm: 120 })])));
    const span = edits.at(-1)!.t - edits[0]!.t;
    // 500 ms per word for the 37 to 39 words after the first chunk, ±15% jitter.
    expect(span).toBeGreaterThan(0.85 * 37 * 500);
    expect(span).toBeLessThan(1.15 * 39 * 500 + 500);
  });

  it('sometimes starts lower-case and always capitalises before the end; never lower-cases "I"', () => {
    const openers = ['Honestly', 'Yeah', 'So', 'Well', 'Okay', 'Right', 'Look', 'Actually', 'Basically', 'Listen'];
    let flips = 0;
    for (const opener of openers) {
      const line = `${opener}, we'd need to check with the team first.`;
      const edits = shows(expandReplay(replay([CAPTIONS_ON, say(line)])));
      if (edits[0]!.text.startsWith(opener.toLowerCase())) flips++;
      expect(edits.at(-1)!.text).toBe(line);
    }
    expect(flips).toBeGreaterThan(0);
    expect(flips).toBeLessThan(openers.length);
    for (const line of ["I'm not sure about that one.", 'I think we could try it.', 'OK, sounds fine to me.']) {
      for (const edit of shows(expandReplay(replay([CAPTIONS_ON, say(line)])))) expect(edit.text[0]).toBe(line[0]);
    }
  });

  it('shows a mishear first and corrects it 400-800 ms after its last word appeared', () => {
    const line = "Honestly, that's more than we budgeted for this year.";
    const mishear = { heard: 'more then we budget it', meant: 'more than we budgeted' };
    const edits = shows(expandReplay(replay([CAPTIONS_ON, say(line, { mishear: [mishear] })])));
    const heardAt = edits.find((e) => e.text.includes('more then we budget it'));
    const fixedAt = edits.find((e) => e.text.includes('more than we budgeted'));
    expect(heardAt).toBeDefined();
    expect(fixedAt!.t - heardAt!.t).toBeGreaterThanOrEqual(400);
    expect(fixedAt!.t - heardAt!.t).toBeLessThanOrEqual(800);
    expect(edits.at(-1)!.text).toBe(line);
  });

  it('rejects a mishear whose meant words are not in the text', () => {
    const bad = say('We budgeted less.', { mishear: [{ heard: 'we budget it', meant: 'we budgeted' }] });
    expect(() => expandReplay(replay([CAPTIONS_ON, bad]))).toThrow('events[1].mishear[0].meant: "we budgeted" is not a run of whole words');
  });

  it('appends to a block that already holds text, and names the speaker only when creating it', () => {
    const first = 'So it is mostly email.';
    const events = expandReplay(
      replay([CAPTIONS_ON, say(first, { self: true, speaker: 'You' }), say('And then we key them in.', { self: true, speaker: 'You', after: 400 })]),
    );
    const edits = shows(events);
    expect(edits[0]).toMatchObject({ block: 'b1', speaker: 'You', self: true });
    for (const edit of edits.slice(1)) expect(edit).not.toHaveProperty('speaker');
    const second = edits.filter((e) => e.text.length > first.length);
    for (const edit of second) expect(edit.text.startsWith(`${first} `)).toBe(true);
    expect(edits.at(-1)!.text).toBe(`${first} And then we key them in.`);
  });

  it('resolves after from the end of the previous say', () => {
    const events = expandReplay(replay([CAPTIONS_ON, say('One two three four five six.'), { after: 300, op: 'remove', block: 'b1' }]));
    const lastShow = shows(events).at(-1)!;
    expect(events.at(-1)).toEqual({ t: lastShow.t + 300, op: 'remove', block: 'b1' });
  });

  it('is deterministic', () => {
    const input = replay([CAPTIONS_ON, say('Can you just send me some info?'), say('Sure thing.', { block: 'b2', speaker: 'You', self: true, after: 500 })]);
    expect(expandReplay(input)).toEqual(expandReplay(structuredClone(input)));
  });
});

describe('expandReplay: blocks and timeline rules', () => {
  it('removes the oldest block when a new one makes more than visibleBlocks', () => {
    const events = expandReplay(
      replay(
        [
          CAPTIONS_ON,
          { t: 100, op: 'show', block: 'a', speaker: 'A', text: 'one' },
          { t: 200, op: 'show', block: 'b', speaker: 'B', text: 'two' },
          { t: 300, op: 'show', block: 'c', speaker: 'A', text: 'three' },
        ],
        2,
      ),
    );
    expect(events.slice(-2)).toEqual([
      { t: 300, op: 'show', block: 'c', speaker: 'A', text: 'three' },
      { t: 300, op: 'remove', block: 'a' },
    ]);
  });

  it('passes low-level ops through with absolute times', () => {
    const events = expandReplay(
      replay([
        CAPTIONS_ON,
        { after: 100, op: 'show', block: 'a', speaker: null, text: 'hi' },
        { after: 100, op: 'replace-region' },
        { after: 100, op: 'captions', on: false },
        { after: 100, op: 'captions', on: true },
        { after: 100, op: 'show', block: 'a', speaker: 'A', self: false, text: 'new block, same id' },
        { after: 100, op: 'leave' },
      ]),
    );
    expect(events).toEqual([
      { t: 0, op: 'captions', on: true },
      { t: 100, op: 'show', block: 'a', speaker: null, text: 'hi' },
      { t: 200, op: 'replace-region' },
      { t: 300, op: 'captions', on: false },
      { t: 400, op: 'captions', on: true },
      { t: 500, op: 'show', block: 'a', speaker: 'A', self: false, text: 'new block, same id' },
      { t: 600, op: 'leave' },
    ]);
  });

  const cases: [string, ReplayEvent[], string][] = [
    ['time going backwards', [CAPTIONS_ON, say('One two three.', { t: 1000 }), { t: 1200, op: 'leave' }], 'events[2].t: 1200 ms is before the previous event ends'],
    ['a show creating a block without speaker', [CAPTIONS_ON, { t: 1, op: 'show', block: 'x', text: 'hi' }], 'events[1].speaker: block "x" is not on screen'],
    ['an edit while captions are off', [{ t: 0, op: 'show', block: 'x', speaker: 'A', text: 'hi' }], 'events[0]: captions are off here'],
    ['a show after captions off reusing an old id', [CAPTIONS_ON, { t: 1, op: 'show', block: 'x', speaker: 'A', text: 'hi' }, { t: 2, op: 'captions', on: false }, { t: 3, op: 'captions', on: true }, { t: 4, op: 'show', block: 'x', text: 'again' }], 'events[4].speaker: block "x" is not on screen'],
    ['removing a block not on screen', [CAPTIONS_ON, { t: 1, op: 'remove', block: 'x' }], 'events[1].block: block "x" is not on screen'],
    ['anything after leave', [CAPTIONS_ON, { t: 1, op: 'leave' }, { t: 2, op: 'replace-region' }], 'events[2]: comes after leave'],
    ['captions switched on twice', [CAPTIONS_ON, { t: 1, op: 'captions', on: true }], 'events[1].on: captions are already on'],
    ['another speaker saying into a block', [CAPTIONS_ON, say('Hi there.'), say('Hello.', { speaker: 'You', self: true })], 'events[2].speaker: block "b1" belongs to "Dana Whitfield"'],
    ['an event with no time', [CAPTIONS_ON, { op: 'leave' }], 'events[1]: needs a time'],
  ];
  it.each(cases)('rejects %s', (_, events, message) => {
    expect(() => expandReplay(replay(events))).toThrow(ReplayEventError);
    expect(() => expandReplay(replay(events))).toThrow(message);
  });
});

describe('replayDurationMs', () => {
  it('is the time of the last edit, 0 for nothing', () => {
    expect(replayDurationMs([])).toBe(0);
    expect(replayDurationMs([{ t: 0, op: 'captions', on: true }, { t: 4200, op: 'leave' }])).toBe(4200);
  });
});

describe('test/replays', () => {
  /** Final text of every block as it was last shown, tagged with whether it is the rep's. */
  function turns(events: LowLevelEvent[]) {
    const self = new Map<string, boolean>();
    const out: { block: string; self: boolean; start: number; end: number; text: string }[] = [];
    for (const e of events) {
      if (e.op !== 'show') continue;
      if (e.speaker !== undefined) self.set(e.block, e.self ?? false);
      const last = out.at(-1);
      if (last?.block === e.block) Object.assign(last, { end: e.t, text: e.text });
      else out.push({ block: e.block, self: self.get(e.block) ?? false, start: e.t, end: e.t, text: e.text });
    }
    return out;
  }
  const firstTime = (events: LowLevelEvent[], phrase: string) =>
    shows(events).find((e) => e.text.toLowerCase().includes(phrase.toLowerCase()))?.t ?? Number.NaN;

  it('the sales demo runs 3-4 minutes with its moments in order', () => {
    const events = loadReplay('meet-sales-demo.json');
    expectTimeline(events);
    const duration = replayDurationMs(events);
    expect(duration).toBeGreaterThanOrEqual(180_000);
    expect(duration).toBeLessThanOrEqual(240_000);

    const moments = [
      "you'll be able to",
      'a lot more than we were planning to spend',
      'looking at Tipalti',
      'talking to another vendor',
      'let me think about it',
      'send me some info',
    ].map((phrase) => firstTime(events, phrase));
    for (const t of moments) expect(Number.isFinite(t)).toBe(true);
    expect([...moments].sort((a, b) => a - b)).toEqual(moments);
    expect(firstTime(events, 'net sweet')).toBeLessThan(firstTime(events, 'into NetSuite'));
    expect(firstTime(events, 'tip all tea')).toBeLessThan(firstTime(events, 'looking at Tipalti'));

    // The pitch: the rep's longest stretch without a buyer edit runs 60-90 s.
    let longest = 0;
    let stretchStart: number | undefined;
    for (const e of events) {
      if (e.op !== 'show') continue;
      const isRep = turns(events).find((turn) => turn.block === e.block)?.self ?? false;
      if (!isRep) stretchStart = undefined;
      else longest = Math.max(longest, e.t - (stretchStart ??= e.t));
    }
    expect(longest).toBeGreaterThanOrEqual(60_000);
    expect(longest).toBeLessThanOrEqual(90_000);
  });

  it('the neutral call runs 60-90 s and says nothing a nudge would fire on', () => {
    const events = loadReplay('meet-neutral.json');
    expectTimeline(events);
    const duration = replayDurationMs(events);
    expect(duration).toBeGreaterThanOrEqual(60_000);
    expect(duration).toBeLessThanOrEqual(90_000);
    const said = turns(events).map((turn) => turn.text).join(' ').toLowerCase();
    const triggers = /budget|price|cost|expensive|afford|think about it|circle back|get back to|send me|vendor|competitor|instead|cheaper|you'll be able|feature|not sure|sign off|my boss/u;
    expect(said).not.toMatch(triggers);
  });

  it('the revisions replay covers shrinking, re-adding, region replacement and captions off/on', () => {
    const events = loadReplay('meet-revisions.json');
    expectTimeline(events);
    const ops = events.map((e) => e.op);
    expect(ops).toContain('replace-region');
    expect(events.filter((e) => e.op === 'captions').map((e) => e.op === 'captions' && e.on)).toEqual([true, false, true]);
    const b1 = shows(events, 'b1').map((e) => e.text.length);
    expect(b1.some((length, i) => i > 0 && length < b1[i - 1]!)).toBe(true);
    const removed = events.findIndex((e) => e.op === 'remove');
    expect(events.slice(removed + 1).some((e) => e.op === 'show' && e.block === 'b3' && e.speaker !== undefined)).toBe(true);
  });
});
