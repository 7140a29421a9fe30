/**
 * One speaker talking for a long time in a single Zoom caption root, as Zoom's web client draws it: each root
 * holds a rolling window (words appended at the end, the oldest line dropped from the front once it gets long),
 * and the root stays on screen for as long as its speaker keeps talking, short pauses included. The replay
 * expander (lib/long-call.ts) grows Meet-style blocks that never roll, so this builds the edits itself.
 *
 * Recognition is imitated the cheap way: a sentence's last word first shows without its full stop, which it
 * gets with the next edit (a correction inside the window). Deterministic: the same arguments, the same edits.
 */
import { NEUTRAL, TELLING, prng } from './long-call';

export interface RootEdit {
  /** Call time of the edit. */
  t: number;
  /** Everything the root shows after it. */
  text: string;
}

export interface RollingMonologue {
  edits: RootEdit[];
  /** Every word said, in order, as finally spelled. */
  words: string[];
}

/** Zoom drops old words once the root holds more than this many... */
const MOST_SHOWN = 80;
/** ...down to about this many (it drops whole lines, not single words). */
const FEWEST_SHOWN = 40;
/** A breath between sentences now and then: long enough for the segmenter to finalise what was said. */
const PAUSE_MS = 2_500;

export function rollingMonologue(durationMs: number, wordsPerMinute = 150, seed = 11): RollingMonologue {
  const random = prng(seed);
  const sentences = [...NEUTRAL, ...TELLING];
  const wordMs = 60_000 / wordsPerMinute;
  const words: string[] = [];
  const edits: RootEdit[] = [];
  let shownFrom = 0;
  let t = 0;
  while (t < durationMs) {
    const sentence = (sentences[Math.floor(random() * sentences.length)] as string).split(' ');
    sentence.forEach((word, i) => {
      t += wordMs;
      words.push(word);
      if (words.length - shownFrom > MOST_SHOWN) shownFrom = words.length - FEWEST_SHOWN;
      const shown = words.slice(shownFrom);
      const last = i === sentence.length - 1;
      if (last) shown[shown.length - 1] = word.replace(/[.?!]$/u, '');
      edits.push({ t, text: shown.join(' ') });
      if (last) {
        t += wordMs / 2;
        edits.push({ t, text: words.slice(shownFrom).join(' ') });
      }
    });
    if (random() < 0.3) t += PAUSE_MS;
  }
  return { edits, words };
}
