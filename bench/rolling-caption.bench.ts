/**
 * The segmenter's cost per caption update when one speaker talks for an hour in one Zoom caption root (a
 * rolling window of its last 40-80 words, updated word by word; see lib/rolling-monologue.ts), in Node, as the
 * content script runs it on every revision the reader reports, 250 ms ticks included. Its cost must not grow
 * with the length of the call: the figures are the late updates' cost (the last five minutes) over the early
 * ones' (minutes two to six), a ratio, so a slow machine does not move them much, while work that grows with
 * what was said does. The call is played several times, the same way each time, and each update counts with its
 * fastest time: a busy machine takes the CPU away now and then for milliseconds, which would otherwise be most
 * of what a p99 shows. The words the segmenter emits are checked against the words said.
 */
import { normalizeText } from '../src/core/caption-words';
import { Segmenter } from '../src/core/segmenter';
import type { Utterance } from '../src/core/types';
import { round, summarise, type Benchmark } from './bench-types';
import { rollingMonologue, type RollingMonologue } from './lib/rolling-monologue';

const CALL_MS = 60 * 60_000;
const ROUNDS = 4;
const EARLY = { from: 60_000, to: 6 * 60_000 };
const LATE = { from: CALL_MS - 5 * 60_000, to: CALL_MS };
/** Late over early allowed: work that does not grow measures about 1; the rest is room for noise. */
const MAX_RATIO = 1.5;

function play(call: RollingMonologue): { nanos: number[]; at: number[]; said: string } {
  const segmenter = new Segmenter({ reshowsOldLines: true });
  const last = new Map<string, Utterance>();
  const keep = (utterances: Utterance[]): void => utterances.forEach((u) => last.set(u.id, u));
  const nanos: number[] = [];
  const at: number[] = [];
  let lastTick = 0;
  for (const edit of call.edits) {
    const t0 = process.hrtime.bigint();
    const out: Utterance[] = [];
    for (; lastTick + 250 <= edit.t; lastTick += 250) out.push(...segmenter.tick(lastTick + 250));
    out.push(...segmenter.revise({ block: 'root', speaker: 'Dana Whitfield', isSelf: false, text: edit.text, at: edit.t }));
    nanos.push(Number(process.hrtime.bigint() - t0));
    at.push(edit.t);
    keep(out);
  }
  keep(segmenter.flush());
  return { nanos, at, said: normalizeText([...last.values()].map((u) => u.text).join(' ')) };
}

export const rollingCaptionBenchmark: Benchmark = {
  name: 'rolling-caption',
  order: 12,
  run() {
    const call = rollingMonologue(CALL_MS);
    const rounds = Array.from({ length: ROUNDS }, () => play(call));
    const { at, said } = rounds[0] as ReturnType<typeof play>;
    const nanos = at.map((_, i) => Math.min(...rounds.map((r) => r.nanos[i] ?? Number.POSITIVE_INFINITY)));
    const within = (range: { from: number; to: number }) => nanos.filter((_, i) => (at[i] ?? 0) >= range.from && (at[i] ?? 0) < range.to);
    const early = summarise('early (min 2-6)', within(EARLY));
    const late = summarise('late (last 5 min)', within(LATE));
    const whole = summarise('whole hour', nanos);
    const faithful = said === normalizeText(call.words.join(' '));
    return {
      name: 'rolling-caption',
      description: 'segmenter per update, one speaker for 60 minutes in one Zoom rolling caption root (40-80 words shown)',
      budget: `late/early <= ${MAX_RATIO} (p50 and p99); every word said emitted once, in order`,
      cases: [early, late, whole],
      figures: [
        { name: 'late/early per-update p50', value: round(late.medianUs / early.medianUs), unit: 'x', budget: { max: MAX_RATIO } },
        { name: 'late/early per-update p99', value: round(late.p99Us / early.p99Us), unit: 'x', budget: { max: MAX_RATIO } },
        { name: 'late per-update p99', value: late.p99Us, unit: 'us' },
        { name: 'words emitted exactly as said', value: faithful ? 1 : 0, unit: 'bool', budget: { min: 1 }, note: `${call.words.length} words said` },
      ],
      notes: [`${call.edits.length} updates, each timed at its fastest of ${ROUNDS} identical plays, at 150 words a minute, a sentence's full stop arriving one edit after its last word; a 2.5 s pause after about a third of the sentences`],
    };
  },
};
