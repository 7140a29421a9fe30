/**
 * One speaker talking for a long time in one Zoom caption root, which shows a rolling window of their last
 * words (new words appended, old lines dropped from the front once it gets long): every word said ends up in
 * exactly one utterance, in order, however the window rolls, however often the speaker pauses, when recognition
 * rewrites words near the start of the window, and when the same few words keep coming back. A rewritten word
 * counts as said in either spelling: one already in a final utterance stays as it was, one still growing takes
 * the new spelling.
 *
 * Not generated: words that repeat with a short period ("think so think so think so", or one sentence over and
 * over). A window rolled on by one period then shows the very same words as the last one shrunk, or corrected,
 * so no reading of the screen can tell them apart; speech does not do that.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/caption-words';
import { Segmenter } from '../../../src/core/segmenter';
import type { Utterance } from '../../../src/core/types';

type Op =
  | { kind: 'say'; count: number }
  | { kind: 'rewrite'; position: number }
  | { kind: 'breathe'; ms: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 20, arbitrary: fc.record({ kind: fc.constant('say' as const), count: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rewrite' as const), position: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('breathe' as const), ms: fc.integer({ min: 300, max: 4_000 }) }) },
);

/** Recognition rewrites a word among several shown, not the only one. */
const FEWEST_SHOWN_FOR_REWRITE = 6;
/** A rewritten word is its first spelling with `fix` appended, once per rewrite. */
const REWRITE = 'fix';
const firstSpelling = (word: string): string => word.replace(/(?:fix)+$/u, '');

interface Played {
  said: string[];
  heard: string[];
  allFinal: boolean;
}

/**
 * Plays a monologue in one root that shows at most `most` words, dropping down to half of that when full.
 * `words` gives the words said, in order (again from the first once all are said).
 */
function play(ops: Op[], words: readonly string[], most: number): Played {
  const segmenter = new Segmenter({ reshowsOldLines: true });
  const last = new Map<string, Utterance>();
  const keep = (utterances: Utterance[]): void => utterances.forEach((u) => last.set(u.id, u));
  const said: string[] = [];
  let shownFrom = 0;
  let now = 0;
  let next = 0;
  const show = (): void => keep(segmenter.revise({ block: 'root', speaker: 'Dana', isSelf: false, text: said.slice(shownFrom).join(' '), at: now }));
  for (const o of ops) {
    now += 300;
    keep(segmenter.tick(now));
    if (o.kind === 'say') {
      for (let i = 0; i < o.count; i += 1) said.push(words[next++ % words.length] ?? 'so');
      if (said.length - shownFrom > most) shownFrom = said.length - Math.ceil(most / 2);
      show();
    } else if (o.kind === 'rewrite') {
      const at = shownFrom + o.position;
      if (said.length - shownFrom >= FEWEST_SHOWN_FOR_REWRITE) {
        said[at] = `${said[at] ?? ''}${REWRITE}`;
        show();
      }
    } else {
      now += o.ms;
      keep(segmenter.tick(now));
    }
  }
  keep(segmenter.flush());
  const utterances = [...last.values()];
  return { said, heard: normalizeText(utterances.map((u) => u.text).join(' ')).split(' ').filter(Boolean), allFinal: utterances.every((u) => u.final) };
}

describe('rolling caption properties', () => {
  it('emits every word of a long monologue in a rolling caption once, in order, through rolls, pauses and rewrites', () => {
    // Distinct words, so a lost or repeated one cannot hide behind a repeat of the same word elsewhere.
    const distinct = Array.from({ length: 5_000 }, (_, i) => `w${i}`);
    fc.assert(
      fc.property(fc.array(op, { minLength: 50, maxLength: 600 }), fc.integer({ min: 12, max: 60 }), (ops, most) => {
        const { said, heard, allFinal } = play(ops, distinct, most);
        expect(heard.map(firstSpelling)).toEqual(said.map(firstSpelling));
        expect(allFinal).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('emits every word of a long monologue in a rolling caption once, in order, when the same few words keep coming back', () => {
    // Three phrases, so a window often starts the way the last one did; each followed by a word of its own, so
    // the words never repeat with a short period. Windows as long as Zoom's (40 to 80 words): a few words more
    // or less alike cannot tell a roll from a correction, a window's worth can.
    const phrases = ['So the budget,', 'so the team', 'we think that'];
    fc.assert(
      fc.property(
        fc.array(op.filter((o) => o.kind !== 'rewrite'), { minLength: 50, maxLength: 600 }),
        fc.array(fc.nat(phrases.length - 1), { minLength: 500, maxLength: 500 }),
        fc.integer({ min: 40, max: 80 }),
        (ops, picks, most) => {
          const words = picks.flatMap((pick, i) => [...(phrases[pick] ?? '').split(' '), `w${i}`]);
          const { said, heard, allFinal } = play(ops, words, most);
          expect(heard).toEqual(normalizeText(said.join(' ')).split(' ').filter(Boolean));
          expect(allFinal).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
