/**
 * Turns a replay into the flat list of low-level caption edits a player applies to the page: relative times
 * resolved, every `say` grown word by word the way live captions grow, old blocks scrolled out.
 *
 * Pure and deterministic: the same replay always yields the same edits, so an end-to-end failure reproduces
 * and a bug report replays exactly as its author saw it. Variation (chunk sizes, small timing jitter, whether
 * the first word starts lower-case) comes from a PRNG seeded by each say's own content, so editing one line
 * of a replay does not reshuffle the timing of every other line.
 *
 * It also enforces the timeline rules (times never go backwards, a show that creates a block names its
 * speaker, nothing is drawn while captions are off, nothing happens after leave); `parseReplay` relies on it.
 */
import type { LowLevelEvent, Replay, ReplayEvent, SayEvent } from './replay-schema';

export const DEFAULT_VISIBLE_BLOCKS = 4;
export const DEFAULT_WPM = 165;

/** A timeline problem, located by JSON path (`events[7].t`) so callers can prefix the file name. */
export class ReplayEventError extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'ReplayEventError';
    this.path = path;
  }
}

/** How long a replay plays at speed 1: the time of its last edit. A player at speed s takes this / s. */
export function replayDurationMs(events: readonly LowLevelEvent[]): number {
  return events.reduce((latest, event) => Math.max(latest, event.t), 0);
}

interface Block {
  speaker: string | null;
  self: boolean;
  text: string;
}

export function expandReplay(replay: Replay): LowLevelEvent[] {
  const visibleBlocks = replay.visibleBlocks ?? DEFAULT_VISIBLE_BLOCKS;
  const out: LowLevelEvent[] = [];
  // A Map keeps insertion order, which is the blocks' top-to-bottom order on screen; the first key is the oldest.
  const blocks = new Map<string, Block>();
  let captionsOn = false; // Meet opens with captions off; a replay switches them on like a user would.
  let hungUp = false;
  let presenting = false;
  let previousEnd = 0;

  replay.events.forEach((event, index) => {
    const fail = (field: string, problem: string): never => {
      throw new ReplayEventError(field === '' ? `events[${index}]` : `events[${index}].${field}`, problem);
    };
    if (hungUp) fail('', 'comes after leave; nothing happens once the call has ended');
    const t = resolveStart(event, previousEnd, fail);
    if (event.op !== 'captions' && event.op !== 'leave' && event.op !== 'present' && !captionsOn) {
      fail('', 'captions are off here; switch them on first with { "op": "captions", "on": true }');
    }

    const appendBlock = (id: string, block: Block, at: number) => {
      blocks.set(id, block);
      while (blocks.size > visibleBlocks) {
        const oldest = blocks.keys().next().value;
        if (oldest === undefined) break;
        blocks.delete(oldest);
        out.push({ t: at, op: 'remove', block: oldest });
      }
    };
    const checkOwner = (block: Block, speaker: string | null | undefined, self: boolean | undefined) => {
      if (speaker !== undefined && speaker !== block.speaker) {
        fail('speaker', `block "${blockIdOf(event)}" belongs to ${JSON.stringify(block.speaker)}; another speaker needs a new block`);
      }
      if (self !== undefined && self !== block.self) {
        fail('self', `block "${blockIdOf(event)}" has self=${block.self}; use a new block for a different speaker`);
      }
    };

    let end = t;
    switch (event.op) {
      case 'captions':
        if (event.on === captionsOn) fail('on', `captions are already ${captionsOn ? 'on' : 'off'}`);
        captionsOn = event.on;
        blocks.clear(); // Off removes the region with its blocks; on shows an empty one.
        out.push({ t, op: 'captions', on: event.on });
        break;
      case 'show': {
        const block = blocks.get(event.block);
        if (block === undefined) {
          if (event.speaker === undefined) {
            fail('speaker', `block "${event.block}" is not on screen, so this show creates it and needs a speaker (a name or null)`);
          }
          const speaker = event.speaker ?? null;
          out.push({ t, op: 'show', block: event.block, speaker, ...selfField(event.self), text: event.text });
          appendBlock(event.block, { speaker, self: event.self ?? false, text: event.text }, t);
        } else {
          // A show may rename its block's speaker: sites resolve placeholders ("Unknown") after the fact.
          checkOwner(block, undefined, event.self);
          const renamed = event.speaker !== undefined && event.speaker !== block.speaker;
          if (renamed) block.speaker = event.speaker ?? null;
          block.text = event.text;
          out.push({ t, op: 'show', block: event.block, ...(renamed ? { speaker: block.speaker } : {}), text: event.text });
        }
        break;
      }
      case 'remove':
        if (!blocks.delete(event.block)) fail('block', `block "${event.block}" is not on screen`);
        out.push({ t, op: 'remove', block: event.block });
        break;
      case 'replace-region':
        out.push({ t, op: 'replace-region' });
        break;
      case 'leave':
        hungUp = true;
        out.push({ t, op: 'leave' });
        break;
      case 'present':
        if (event.on === presenting) fail('on', `the user is already ${presenting ? 'presenting' : 'not presenting'}`);
        presenting = event.on;
        out.push({ t, op: 'present', on: event.on });
        break;
      case 'say': {
        let block = blocks.get(event.block);
        if (block !== undefined) checkOwner(block, event.speaker, event.self);
        // The same speaker talking on in the same block: Meet appends to the text already there.
        const prefix = block === undefined || block.text === '' ? '' : `${block.text} `;
        for (const edit of sayEdits(event, t, prefix, `events[${index}]`)) {
          if (block === undefined) {
            block = { speaker: event.speaker, self: event.self ?? false, text: edit.text };
            out.push({ t: edit.t, op: 'show', block: event.block, speaker: event.speaker, ...selfField(event.self), text: edit.text });
            appendBlock(event.block, block, edit.t);
          } else {
            block.text = edit.text;
            out.push({ t: edit.t, op: 'show', block: event.block, text: edit.text });
          }
          end = edit.t;
        }
        break;
      }
    }
    previousEnd = end;
  });
  return out;
}

function resolveStart(event: ReplayEvent, previousEnd: number, fail: (field: string, problem: string) => never): number {
  if (event.t !== undefined && event.after !== undefined) fail('', 'give either t or after, not both');
  if (event.t !== undefined) {
    if (event.t < previousEnd) {
      fail('t', `${event.t} ms is before the previous event ends (${previousEnd} ms); times must not go backwards`);
    }
    return event.t;
  }
  if (event.after !== undefined) {
    if (event.after < 0) fail('after', 'expected 0 or more milliseconds');
    return previousEnd + event.after;
  }
  return fail('', 'needs a time: t (ms since start) or after (ms after the previous event ends)');
}

function blockIdOf(event: ReplayEvent): string {
  return 'block' in event ? event.block : '';
}

/** `self` only when the event gave it, since exactOptionalPropertyTypes forbids an explicit undefined. */
function selfField(self: boolean | undefined): { self?: boolean } {
  return self === undefined ? {} : { self };
}

// ---- say: live-caption growth -------------------------------------------------------------------------

interface TimedText {
  t: number;
  text: string;
}

/** A mishear located in the say's words: words [from, to) are first shown as `heard`, then corrected. */
interface Fix {
  from: number;
  to: number;
  heard: string[];
  at: number;
}

const TRAILING_PUNCTUATION = /[.,!?;:…]+$/u;
/** A capitalised ordinary word; "I", "I'm" and all-caps words ("OK", "AP") stay as they are. */
const LOWERABLE_FIRST_WORD = /^[A-Z][a-z]/u;

/**
 * The successive texts of a block while `say.text` is spoken, starting at `start`. The last one is exactly
 * `prefix + say.text`; every one starts with `prefix` (the text the block already held).
 */
function sayEdits(say: SayEvent, start: number, prefix: string, path: string): TimedText[] {
  const words = say.text.trim().split(/\s+/u);
  const random = seededRandom(`${say.block}\u0000${String(say.speaker)}\u0000${say.text}`);
  const msPerWord = 60_000 / (say.wpm ?? DEFAULT_WPM);

  // Captions arrive in bursts of one to three words as the recogniser commits them.
  const chunks: { t: number; shown: number }[] = [];
  let clock = start;
  for (let shown = 0; shown < words.length; ) {
    const size = Math.min(chunkSize(random()), words.length - shown);
    if (shown > 0) clock += size * msPerWord * (0.85 + 0.3 * random());
    shown += size;
    chunks.push({ t: Math.round(clock), shown });
  }
  const lastChunk = chunks[chunks.length - 1] ?? { t: start, shown: words.length };

  const fixes = locateMishears(say, words, path).map((fix) => {
    const revealed = chunks.find((chunk) => chunk.shown >= fix.to) ?? lastChunk;
    return { ...fix, at: revealed.t + Math.round(400 + 400 * random()) };
  });

  // The recogniser often commits the first word lower-case and capitalises it a chunk or two later.
  const startsLower = LOWERABLE_FIRST_WORD.test(words[0] ?? '') && random() < 0.5;
  const capitalisedFrom = startsLower ? 1 + Math.floor(random() * 2) : 0;
  // The sentence-final punctuation lands a beat after the last word, when the recogniser sees the pause.
  const settledAt = lastChunk.t + Math.round(200 + 300 * random());

  const moments = [...new Set([...chunks.map((c) => c.t), ...fixes.map((f) => f.at), settledAt])].sort((a, b) => a - b);
  const edits: TimedText[] = [];
  for (const t of moments) {
    let chunkIndex = -1;
    chunks.forEach((chunk, i) => {
      if (chunk.t <= t) chunkIndex = i;
    });
    const shown = chunks[chunkIndex]?.shown ?? 0;
    const settled = t >= settledAt;
    const tokens = visibleTokens(words, shown, fixes, t);
    const first = tokens[0];
    if (first !== undefined && !settled && chunkIndex < capitalisedFrom) tokens[0] = first.toLowerCase();
    const last = tokens[tokens.length - 1];
    if (last !== undefined && !settled) tokens[tokens.length - 1] = last.replace(TRAILING_PUNCTUATION, '');
    const text = prefix + tokens.join(' ');
    if (edits[edits.length - 1]?.text !== text) edits.push({ t, text });
  }
  // Whatever the growth looked like, the say ends on exactly what was written (spacing included).
  const final = edits[edits.length - 1];
  if (final !== undefined) final.text = prefix + say.text;
  return edits;
}

/** The first `shown` words as the captions show them at time `t`: mishears not yet corrected read as heard. */
function visibleTokens(words: readonly string[], shown: number, fixes: readonly Fix[], t: number): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < shown; i++) {
    const fix = fixes.find((f) => f.from <= i && i < f.to && t < f.at);
    if (fix === undefined) {
      tokens.push(words[i] ?? '');
    } else if (i === fix.from) {
      // While the misheard phrase is still arriving, reveal its words at the pace of the real ones.
      tokens.push(...fix.heard.slice(0, shown >= fix.to ? fix.heard.length : shown - fix.from));
    }
  }
  return tokens;
}

function locateMishears(say: SayEvent, words: readonly string[], path: string): Omit<Fix, 'at'>[] {
  let searchFrom = 0;
  return (say.mishear ?? []).map((mishear, j) => {
    const meant = mishear.meant.trim().split(/\s+/u);
    const from = findRun(words, meant, searchFrom);
    if (from < 0) {
      const where = j === 0 ? 'text' : 'text after the previous mishear';
      throw new ReplayEventError(`${path}.mishear[${j}].meant`, `"${mishear.meant}" is not a run of whole words in ${where} (match the text exactly, punctuation included)`);
    }
    searchFrom = from + meant.length;
    return { from, to: searchFrom, heard: mishear.heard.trim().split(/\s+/u) };
  });
}

function findRun(words: readonly string[], run: readonly string[], from: number): number {
  for (let i = from; i + run.length <= words.length; i++) {
    if (run.every((word, k) => words[i + k] === word)) return i;
  }
  return -1;
}

function chunkSize(r: number): number {
  return r < 0.45 ? 1 : r < 0.85 ? 2 : 3;
}

/** FNV-1a hash of the seed feeding mulberry32: tiny, fast, and plenty for timing jitter. */
function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    state ^= seed.charCodeAt(i);
    state = Math.imul(state, 0x01000193);
  }
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), state | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}
