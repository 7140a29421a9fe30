/**
 * Whatever order caption edits come in, every word that was on screen ends up in exactly one utterance of
 * its speaker: no word lost, none repeated. Edits are generated the way live captions behave: words arrive
 * one to three at a time in the newest block of each speaker, earlier words flip case and punctuation, the
 * region is redrawn (blocks get new identities), blocks scroll out, the rows of a virtual list scroll on (each
 * row element shows the caption of the row below it, Teams), time passes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/caption-words';
import { Segmenter } from '../../../src/core/segmenter';
import type { Utterance } from '../../../src/core/types';

const VOCABULARY = ['we', 'use', 'the', 'budget', 'price', 'is', 'too', 'high', 'tipalti', 'maybe', 'next', 'quarter', 'honestly', 'so', 'yeah', 'it', 'works', 'for', 'us', 'team'];

type Op =
  | { kind: 'grow'; speaker: number; count: number; style: number }
  | { kind: 'restyle'; speaker: number; style: number }
  | { kind: 'newBlock'; speaker: number }
  | { kind: 'redraw' }
  | { kind: 'scrollOut' }
  | { kind: 'scrollOn' }
  | { kind: 'wait'; ms: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('grow' as const), speaker: fc.integer({ min: 0, max: 1 }), count: fc.integer({ min: 1, max: 3 }), style: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restyle' as const), speaker: fc.integer({ min: 0, max: 1 }), style: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('newBlock' as const), speaker: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redraw' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'scrollOut' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'scrollOn' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 50, max: 4_000 }) }) },
);

interface Block {
  id: string;
  speaker: string;
  words: string[];
  style: number;
  onScreen: boolean;
}

/** How captions restyle the same words: capitalised first word, trailing period, inner comma. */
function render(block: Block): string {
  const words = block.words.map((w, i) => (i === 0 && block.style & 1 ? w[0]?.toUpperCase() + w.slice(1) : w));
  if (block.style & 2 && words.length > 2) words[1] = `${words[1]},`;
  return block.style & 1 ? `${words.join(' ')}.` : words.join(' ');
}

function simulate(ops: Op[], wordSeed: number[]) {
  const segmenter = new Segmenter();
  const utterances = new Map<string, Utterance>();
  const keep = (list: Utterance[]) => list.forEach((u) => utterances.set(u.id, u));
  const blocks: Block[] = [];
  let now = 0;
  let nextId = 1;
  let seed = 0;
  const speakers = ['Dana', 'You'];
  const newest = (speaker: number) => [...blocks].reverse().find((b) => b.speaker === speakers[speaker] && b.onScreen);
  const show = (block: Block) => keep(segmenter.revise({ block: block.id, speaker: block.speaker, isSelf: block.speaker === 'You', text: render(block), at: now }));
  for (const o of ops) {
    now += 20;
    if (o.kind === 'grow' || o.kind === 'newBlock') {
      let block = o.kind === 'grow' ? newest(o.speaker) : undefined;
      if (!block) {
        block = { id: `b${nextId++}`, speaker: speakers[o.speaker] ?? 'Dana', words: [], style: 0, onScreen: true };
        blocks.push(block);
      }
      const count = o.kind === 'grow' ? o.count : 1;
      for (let i = 0; i < count; i += 1) block.words.push(VOCABULARY[(wordSeed[seed++ % wordSeed.length] ?? 0) % VOCABULARY.length] ?? 'so');
      if (o.kind === 'grow') block.style = o.style;
      show(block);
    } else if (o.kind === 'restyle') {
      const block = newest(o.speaker);
      if (block && block.words.length > 0) {
        block.style = o.style;
        show(block);
      }
    } else if (o.kind === 'redraw') {
      // Same captions, new elements: departures first, then the copies, as the reader reports them.
      const visible = blocks.filter((b) => b.onScreen);
      for (const b of visible) segmenter.removeBlock(b.id, now);
      for (const b of visible) {
        b.id = `b${nextId++}`;
        show(b);
      }
    } else if (o.kind === 'scrollOut') {
      const oldest = blocks.find((b) => b.onScreen);
      if (oldest && blocks.filter((b) => b.onScreen).length > 1) {
        oldest.onScreen = false;
        segmenter.removeBlock(oldest.id, now);
      }
    } else if (o.kind === 'scrollOn') {
      // The top caption leaves; the row elements stay and each shows the next caption down, read top to bottom;
      // the bottom row's element leaves (departures are reported first).
      const visible = blocks.filter((b) => b.onScreen);
      const rows = visible.map((b) => b.id);
      const [top, ...rest] = visible;
      if (top && rest.length > 0) {
        top.onScreen = false;
        segmenter.removeBlock(rows.at(-1) ?? '', now);
        rest.forEach((b, i) => {
          b.id = rows[i] ?? b.id;
          show(b);
        });
      }
    } else {
      now += o.ms;
      keep(segmenter.tick(now));
    }
  }
  keep(segmenter.flush());
  return { utterances: [...utterances.values()], blocks };
}

function bySpeaker(entries: Array<{ speaker: string | null; text: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { speaker, text } of entries) {
    const words = normalizeText(text);
    if (words !== '') out[speaker ?? ''] = `${out[speaker ?? ''] ?? ''} ${words}`.trim();
  }
  return out;
}

describe('segmenter properties', () => {
  it('loses and repeats no word that was on screen, for any sequence of caption edits', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(1_000), { minLength: 1, maxLength: 50 }), (ops, seed) => {
        const { utterances, blocks } = simulate(ops, seed);
        expect(bySpeaker(utterances)).toEqual(bySpeaker(blocks.map((b) => ({ speaker: b.speaker, text: render(b) }))));
        expect(utterances.every((u) => u.final)).toBe(true);
      }),
      { numRuns: 1_500 },
    );
  });
});
