import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENTER_OPTIONS, Segmenter, type CaptionRevision } from '../../../src/core/segmenter';
import type { Utterance } from '../../../src/core/types';

/** A recorded step: a block's text at a time, a block leaving, the caption region appearing, or time passing. */
type Step =
  | { at: number; block: string; speaker?: string | null; self?: boolean; text: string; muted?: true }
  | { at: number; removed: string }
  | { at: number; regionShown: true; unheard?: true }
  | { at: number; tick: true };

/** Plays steps on `segmenter` and returns the utterances that changed, in order. */
function play(steps: Step[], segmenter: Segmenter): Utterance[] {
  const updates: Utterance[] = [];
  const speakers = new Map<string, { speaker: string | null; self: boolean }>();
  for (const step of steps) {
    if ('removed' in step) segmenter.removeBlock(step.removed, step.at);
    else if ('regionShown' in step) segmenter.regionShown(step.at, { unheard: step.unheard ?? false });
    else if ('tick' in step) updates.push(...segmenter.tick(step.at));
    else {
      const known =
        step.speaker !== undefined ? { speaker: step.speaker, self: step.self ?? false } : (speakers.get(step.block) ?? { speaker: null, self: false });
      speakers.set(step.block, known);
      const revision: CaptionRevision = { block: step.block, speaker: known.speaker, isSelf: known.self, text: step.text, at: step.at };
      updates.push(...(step.muted ? segmenter.mute(revision) : segmenter.revise(revision)));
    }
  }
  return updates;
}

/** Plays steps to the end of the call and returns every utterance's last version, in order of creation. */
function run(steps: Step[], segmenter = new Segmenter()): { final: Utterance[]; updates: Utterance[] } {
  const updates = [...play(steps, segmenter), ...segmenter.flush()];
  const last = new Map<string, Utterance>();
  for (const update of updates) last.set(update.id, update);
  return { final: [...last.values()], updates };
}

const texts = (utterances: Utterance[]): string[] => utterances.map((u) => u.text);

/** Word-by-word growth of `text` in `block`, one word every `gap` ms from `at`. */
function grow(block: string, speaker: string, text: string, at = 0, gap = 300): Step[] {
  const words = text.split(' ');
  return words.map((_, i) => ({ at: at + i * gap, block, speaker, text: words.slice(0, i + 1).join(' ') }));
}

describe('Segmenter', () => {
  it('grows one utterance word by word and finalises it after a pause', () => {
    const { final, updates } = run([...grow('b1', 'Dana', 'we use spreadsheets for this today'), { at: 5_000, tick: true }]);
    expect(texts(final)).toEqual(['we use spreadsheets for this today']);
    expect(final[0]?.final).toBe(true);
    expect(updates.filter((u) => !u.final).length).toBe(6);
    expect(updates.map((u) => u.revision)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the utterance partial while the speaker is still talking', () => {
    const { updates } = run([...grow('b1', 'Dana', 'one two three', 0, 1_500), { at: 3_200, tick: true }]);
    expect(updates.at(-2)?.final).toBe(false);
  });

  it('finalises the previous turn when a new caption block starts', () => {
    const { updates } = run([
      ...grow('b1', 'Dana', 'that is too expensive'),
      { at: 1_500, block: 'b2', speaker: null, self: true, text: 'I hear you' },
    ]);
    const finalOfFirst = updates.findIndex((u) => u.text === 'that is too expensive' && u.final);
    const firstOfSecond = updates.findIndex((u) => u.text === 'I hear you');
    expect(finalOfFirst).toBeGreaterThanOrEqual(0);
    expect(finalOfFirst).toBeLessThan(firstOfSecond);
    expect(updates[firstOfSecond]?.isSelf).toBe(true);
  });

  it('treats case, punctuation and word corrections as revisions of the same utterance', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: 'so we looked at' },
      { at: 300, block: 'b1', text: 'so we looked at tip' },
      { at: 600, block: 'b1', text: 'So, we looked at Tipalti' },
      { at: 900, block: 'b1', text: 'So, we looked at Tipalti last year.' },
      { at: 4_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['So, we looked at Tipalti last year.']);
  });

  it('follows text that shrinks (recognition retracting words) without a new utterance', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: 'the price is fine for' },
      { at: 300, block: 'b1', text: 'the price is' },
      { at: 600, block: 'b1', text: 'the price is not a problem for us' },
      { at: 4_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['the price is not a problem for us']);
  });

  it('ignores late corrections to a finished turn (Meet edits earlier blocks)', () => {
    const { final } = run([
      ...grow('b1', 'Dana', 'we would need to run it by finance'),
      { at: 3_000, block: 'b2', speaker: 'You', self: true, text: 'Who else is involved?' },
      { at: 3_400, block: 'b1', text: 'We would need to run it by Finance.' },
      { at: 8_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['we would need to run it by finance', 'Who else is involved?']);
  });

  it('takes a finished turn corrected into fewer words as the same turn (Meet merges misheard words later)', () => {
    const { final } = run([
      ...grow('b1', 'Dana', 'so we looked at tip all tea last year'),
      { at: 6_000, tick: true },
      { at: 7_000, block: 'b1', text: 'So we looked at Tipalti last year.' },
      { at: 12_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['so we looked at tip all tea last year']);
  });

  it('makes only the new words a new utterance when a block continues after a pause', () => {
    const { final } = run([
      ...grow('b1', 'Dana', 'let me think about it'),
      { at: 4_000, tick: true },
      { at: 6_000, block: 'b1', text: 'Let me think about it. Can you send me some info' },
      { at: 9_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['let me think about it', 'Can you send me some info']);
  });

  it('does not duplicate a caption redrawn in a replaced region, and keeps its growth', () => {
    const { final } = run([
      ...grow('b1', 'Dana', 'our budget is tight'),
      { at: 1_000, block: 'b2', speaker: 'Dana', text: 'this year' },
      // The region is destroyed and re-created: same captions, new elements.
      { at: 1_200, removed: 'b1' },
      { at: 1_200, removed: 'b2' },
      { at: 1_200, block: 'b3', speaker: 'Dana', text: 'our budget is tight' },
      { at: 1_200, block: 'b4', speaker: 'Dana', text: 'this year' },
      { at: 1_500, block: 'b4', text: 'this year, honestly.' },
      { at: 6_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['our budget is tight', 'this year, honestly.']);
  });

  it('finalises a block that left the screen once the grace period has passed', () => {
    const { updates } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: 'we already use Bill.com' },
      { at: 100, removed: 'b1' },
      { at: 300, tick: true },
      { at: 600, tick: true },
    ]);
    const finals = updates.filter((u) => u.final);
    expect(finals).toHaveLength(1);
    expect(updates.indexOf(finals[0] as Utterance)).toBe(1);
  });

  it("starts a new utterance when Meet drops a long monologue's text and starts over", () => {
    const long = 'and the thing is we spent most of last year building a process around spreadsheets and honestly it mostly works but it does take two people about three days at every month end';
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: long },
      { at: 500, block: 'b1', text: 'so what we would need' },
      { at: 800, block: 'b1', text: 'so what we would need is approvals' },
      { at: 5_000, tick: true },
    ]);
    expect(texts(final)).toEqual([long, 'so what we would need is approvals']);
  });

  it('takes every word said after Meet restarts a long monologue, though its words were all said before', () => {
    const said = [
      'So the way we think about it is that the team needs one place to see every invoice.',
      'We would need approvals from the finance team and the managers.',
      'What that means for us is less time spent chasing people.',
    ];
    const monologue = Array.from({ length: 10 }, () => said.join(' ')).join(' ');
    const { final } = run([
      ...grow('b1', 'Dana', monologue, 0, 50),
      // Meet drops the text and starts over with everyday words, a few of them at a time.
      { at: 30_000, block: 'b1', text: 'So what we' },
      { at: 30_300, block: 'b1', text: 'So what we would need is' },
      { at: 30_600, block: 'b1', text: 'So what we would need is approvals from finance' },
      { at: 35_000, tick: true },
    ]);
    expect(texts(final).join(' ')).toBe(`${monologue} So what we would need is approvals from finance`);
  });

  it('cuts a very long turn at sentence boundaries, losing no words', () => {
    const sentences = [
      'Our platform connects to your ERP in about a day.',
      'It reads every invoice and matches it to the purchase order automatically.',
      'You also get a dashboard with every approval in one place.',
      'And the mobile app lets managers approve from anywhere.',
      'Plus we have a fraud check that flags duplicate vendors before you pay them.',
      'Most teams see their close shrink by two days in the first month.',
    ];
    const text = sentences.join(' ');
    const { final } = run([...grow('b1', 'You', text, 0, 50), { at: 20_000, tick: true }]);
    expect(final.length).toBeGreaterThan(1);
    expect(final.every((u) => u.text.length <= 400)).toBe(true);
    expect(final.map((u) => u.text).join(' ')).toBe(text);
  });

  it('keeps consecutive blocks of the same speaker as separate, ordered utterances', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Avery', text: 'Kickoff is at 10 AM.' },
      { at: 500, block: 'b2', speaker: 'Avery', text: 'Please review the draft today.' },
      { at: 5_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['Kickoff is at 10 AM.', 'Please review the draft today.']);
    expect(final.every((u) => u.final)).toBe(true);
  });

  it('emits each utterance id with strictly increasing revisions', () => {
    const { updates } = run([
      ...grow('b1', 'Dana', 'how soon could we start'),
      { at: 2_000, block: 'b1', text: 'How soon could we start?' },
      { at: 6_000, tick: true },
    ]);
    const byId = new Map<string, number>();
    for (const update of updates) {
      expect(update.revision).toBeGreaterThan(byId.get(update.id) ?? 0);
      byId.set(update.id, update.revision);
    }
  });
});

describe('Segmenter, new turns that start like old ones', () => {
  it('does not mistake a new turn that starts with the same words for a redrawn old block', () => {
    const { final } = run([
      ...grow('b1', 'Dana', 'I mean we close in about eight days'),
      { at: 3_000, block: 'b2', speaker: 'You', self: true, text: 'What did you have in mind?' },
      // b1 scrolls out of the region; Dana's next turn happens to start with the same two words.
      { at: 20_000, removed: 'b1' },
      ...grow('b3', 'Dana', 'I mean we set aside maybe fifteen grand', 20_000),
      { at: 30_000, tick: true },
    ]);
    expect(texts(final)).toEqual([
      'I mean we close in about eight days',
      'What did you have in mind?',
      'I mean we set aside maybe fifteen grand',
    ]);
  });

  it('does not swallow a short reply that repeats an earlier short reply', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: 'Yeah.' },
      { at: 2_000, block: 'b2', speaker: 'You', self: true, text: 'Great.' },
      { at: 9_000, removed: 'b1' },
      { at: 12_000, block: 'b3', speaker: 'Dana', text: 'Yeah.' },
      { at: 20_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['Yeah.', 'Great.', 'Yeah.']);
  });
});

describe('Segmenter, rolling, recycled and late-named captions', () => {
  it('rebuilds a rolling caption (old words scrolling off the front) without losing or repeating words', () => {
    const spoken = 'so the main thing for us is the approval chain because right now every invoice over five grand needs two signatures and people are never at their desks';
    const words = spoken.split(' ');
    // Zoom shows at most ten words: the window slides as words arrive.
    const steps: Step[] = words.map((_, i) => ({ at: i * 300, block: 'z1', speaker: 'Dana', text: words.slice(Math.max(0, i + 1 - 10), i + 1).join(' ') }));
    const { final } = run([...steps, { at: 20_000, tick: true }]);
    expect(final.map((u) => u.text).join(' ')).toBe(spoken);
  });

  it('keeps a rolling caption correct when recognition fixes a word inside the window', () => {
    const { final } = run([
      { at: 0, block: 'z1', speaker: 'Dana', text: 'we looked at tip all tea last' },
      { at: 300, block: 'z1', text: 'looked at Tipalti last year and' },
      { at: 600, block: 'z1', text: 'Tipalti last year and it was fine' },
      { at: 5_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['we looked at Tipalti last year and it was fine']);
  });

  /** A rolling root (Zoom) showing the last `window` words of `spoken`, growing word by word. */
  const rolling = (spoken: string, window: number, at = 0): Step[] => {
    const words = spoken.split(' ');
    return words.map((_, i) => ({ at: at + i * 300, block: 'z1', speaker: 'Dana', text: words.slice(Math.max(0, i + 1 - window), i + 1).join(' ') }));
  };
  const BEFORE_WINDOW = 'so last year we compared three vendors and after a long trial we went with';
  const WINDOW = 'tipsy for the invoices and it has been fine since';

  it('keeps every word said before recognition corrects the first word a rolling window shows', () => {
    const steps = rolling(`${BEFORE_WINDOW} ${WINDOW}`, 10);
    const { final } = run([...steps, { at: 7_600, block: 'z1', text: WINDOW.replace('tipsy', 'Tipalti') }, { at: 12_000, tick: true }]);
    expect(texts(final)).toEqual([`${BEFORE_WINDOW} Tipalti for the invoices and it has been fine since`]);
  });

  it('takes the correction of a rolling window\'s first word when the words before it are already final', () => {
    const earlier = 'so last year we compared three vendors and after a long trial';
    const steps = [...rolling(earlier, 10), { at: 6_000, tick: true } as Step, ...rolling(`${earlier} we went with ${WINDOW}`, 10, 6_000).slice(earlier.split(' ').length)];
    const { final } = run([...steps, { at: 10_000, block: 'z1', text: WINDOW.replace('tipsy', 'Tipalti') }, { at: 15_000, tick: true }]);
    expect(texts(final)).toEqual([earlier, 'we went with Tipalti for the invoices and it has been fine since']);
  });

  it('does not repeat a rolling window corrected after its words became final', () => {
    const steps = rolling(`${BEFORE_WINDOW} ${WINDOW}`, 10);
    const { final } = run([
      ...steps,
      { at: 10_000, tick: true },
      { at: 10_500, block: 'z1', text: WINDOW.replace('tipsy', 'Tipalti') },
      { at: 11_000, block: 'z1', text: `${WINDOW.replace('tipsy', 'Tipalti')} and we` },
      { at: 15_000, tick: true },
    ]);
    expect(texts(final)).toEqual([`${BEFORE_WINDOW} ${WINDOW}`, 'and we']);
  });

  it('holds only the last words of a rolling caption however long its speaker talks, and loses none', () => {
    const sentences = ['We moved offices last spring, which was a whole thing.', 'The approvals go around on Tuesdays, more or less.', 'Honestly that is more than we planned to spend this year.'];
    const said: string[] = [];
    const segmenter = new Segmenter({ reshowsOldLines: true });
    const updates: Utterance[] = [];
    let at = 0;
    let shownFrom = 0;
    let mostHeld = 0;
    // Half an hour at 150 words a minute in one root that shows 40 to 80 words, with a breath now and then.
    for (let sentence = 0; at < 30 * 60_000; sentence += 1) {
      for (const word of (sentences[sentence % sentences.length] as string).split(' ')) {
        at += 400;
        said.push(word);
        if (said.length - shownFrom > 80) shownFrom = said.length - 40;
        updates.push(...play([{ at, block: 'z1', speaker: 'Dana', text: said.slice(shownFrom).join(' ') }], segmenter));
        mostHeld = Math.max(mostHeld, segmenter.heldWords());
      }
      if (sentence % 4 === 3) updates.push(...play([{ at: (at += 2_500), tick: true }], segmenter));
    }
    updates.push(...segmenter.flush());
    const last = new Map(updates.map((u) => [u.id, u]));
    expect([...last.values()].map((u) => u.text).join(' ')).toBe(said.join(' '));
    expect(said.length).toBeGreaterThan(3_500);
    expect(mostHeld).toBeLessThanOrEqual(2 * 80);
  });

  it('treats a list row recycled for another caption as a new caption, keeping the old one', () => {
    const { final } = run([
      { at: 0, block: 'row1', speaker: 'Speaker A', text: 'First segment.' },
      { at: 500, block: 'row1', speaker: 'Speaker B', text: 'Totally different words from someone else.' },
      { at: 5_000, tick: true },
    ]);
    expect(final.map((u) => [u.speaker, u.text])).toEqual([
      ['Speaker A', 'First segment.'],
      ['Speaker B', 'Totally different words from someone else.'],
    ]);
  });

  it('takes every word of the next caption a row shows word by word, though it starts with the same word as the last', () => {
    const { final } = run([
      { at: 0, block: 'row1', speaker: 'Speaker A', text: 'So we compared three vendors.' },
      { at: 5_000, tick: true },
      ...grow('row1', 'Speaker B', 'So what would a pilot cost?', 6_000),
      { at: 12_000, tick: true },
    ]);
    expect(final.map((u) => [u.speaker, u.text])).toEqual([
      ['Speaker A', 'So we compared three vendors.'],
      ['Speaker B', 'So what would a pilot cost?'],
    ]);
  });

  it('gives a growing utterance the real name when the site resolves a placeholder as the caption moves to another row', () => {
    const { final } = run([
      { at: 0, block: 'r1', speaker: 'Dana', text: 'We mostly do it in spreadsheets today.' },
      { at: 3_000, tick: true },
      { at: 3_500, block: 'r2', speaker: null, text: 'Sorry, joining late,' },
      // The list scrolls on as Teams names the speaker: her caption moves up a row, Sam's reply comes in below.
      { at: 4_000, block: 'r1', speaker: 'Priya Shah', text: 'Sorry, joining late, the link did not work.' },
      { at: 4_000, block: 'r2', speaker: 'Sam', text: 'No problem.' },
      { at: 9_000, tick: true },
    ]);
    expect(final.map((u) => [u.speaker, u.text])).toEqual([
      ['Dana', 'We mostly do it in spreadsheets today.'],
      ['Priya Shah', 'Sorry, joining late, the link did not work.'],
      ['Sam', 'No problem.'],
    ]);
  });

  it('gives a growing utterance the real name once the site resolves a placeholder', () => {
    const { final } = run([
      { at: 0, block: 't1', speaker: null, text: 'hi everyone sorry' },
      { at: 300, block: 't1', speaker: 'Dana Whitfield', text: 'hi everyone sorry I was late' },
      { at: 5_000, tick: true },
    ]);
    expect(final.map((u) => [u.speaker, u.text])).toEqual([['Dana Whitfield', 'hi everyone sorry I was late']]);
  });
});

describe("Segmenter, rows of a virtual list showing other captions after a scroll or resize (Teams)", () => {
  /** The list's rows `r1`, `r2`… as one read shows them at `at`: [speaker, text] per row, top to bottom. */
  const rowsShow = (at: number, rows: Array<[string, string]>): Step[] =>
    rows.map(([speaker, text], i) => ({ at, block: `r${i + 1}`, speaker, text }));
  const spoken = (final: Utterance[]): string[][] => final.map((u) => [u.speaker ?? '?', u.text]);
  const A: [string, string] = ['Dana', 'We mostly do it in spreadsheets today.'];
  const B: [string, string] = ['Sam', 'Got it.'];
  const C: [string, string] = ['Dana', 'Two days.'];
  const D: [string, string] = ['Sam', 'What does that cost you?'];
  const E: [string, string] = ['Dana', 'Honestly, a lot.'];

  it('captures every caption once, in order, when every row shows the next caption', () => {
    const { final } = run([
      ...rowsShow(0, [A]),
      ...rowsShow(1_000, [A, B]),
      ...rowsShow(2_000, [A, B, C]),
      { at: 5_000, tick: true },
      ...rowsShow(6_000, [B, C, D]),
      { at: 10_000, tick: true },
    ]);
    expect(spoken(final)).toEqual([A, B, C, D]);
  });

  it('captures every caption once, in order, when every row shows the caption two rows down', () => {
    const { final } = run([
      ...rowsShow(0, [A]),
      ...rowsShow(1_000, [A, B]),
      ...rowsShow(2_000, [A, B, C]),
      ...rowsShow(3_000, [A, B, C, D]),
      { at: 6_000, tick: true },
      ...rowsShow(7_000, [C, D, E]),
      { at: 10_000, tick: true },
    ]);
    expect(spoken(final)).toEqual([A, B, C, D, E]);
  });

  it('captures a caption still growing once when it moves to another row, with the words it grows by', () => {
    const { final } = run([
      ...rowsShow(0, [A, B]),
      { at: 3_000, tick: true },
      { at: 3_500, block: 'r3', speaker: 'Dana', text: 'Two days' },
      // The list scrolls while Dana is still talking: her caption goes on growing in the row above.
      ...rowsShow(4_000, [B, ['Dana', 'Two days every']]),
      { at: 4_300, block: 'r2', text: 'Two days every month end.' },
      { at: 9_000, tick: true },
    ]);
    expect(spoken(final)).toEqual([A, B, ['Dana', 'Two days every month end.']]);
  });

  it('captures every caption once when the list shrinks: the rows left show the later captions, the last row goes', () => {
    const { final } = run([
      ...rowsShow(0, [A]),
      ...rowsShow(1_000, [A, B]),
      ...rowsShow(2_000, [A, B, C]),
      { at: 5_000, tick: true },
      { at: 6_000, removed: 'r3' },
      ...rowsShow(6_000, [B, C]),
      { at: 10_000, tick: true },
      ...rowsShow(11_000, [C, D]),
      { at: 15_000, tick: true },
    ]);
    expect(spoken(final)).toEqual([A, B, C, D]);
  });

  it('captures every caption once when the rows go back to earlier captions (the list grows or is scrolled up)', () => {
    const { final } = run([
      ...rowsShow(0, [A]),
      ...rowsShow(1_000, [A, B]),
      ...rowsShow(2_000, [A, B, C]),
      { at: 5_000, tick: true },
      ...rowsShow(6_000, [B, C, D]),
      { at: 10_000, tick: true },
      // Scrolled back up: each row shows the caption the row above it showed, read before the row below changes.
      ...rowsShow(11_000, [A, B, C]),
      { at: 15_000, tick: true },
    ]);
    expect(spoken(final)).toEqual([A, B, C, D]);
  });

  it("captures every caption once when a row goes on to a caption that starts with the whole of the row's last one", () => {
    const okay: [string, string] = ['Dana', 'Okay.'];
    const next: [string, string] = ['Dana', "Okay, so what's next?"];
    const same: [string, string] = ['Sam', "Okay, so what's next? The pilot."];
    const { final } = run([
      ...rowsShow(0, [okay]),
      ...rowsShow(1_000, [okay, next]),
      ...rowsShow(2_000, [okay, next, same]),
      { at: 5_000, tick: true },
      ...rowsShow(6_000, [next, same, E]),
      { at: 10_000, tick: true },
    ]);
    expect(spoken(final)).toEqual([okay, next, same, E]);
  });

  it("does not take a late correction of a finished caption (Meet) for the speaker's next caption, which starts like it", () => {
    const { final } = run([
      ...grow('b1', 'Dana', 'I think that is fine'),
      { at: 4_000, tick: true },
      { at: 5_000, block: 'b2', speaker: 'Dana', text: 'I think' },
      { at: 5_100, block: 'b1', text: 'I think that is fine.' },
      { at: 5_300, block: 'b2', text: 'I think we should wait' },
      { at: 9_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['I think that is fine', 'I think we should wait']);
  });

  it('captures a short reply said again when the row that showed it the first time scrolls on to later captions', () => {
    const yes: [string, string] = ['Dana', 'Yes.'];
    const { final } = run([
      ...rowsShow(0, [yes]),
      ...rowsShow(1_000, [yes, B]),
      ...rowsShow(2_000, [yes, B, D]),
      { at: 5_000, tick: true },
      ...rowsShow(6_000, [B, D, yes]),
      { at: 10_000, tick: true },
    ]);
    expect(spoken(final)).toEqual([yes, B, D, yes]);
  });

  it('captures a short reply said a third time when the rows above show the first two', () => {
    const yes: [string, string] = ['Sam', 'Yes.'];
    const { final } = run([
      ...rowsShow(0, [yes]),
      ...rowsShow(1_000, [yes, yes]),
      ...rowsShow(2_000, [yes, yes, A]),
      ...rowsShow(3_000, [yes, yes, A, D]),
      { at: 6_000, tick: true },
      // The top row goes on to the second "Yes.": its text does not change, so the site's list reads the same there.
      ...rowsShow(7_000, [yes, A, D, yes]),
      { at: 10_000, tick: true },
    ]);
    expect(spoken(final)).toEqual([yes, yes, A, D, yes]);
  });

  it('captures the captions that scroll back and on again once, though a short one back at the top is taken as said again', () => {
    const { final } = run([
      ...rowsShow(0, [B]),
      ...rowsShow(1_000, [B, C]),
      ...rowsShow(2_000, [B, C, D]),
      { at: 5_000, tick: true },
      ...rowsShow(6_000, [C, D, E]),
      { at: 10_000, tick: true },
      // Scrolled back a minute later: "Got it." is short and left long ago, so it is taken as said again.
      ...rowsShow(70_000, [B, C, D]),
      { at: 74_000, tick: true },
      ...rowsShow(75_000, [C, D, E]),
      { at: 79_000, tick: true },
    ]);
    for (const caption of [C, D, E]) expect(spoken(final).filter(([speaker, text]) => speaker === caption[0] && text === caption[1])).toHaveLength(1);
  });

  it('captures a short reply said again while the first one is still on screen, in a new row', () => {
    const yes: [string, string] = ['Dana', 'Yes.'];
    const { final } = run([...rowsShow(0, [yes, B]), { at: 3_000, tick: true }, ...rowsShow(4_000, [yes, B, yes]), { at: 8_000, tick: true }]);
    expect(spoken(final)).toEqual([yes, B, yes]);
  });
});

describe('Segmenter, captions switched off and on again where the site re-shows old lines (Zoom)', () => {
  const zoom = (): Segmenter => new Segmenter({ reshowsOldLines: true });

  it('does not repeat the last window a rolling site replays when captions come back on', () => {
    const spoken = 'we have been looking at another vendor that is a bit cheaper and honestly simpler';
    const words = spoken.split(' ');
    const steps: Step[] = words.map((_, i) => ({ at: i * 300, block: 'z1', speaker: 'Dana', text: words.slice(Math.max(0, i + 1 - 8), i + 1).join(' ') }));
    const { final } = run([
      ...steps,
      { at: 5_000, removed: 'z1' }, // captions off: the overlay is gone
      { at: 6_000, tick: true },
      { at: 9_000, regionShown: true },
      { at: 9_000, block: 'z2', speaker: 'Dana', text: words.slice(-8).join(' ') }, // on again: the old window is replayed
      { at: 9_300, block: 'z2', text: `${words.slice(-7).join(' ')} to set up` },
      { at: 15_000, tick: true },
    ], zoom());
    expect(final.map((u) => u.text)).toEqual([spoken, 'to set up']);
  });

  it('does not repeat lines re-shown when captions come back on after more than the reinsert window', () => {
    const spoken = 'we have been looking at another vendor that is a bit cheaper and honestly simpler';
    const words = spoken.split(' ');
    const steps: Step[] = words.map((_, i) => ({ at: i * 300, block: 'z1', speaker: 'Dana', text: words.slice(Math.max(0, i + 1 - 8), i + 1).join(' ') }));
    const { final } = run([
      ...steps,
      { at: 4_000, block: 'z2', speaker: 'You', self: true, text: 'Makes sense.' },
      { at: 6_000, removed: 'z1' },
      { at: 6_000, removed: 'z2' },
      { at: 7_000, tick: true },
      { at: 200_000, tick: true }, // off for over three minutes
      { at: 200_000, regionShown: true },
      { at: 200_000, block: 'z3', speaker: 'Dana', text: words.slice(-8).join(' ') },
      { at: 200_000, block: 'z4', speaker: 'You', self: true, text: 'Makes sense.' },
      { at: 200_300, block: 'z3', text: `${words.slice(-7).join(' ')} to set up` },
      { at: 205_000, tick: true },
    ], zoom());
    expect(texts(final)).toEqual([spoken, 'Makes sense.', 'to set up']);
  });

  it('still takes a short line said again once the region has been back for a while', () => {
    const { final } = run([
      { at: 0, block: 'z1', speaker: 'Dana', text: 'Sounds good.' },
      { at: 1_000, removed: 'z1' },
      { at: 10_000, regionShown: true },
      { at: 10_000, block: 'z2', speaker: 'Dana', text: 'Sounds good.' }, // re-shown with the region
      { at: 11_000, removed: 'z2' },
      { at: 20_000, block: 'z3', speaker: 'Dana', text: 'Sounds good.' }, // said again
      { at: 25_000, tick: true },
    ], zoom());
    expect(texts(final)).toEqual(['Sounds good.', 'Sounds good.']);
  });
});

describe('Segmenter, captions switched on where the site re-shows no old lines (Meet, Teams)', () => {
  for (const [label, offMs] of [
    ['for ten seconds', 10_000],
    ['for more than two minutes', 3 * 60_000],
  ] as const) {
    it(`takes every word of a turn begun as captions come on ${label}, though it starts like an earlier line`, () => {
      const { final } = run([
        { at: 0, block: 'm1', speaker: 'Dana', text: 'Okay.' },
        { at: 1_000, removed: 'm1' }, // captions off
        { at: 2_000, tick: true },
        { at: 1_000 + offMs, tick: true },
        { at: 1_000 + offMs, regionShown: true },
        { at: 1_300 + offMs, block: 'm2', speaker: 'Dana', text: 'Okay so what would the pilot cost' },
        { at: 6_000 + offMs, tick: true },
      ]);
      expect(texts(final)).toEqual(['Okay.', 'Okay so what would the pilot cost']);
    });
  }

  it('still does not repeat a line the site redraws when it re-creates its region', () => {
    const { final } = run([
      { at: 0, block: 'm1', speaker: 'Dana', text: 'we compared three vendors last quarter' },
      { at: 1_000, block: 'm2', speaker: 'Sam', text: 'Got it.' },
      { at: 3_000, removed: 'm1' },
      { at: 3_000, removed: 'm2' },
      { at: 3_000, regionShown: true },
      { at: 3_000, block: 'm3', speaker: 'Dana', text: 'we compared three vendors last quarter' },
      { at: 3_000, block: 'm4', speaker: 'Sam', text: 'Got it.' },
      { at: 8_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['we compared three vendors last quarter', 'Got it.']);
  });
});

describe("Segmenter, captions held once they have left the screen (they are the user's words)", () => {
  const { reinsertWindowMs } = DEFAULT_SEGMENTER_OPTIONS;
  /** Two lines said and gone for longer than the reinsert window while a third stays on screen. */
  const TWO_GONE_ONE_SHOWN: Step[] = [
    { at: 0, block: 'b1', speaker: 'Dana', text: 'we compared three vendors last quarter' },
    { at: 2_000, block: 'b2', speaker: 'You', self: true, text: 'Which one did you like?' },
    { at: 4_000, block: 'b3', speaker: 'Dana', text: 'Honestly, none of them.' },
    { at: 5_000, removed: 'b1' },
    { at: 5_000, removed: 'b2' },
    { at: 5_000 + reinsertWindowMs, tick: true },
  ];

  it('holds none of the lines gone for good on a site that re-shows no old lines (Meet, Teams)', () => {
    const segmenter = new Segmenter();
    play(TWO_GONE_ONE_SHOWN, segmenter);
    expect(segmenter.heldCaptions()).toBe(1);
  });

  it('remembers the lines gone for good on a site that re-shows them (Zoom)', () => {
    const segmenter = new Segmenter({ reshowsOldLines: true });
    play(TWO_GONE_ONE_SHOWN, segmenter);
    expect(segmenter.heldCaptions()).toBe(3);
  });

  it('holds a bounded number of captions over a two-hour call on either kind of site', () => {
    for (const reshowsOldLines of [false, true]) {
      const segmenter = new Segmenter({ reshowsOldLines });
      // A turn every five seconds for two hours, each leaving the screen five seconds after it appeared.
      for (let turn = 0; turn < 1_440; turn += 1) {
        const at = turn * 5_000;
        play([{ at, block: `b${turn}`, speaker: turn % 2 ? 'Dana' : 'You', text: `line number ${turn} of the call` }, { at: at + 5_000, removed: `b${turn}` }, { at: at + 5_000, tick: true }], segmenter);
      }
      // On screen, gone within the reinsert window (one per five seconds), and on Zoom the last 200 gone for good.
      const recent = reinsertWindowMs / 5_000 + 1;
      expect(segmenter.heldCaptions()).toBeLessThanOrEqual(reshowsOldLines ? recent + 200 : recent);
    }
  });
});

describe('Segmenter, words said while Candor was not listening', () => {
  const PAUSED = 'between us the budget was cut in half';

  it('never emits a muted caption, nor its growth while it stays on screen', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: PAUSED, muted: true },
      { at: 500, block: 'b1', text: `${PAUSED} so we need` },
      { at: 5_000, tick: true },
    ]);
    expect(final).toEqual([]);
  });

  it('does not emit a muted caption redrawn in a new element, and emits what is said after it', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: PAUSED, muted: true },
      { at: 10_000, removed: 'b1' },
      { at: 10_000, regionShown: true },
      { at: 10_000, block: 'b2', speaker: 'Dana', text: PAUSED },
      { at: 11_000, block: 'b2', text: `${PAUSED} so what would a pilot cost` },
      { at: 15_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['so what would a pilot cost']);
  });

  it('does not emit a short muted reply redrawn alone while the rest of the region stayed', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: 'we compared three vendors last quarter' },
      { at: 3_000, tick: true },
      { at: 5_000, block: 'b2', speaker: 'Dana', text: 'Yes, fifty.', muted: true },
      { at: 8_000, removed: 'b2' },
      { at: 8_200, block: 'b3', speaker: 'Dana', text: 'Yes, fifty.' },
      { at: 12_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['we compared three vendors last quarter']);
  });

  it('hears the same element again once it has left the screen and come back with new words', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: PAUSED, muted: true },
      { at: 1_000, removed: 'b1' },
      { at: 4_000, block: 'b1', text: 'so what would a pilot cost' },
      { at: 8_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['so what would a pilot cost']);
  });

  it('mutes the blocks that appear with a region shown after a pause, and hears later blocks', () => {
    const { final } = run([
      { at: 0, regionShown: true, unheard: true },
      { at: 100, block: 'b1', speaker: 'Dana', text: PAUSED },
      { at: 3_000, block: 'b2', speaker: 'Sam', text: 'sorry, could you repeat that' },
      { at: 8_000, tick: true },
    ]);
    expect(texts(final)).toEqual(['sorry, could you repeat that']);
  });

  it('finalises what was heard of a block before it is muted, and emits nothing more of it', () => {
    const { final } = run([
      { at: 0, block: 'b1', speaker: 'Dana', text: 'we were hoping' },
      { at: 500, block: 'b1', text: 'we were hoping to spend less', muted: true },
      { at: 5_000, tick: true },
    ]);
    expect(final.map((u) => [u.text, u.final])).toEqual([['we were hoping', true]]);
  });
});

describe('Segmenter, hostile sizes', () => {
  it('cuts a 100 KB caption with no punctuation into bounded pieces without losing a word', () => {
    const words = Array.from({ length: 16_000 }, (_, i) => `word${i % 97}`);
    const text = words.join(' ');
    const { final } = run([{ at: 0, block: 'b1', speaker: 'Dana', text }, { at: 5_000, tick: true }]);
    expect(text.length).toBeGreaterThan(100_000);
    expect(final.every((u) => u.text.length <= 1_280)).toBe(true);
    expect(final.map((u) => u.text).join(' ')).toBe(text);
  });
});
