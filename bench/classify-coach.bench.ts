/**
 * Classify + coach per caption update, as the service worker runs them: every word-by-word partial revision
 * and the final text of each utterance in the repository's own labelled sales-call excerpts, with the turns
 * before it as context. Budget (issue #4): p99 under 0.2 ms per update.
 */
import { classify } from '../src/core/classifier';
import { coachOnUtterance, initialCoachState } from '../src/core/coach';
import { DEFAULT_COACH_SETTINGS } from '../src/core/coach-settings';
import type { RoledUtterance } from '../src/core/types';
import { loadSalesCalls } from '../test/eval/lib/sets';
import { summarise, type Benchmark } from './bench-types';

const CONTEXT_TURNS = 8;
const ROUNDS = 5;
const WARM_UP_ROUNDS = 2;

function measure(): { partial: number[]; final: number[] } {
  const conversations = [...loadSalesCalls('dev'), ...loadSalesCalls('test')];
  const partial: number[] = [];
  const final: number[] = [];
  for (let round = 0; round < ROUNDS + WARM_UP_ROUNDS; round += 1) {
    const record = round >= WARM_UP_ROUNDS;
    for (const conversation of conversations) {
      let coach = initialCoachState();
      const context: RoledUtterance[] = [];
      conversation.lines.forEach((line, index) => {
        const words = line.text.split(/\s+/u);
        const start = index * 6_000;
        for (let n = 1; n <= words.length; n += 1) {
          const isFinal = n === words.length;
          const u: RoledUtterance = { id: line.id, role: line.role, speaker: null, text: words.slice(0, n).join(' '), start, end: start + n * 300, final: isFinal };
          const t0 = process.hrtime.bigint();
          const labels = classify(u, { previous: context.slice(-CONTEXT_TURNS) });
          coach = coachOnUtterance(coach, u, labels, u.end, DEFAULT_COACH_SETTINGS).state;
          const spent = Number(process.hrtime.bigint() - t0);
          if (record) (isFinal ? final : partial).push(spent);
          if (isFinal) context.push(u);
        }
      });
    }
  }
  return { partial, final };
}

export const classifyCoachBenchmark: Benchmark = {
  name: 'classify-coach',
  order: 10,
  run() {
    const { partial, final } = measure();
    const all = summarise('all updates', [...partial, ...final]);
    return {
      name: 'classify-coach',
      description: 'classify + coachOnUtterance per caption update (set 1 excerpts, word-by-word partials and finals)',
      budget: 'p99 < 200 us per update',
      cases: [summarise('partial text', partial), summarise('final text', final), all],
      figures: [{ name: 'classify+coach p99 per update', value: all.p99Us, unit: 'us', budget: { max: 200 } }],
    };
  },
};
