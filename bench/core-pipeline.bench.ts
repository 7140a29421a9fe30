/**
 * The whole core per caption update, in Node: the segmenter (as the content script runs it on every block
 * revision the caption reader reports), then classify + coach on every utterance it emits (as the worker
 * does), over a synthetic 60-minute Meet call expanded word by word by the real replay expander. Each sample
 * is one caption update (one `show` edit) end to end, including its 250 ms pause ticks.
 */
import { classify } from '../src/core/classifier';
import { coachOnUtterance, initialCoachState } from '../src/core/coach';
import { DEFAULT_COACH_SETTINGS } from '../src/core/coach-settings';
import { Segmenter } from '../src/core/segmenter';
import type { RoledUtterance, Utterance } from '../src/core/types';
import { summarise, type Benchmark } from './bench-types';
import { longCall } from './lib/long-call';

const ROUNDS = 3;

export const corePipelineBenchmark: Benchmark = {
  name: 'core-pipeline',
  order: 11,
  run() {
    const { events } = longCall(60 * 60_000);
    const segmenterOnly: number[] = [];
    const whole: number[] = [];
    for (let round = 0; round < ROUNDS + 1; round += 1) {
      const record = round > 0;
      const segmenter = new Segmenter();
      let coach = initialCoachState();
      const context: RoledUtterance[] = [];
      const handle = (utterances: Utterance[], now: number): void => {
        for (const u of utterances) {
          const roled: RoledUtterance = { ...u, role: u.speaker === 'You' ? 'rep' : 'prospect' } as RoledUtterance;
          const labels = classify(roled, { previous: context.slice(-8) });
          coach = coachOnUtterance(coach, roled, labels, now, DEFAULT_COACH_SETTINGS).state;
          if (u.final) context.push(roled);
        }
      };
      let lastTick = 0;
      for (const event of events) {
        if (event.op !== 'show') continue;
        const t0 = process.hrtime.bigint();
        const ticked: Utterance[] = [];
        for (; lastTick + 250 <= event.t; lastTick += 250) ticked.push(...segmenter.tick(lastTick + 250));
        const out = [...ticked, ...segmenter.revise({ block: event.block, speaker: event.speaker ?? (event.self ? 'You' : null), isSelf: event.self ?? false, text: event.text, at: event.t })];
        const t1 = process.hrtime.bigint();
        handle(out, event.t);
        const t2 = process.hrtime.bigint();
        if (record) {
          segmenterOnly.push(Number(t1 - t0));
          whole.push(Number(t2 - t0));
        }
      }
    }
    const all = summarise('segmenter+classify+coach', whole);
    return {
      name: 'core-pipeline',
      description: 'per caption update of a synthetic 60-minute call: segmenter (content script) then classify + coach (worker)',
      cases: [summarise('segmenter only', segmenterOnly), all],
      figures: [
        { name: 'core per caption update median', value: all.medianUs, unit: 'us' },
        { name: 'core per caption update p99', value: all.p99Us, unit: 'us', budget: { max: 1000 } },
        { name: 'core caption updates per second', value: all.perSecond, unit: '/s' },
      ],
      notes: ['budget for the whole pipeline is ours (1 ms p99): the issue sets none; classify-coach keeps issue #4\'s 200 us for classify+coach alone'],
    };
  },
};
