/**
 * Turns caption revisions into utterances: partial while the words still grow, final on a pause, when a new
 * caption block starts, when the block leaves the screen, or when a long turn reaches a sentence boundary.
 *
 * The meeting site decides how captions are drawn; this code decides what was said. It never emits the same
 * words twice: a block that is re-rendered (region replaced, block removed and re-added), corrected after the
 * fact, rolled (Zoom scrolls old words off the front), recycled for another caption or for the one another
 * element showed (Teams' virtual list, scrolled or resized) or restarted by the site (Meet drops a very long
 * monologue and starts over) yields new utterances only for words that were not already taken.
 *
 * Nor does it ever emit words said while Candor was not listening (paused): blocks on screen when listening
 * resumes are taken without being emitted (`mute`), and so are the blocks a region shows when it first appears
 * after a pause (`regionShown` with `unheard`). Taken words stay taken when the site redraws them in new
 * elements, as any other taken words do. Pure: time is passed in, nothing is read from the clock.
 */
import {
  continueCaption,
  endOfConsumedWords,
  endsWithWords,
  lastSentenceBoundary,
  normalizeText,
  splitWords,
  startsWithWords,
  type CaptionWords,
} from './caption-words';
import { heldElsewhere, REDRAW_MS, retractsTakenWords, type BlockState, type HeldElsewhere } from './held-captions';
import type { EpochMs, Utterance } from './types';

/** What a site adapter read from one caption block at one moment. */
export interface CaptionRevision {
  /** Identifies the block on screen (the reader gives each DOM element its own id). */
  block: string;
  speaker: string | null;
  isSelf: boolean;
  text: string;
  at: EpochMs;
}

export interface SegmenterOptions {
  /** An utterance whose text has not changed for this long is final. */
  pauseMs: number;
  /** A removed block is given this long to come back (sites re-render) before its utterance is final. */
  reinsertGraceMs: number;
  /** A new block that repeats a block removed this recently is the same caption re-drawn, not new speech. */
  reinsertWindowMs: number;
  /** A partial utterance longer than this is finalised at its last sentence boundary. */
  maxUtteranceChars: number;
  /**
   * The site shows lines already said when its caption region comes back (Zoom re-shows its last lines when
   * captions are switched back on): blocks appearing with the region are matched against every remembered
   * caption, however short or old (see `adopt`), so the last captions gone for good are remembered for that.
   * Other sites (Meet, Teams) show an empty region: captions gone for longer than the reinsert window are
   * forgotten, as nothing would ever consult them (they are the user's words: held no longer than needed).
   */
  reshowsOldLines: boolean;
}

export const DEFAULT_SEGMENTER_OPTIONS: SegmenterOptions = {
  pauseMs: 2_000,
  reinsertGraceMs: 400,
  reinsertWindowMs: 120_000,
  maxUtteranceChars: 320,
  reshowsOldLines: false,
};

/** A piece with no sentence end is cut by length once it is this many times the normal maximum. */
const HARD_LIMIT_FACTOR = 4;

/** How many leading words fit in `limit` characters (at least one, so a giant word still moves on). */
function wordsWithin(words: readonly string[], limit: number): number {
  let length = 0;
  for (let i = 0; i < words.length; i += 1) {
    length += (words[i]?.length ?? 0) + (i > 0 ? 1 : 0);
    if (length > limit) return Math.max(1, i);
  }
  return words.length;
}

/** A caption this many words long is unlikely to be said again word for word by the same person. */
const DISTINCTIVE_WORDS = 6;
/**
 * On a site that re-shows old lines, captions gone for longer than the reinsert window are still remembered,
 * this many of them, in case the site shows them again when its caption region comes back (Zoom re-shows its
 * last lines when captions are switched back on, however long they were off). Enough for every line a region
 * shows at once.
 */
const REMEMBERED_BLOCKS = 200;
/**
 * Words scrolled off a rolling caption (Zoom) that are kept once taken into final utterances: enough for the
 * last taken words to be found again after a correction (see `endOfConsumedWords`) and for a rendering that
 * shows again a few words already scrolled away to line up. Older ones can no longer change, and holding them
 * would make every update of a long monologue cost more than the one before (and keep the user's words longer
 * than needed).
 */
const SCROLLED_WORDS_KEPT = 12;

export class Segmenter {
  private readonly options: SegmenterOptions;
  private readonly blocks = new Map<string, BlockState>();
  /**
   * Blocks gone for longer than the reinsert window, oldest first: consulted only when the region reappears on a
   * site that re-shows old lines, and kept only there.
   */
  private remembered: BlockState[] = [];
  /** When the caption region last appeared (captions switched on, or the region re-created). */
  private regionShownAt: EpochMs | null = null;
  /** The region last appeared after a pause, so the blocks appearing with it may be words said while paused. */
  private regionUnheard = false;
  /**
   * Elements whose caption moved on to another element (`moveHere`): rows of a virtual list that scrolled on.
   * What such a row shows next is read as a row's next caption, after the one that `left` it.
   */
  private readonly vacated = new Map<string, { left: BlockState; muted: boolean }>();
  private nextId = 1;
  private nextRetired = 1;

  constructor(options: Partial<SegmenterOptions> = {}) {
    this.options = { ...DEFAULT_SEGMENTER_OPTIONS, ...options };
  }

  /** Applies one block's current text. Returns the utterances that changed, in the order they changed. */
  revise(revision: CaptionRevision): Utterance[] {
    return this.apply(revision, false);
  }

  /**
   * Applies one block's current text, which was (at least partly) said while Candor was not listening: the
   * block was on screen when listening resumed. None of its words is emitted, now or when the site redraws
   * them, and neither is what it grows by while it stays on screen. Returns the utterances that changed
   * otherwise (a turn it ends; what was heard of it before, now final).
   */
  mute(revision: CaptionRevision): Utterance[] {
    return this.apply(revision, true);
  }

  private apply(revision: CaptionRevision, mute: boolean): Utterance[] {
    const changed: Utterance[] = [];
    const vacated = this.vacated.get(revision.block);
    this.vacated.delete(revision.block);
    let block = this.blocks.get(revision.block);
    if (!block && vacated) block = this.moveHere(revision, heldElsewhere(this.blocks, revision, vacated.left, 'vacated'));
    // A block that comes with a region shown after a pause may be a line said while paused, re-shown. An element
    // on screen since listening resumed stays muted whatever caption it shows next (see the recycled case below).
    const muting = mute || (!block && ((vacated?.muted ?? false) || (this.regionUnheard && this.appearsWithRegion(revision.at))));
    if (!block) {
      const adopted = this.adopt(revision);
      if (!adopted) {
        // A new block is a new turn: whatever the blocks still on screen were saying is complete. (Blocks that
        // just left may yet be redrawn; `tick` finalises them after the grace period.)
        for (const other of this.blocks.values()) {
          if (other.open && other.removedAt === null) changed.push(this.finalize(other));
        }
      }
      block = adopted ?? {
        speaker: revision.speaker,
        isSelf: revision.isSelf,
        text: '',
        shownFrom: 0,
        consumed: [],
        open: null,
        removedAt: null,
        firstShownAt: revision.at,
        redrawnFrom: null,
        unheard: false,
        muted: false,
        displaced: null,
        movedAt: null,
      };
      this.blocks.set(revision.block, block);
    }
    block.removedAt = null;
    block.displaced = null;
    if (muting && !block.muted) {
      if (block.open) changed.push(this.finalize(block));
      block.muted = true;
      block.unheard = true;
    }
    const continued = continueCaption(block, revision.text);
    // The caption's words, split once for every step below: this runs on each caption update.
    const words = continued === null ? null : splitWords(continued.text);
    const switched = words === null || retractsTakenWords(block, words.norm.length);
    // A caption that starts like the one the element showed reads as its continuation: another speaker's that
    // starts the same way, or the same speaker's next caption ("Okay." then "Okay, so what's next?"). It is that
    // caption moved here when another row holds it (for the same speaker's, only word for word: a finished
    // caption also grows after a pause, or is corrected, on Meet). A speaker named differently with no
    // other row holding the caption is the site changing its mind: Zoom's guess of the speaker from the active
    // speaker's tile changes while the caption rolls on.
    const renamed = block.speaker !== null && revision.speaker !== null && block.speaker !== revision.speaker;
    const grewWhenFinal = block.text !== '' && !block.open && revision.text !== block.text;
    const how = switched || renamed ? 'switched' : grewWhenFinal ? 'continued' : null;
    const moved = how ? heldElsewhere(this.blocks, revision, block, how) : null;
    if (continued === null || words === null || switched || moved) {
      // The element now shows a different caption: what it showed stands. The one it shows may be a caption
      // another row held (the list scrolled), which carries on as it was; otherwise it is a caption of its own
      // (still muted if the element is: it never left the screen, so it may still show words said while paused).
      const stillMuted = block.muted;
      // Taking a caption another row gave up in this read, the row went back to an earlier caption.
      this.retire(revision.block, block, revision.at, moved?.block.displaced ? 'below' : 'away');
      this.moveHere(revision, moved);
      return [...changed, ...this.apply(revision, moved ? mute : stillMuted)];
    }
    changed.push(...this.resolveSpeaker(block, revision));
    const { text, shownFrom } = continued;
    if (block.muted) {
      block.consumed = words.norm;
    } else if (block.text !== text || !block.open) {
      changed.push(...this.applyText(block, words, revision.at));
    }
    block.text = text;
    block.shownFrom = shownFrom;
    this.letGoOfScrolledWords(block, words);
    return changed;
  }

  /**
   * Forgets the words of a rolling caption that scrolled off the screen and are final, but for the last few
   * (`SCROLLED_WORDS_KEPT`): they can no longer change, so what an update costs stays the same however long
   * the speaker has been talking in that element.
   */
  private letGoOfScrolledWords(block: BlockState, words: CaptionWords): void {
    if (block.shownFrom <= SCROLLED_WORDS_KEPT * 2) return;
    const taken = endOfConsumedWords(words, block.consumed);
    const drop = Math.min(taken, block.shownFrom) - SCROLLED_WORDS_KEPT;
    if (drop <= 0) return;
    block.text = words.raw.slice(drop).join(' ');
    block.shownFrom -= drop;
    block.consumed = words.norm.slice(drop, taken);
  }

  /**
   * Sites show a placeholder ("Unknown", no name) and fill in the name later; the utterance already growing
   * from that block takes the name too. One already final keeps no name: the worker counts a final utterance
   * once (talk time, the coach's context), so it is not sent again.
   */
  private resolveSpeaker(block: BlockState, revision: CaptionRevision): Utterance[] {
    block.isSelf = revision.isSelf;
    if (revision.speaker === null || revision.speaker === block.speaker) return [];
    block.speaker = revision.speaker;
    if (!block.open) return [];
    block.open.speaker = revision.speaker;
    block.open.isSelf = revision.isSelf;
    block.open.revision += 1;
    return [{ ...block.open }];
  }

  /** Moves a block's state aside as if its element had left, so the caption can still be recognised if redrawn. */
  private retire(blockId: string, block: BlockState, at: EpochMs, displaced: 'away' | 'below'): void {
    this.blocks.delete(blockId);
    this.blocks.set(`${blockId}~${this.nextRetired++}`, { ...block, removedAt: at, muted: false, displaced });
  }

  /** Gives the element the caption found held elsewhere (`heldElsewhere`), vacating the row it was on. */
  private moveHere(revision: CaptionRevision, found: HeldElsewhere | null): BlockState | undefined {
    if (!found) return undefined;
    const { id, block } = found;
    this.blocks.delete(id);
    if (block.removedAt === null) this.vacated.set(id, { left: block, muted: block.muted });
    block.removedAt = null;
    block.displaced = null;
    block.movedAt = revision.at;
    this.blocks.set(revision.block, block);
    return block;
  }

  /**
   * The caption region appeared (captions switched on, or the site re-created it). On a site that re-shows old
   * lines (`reshowsOldLines`), the blocks appearing with it may be earlier captions; on other sites a block
   * appearing with it is new speech unless it redraws a block that just left, as at any other time.
   *
   * `unheard`: Candor stopped listening (paused) and has not seen a region since, so the lines re-shown may
   * have been said while paused, unseen by Candor: every block appearing with the region is muted (see `mute`).
   */
  regionShown(at: EpochMs, { unheard = false }: { unheard?: boolean } = {}): void {
    this.regionShownAt = at;
    this.regionUnheard = unheard;
  }

  /**
   * How many captions' words it holds: those on screen, those gone recently enough to be redrawn, and, on a site
   * that re-shows old lines, the last ones gone for good. Bounded, so a long call costs no more than a short one.
   */
  heldCaptions(): number {
    return this.blocks.size + this.remembered.length;
  }

  /**
   * How many words it holds across those captions. Bounded too: a speaker talking for an hour in one rolling
   * caption (Zoom) leaves only the last words shown and those not yet final (see `letGoOfScrolledWords`).
   */
  heldWords(): number {
    let words = 0;
    for (const block of [...this.blocks.values(), ...this.remembered]) words += splitWords(block.text).raw.length;
    return words;
  }

  /**
   * The block is no longer on screen. Its utterance is finalised after a short grace period (see `tick`). A muted
   * block is muted no more: shown again (Zoom shows a speaker's root again when they speak again) or redrawn,
   * it shows words said now, while the words it showed stay taken.
   */
  removeBlock(blockId: string, at: EpochMs): void {
    this.vacated.delete(blockId);
    const block = this.blocks.get(blockId);
    if (!block || block.removedAt !== null) return;
    block.removedAt = at;
    block.muted = false;
  }

  /** Finalises what has paused or left the screen, and forgets blocks gone for good. */
  tick(now: EpochMs): Utterance[] {
    const changed: Utterance[] = [];
    for (const [id, block] of this.blocks) {
      const gone = block.removedAt !== null && now - block.removedAt >= this.options.reinsertGraceMs;
      if (block.open && (gone || now - block.open.end >= this.options.pauseMs)) changed.push(this.finalize(block));
      if (block.removedAt !== null && now - block.removedAt >= this.options.reinsertWindowMs) this.letGo(id, block);
    }
    return changed;
  }

  /** The call ended: everything still open is final. */
  flush(): Utterance[] {
    const changed: Utterance[] = [];
    for (const block of this.blocks.values()) if (block.open) changed.push(this.finalize(block));
    this.blocks.clear();
    this.vacated.clear();
    return changed;
  }

  /** Lets go of a block gone for good, keeping it in the bounded memory of earlier captions only if the site may re-show it. */
  private letGo(id: string, block: BlockState): void {
    this.blocks.delete(id);
    if (!this.options.reshowsOldLines) return;
    this.remembered.push(block);
    if (this.remembered.length > REMEMBERED_BLOCKS) this.remembered.shift();
  }

  /**
   * A block the site drew again (new element, same words) takes over the state of the block it replaces, so
   * its words are not reported twice. Returns null when the block is genuinely new.
   *
   * A redraw shows at least all the old words at once. A new turn that merely starts the same way ("Yeah,"
   * "That's fair.") must not be mistaken for one, or its words would be lost: so short captions are adopted
   * only right after their block left, and only longer ones, distinctive enough, for a while after. A block
   * that appears with the region of a site that re-shows old lines in it is different: the site is re-showing
   * earlier lines, so any earlier caption may match, however short or old. Not on other sites: there it can
   * be the first words said as captions come on ("Okay so..." after an earlier "Okay."), and they would be lost.
   */
  private adopt(revision: CaptionRevision): BlockState | null {
    let best: { id: string | null; block: BlockState; score: number } | null = null;
    const shown = normalizeText(revision.text);
    const reshown = this.options.reshowsOldLines && this.appearsWithRegion(revision.at);
    const candidates: Array<[string | null, BlockState]> = [...this.blocks];
    if (reshown) candidates.push(...this.remembered.map((block): [null, BlockState] => [null, block]));
    for (const [id, old] of candidates) {
      if (old.removedAt === null || old.speaker !== revision.speaker || old.isSelf !== revision.isSelf) continue;
      const wordCount = splitWords(old.text).norm.filter((word) => word.length > 0).length;
      if (wordCount === 0) continue;
      if (!reshown && !this.recentEnoughToRedraw(old, wordCount, revision.at)) continue;
      // A redraw shows the whole old caption (and maybe more); a site that rolls its captions (Zoom, after
      // captions are switched back on) replays only the last window of it.
      const replayedWindow = endsWithWords(old.text, revision.text) && splitWords(revision.text).raw.length >= DISTINCTIVE_WORDS;
      if (!startsWithWords(revision.text, old.text) && !replayedWindow) continue;
      // Several gone blocks may fit ("we" and "we we"): the exact copy first, then the one covering most words,
      // then the one that left last.
      const score = (normalizeText(old.text) === shown ? 1e12 : 0) + wordCount * 1e6 + (old.removedAt % 1e6);
      if (!best || score > best.score) best = { id, block: old, score };
    }
    if (!best) return null;
    const adopted = best.block;
    if (best.id === null) this.remembered = this.remembered.filter((block) => block !== adopted);
    else this.blocks.delete(best.id);
    adopted.redrawnFrom = adopted.removedAt;
    return adopted;
  }

  /** True for a block appearing at `at` together with the caption region (drawn with it, or just after). */
  private appearsWithRegion(at: EpochMs): boolean {
    return this.regionShownAt !== null && at - this.regionShownAt <= REDRAW_MS;
  }

  /** While the region stays on screen, a gone block can only have been redrawn if it left recently enough. */
  private recentEnoughToRedraw(old: BlockState, wordCount: number, at: EpochMs): boolean {
    if (old.removedAt === null) return false;
    // A short caption is only taken for a redraw when everything on screen was redrawn with it; a block that
    // merely scrolled out while others stayed is gone, and the same words again are new words. Words said while
    // paused get the benefit of the doubt: missing a short repeat costs a few words, taking them breaks the pause.
    if (wordCount < DISTINCTIVE_WORDS) return at - old.removedAt <= REDRAW_MS && (old.unheard || this.wholeRegionLeftWith(old));
    return at - old.removedAt <= this.options.reinsertWindowMs;
  }

  /**
   * True when everything that was on screen when `gone` left, left at that same moment (and what is back on
   * screen since came back as a redraw of that moment): the whole region was redrawn. A block that scrolled out
   * while others stayed is not part of a redraw.
   */
  private wholeRegionLeftWith(gone: BlockState): boolean {
    const at = gone.removedAt;
    if (at === null) return false;
    for (const block of this.blocks.values()) {
      if (block === gone || block.firstShownAt >= at) continue;
      if (block.removedAt !== null && block.removedAt < at) continue; // already gone before
      if (block.removedAt === at) continue;
      if (block.removedAt === null && block.redrawnFrom === at) continue;
      return false;
    }
    return true;
  }

  private applyText(block: BlockState, words: CaptionWords, at: EpochMs): Utterance[] {
    const changed: Utterance[] = [];
    const start = endOfConsumedWords(words, block.consumed);
    if (start >= words.raw.length) return changed;
    const tail = words.raw.slice(start).join(' ');
    if (block.open) {
      if (block.open.text === tail) return changed;
      this.update(block.open, { text: tail, end: at });
      changed.push({ ...block.open });
    } else {
      block.open = this.create(block, tail, at);
      changed.push({ ...block.open });
    }
    const split = this.splitLongUtterance(block, words, start, at);
    if (split) changed.push(...split);
    return changed;
  }

  /**
   * A long turn is cut at its last sentence end so the coach and the transcript get sentence-sized pieces.
   * Captions without punctuation (or hostile input) are cut by length instead, so no utterance grows without
   * bound; every word stays in exactly one piece.
   */
  private splitLongUtterance(block: BlockState, words: CaptionWords, start: number, at: EpochMs): Utterance[] | null {
    const pieces: Utterance[] = [];
    const hardLimit = this.options.maxUtteranceChars * HARD_LIMIT_FACTOR;
    let from = start;
    while (block.open && block.open.text.length > this.options.maxUtteranceChars) {
      const tailRaw = words.raw.slice(from);
      let boundary = lastSentenceBoundary(tailRaw);
      if (boundary > 0 && tailRaw.slice(0, boundary).join(' ').length > hardLimit) boundary = -1;
      if (boundary <= 0 && block.open.text.length > hardLimit) boundary = wordsWithin(tailRaw, hardLimit);
      if (boundary <= 0 || boundary >= tailRaw.length) break;
      this.update(block.open, { text: tailRaw.slice(0, boundary).join(' '), end: at });
      pieces.push(this.finalize(block));
      from += boundary;
      block.consumed = words.norm.slice(0, from);
      block.open = this.create(block, tailRaw.slice(boundary).join(' '), at);
    }
    if (pieces.length === 0 || !block.open) return null;
    return [...pieces, { ...block.open }];
  }

  private create(block: BlockState, text: string, at: EpochMs): Utterance {
    const id = `u${this.nextId}`;
    this.nextId += 1;
    return { id, speaker: block.speaker, isSelf: block.isSelf, text, start: at, end: at, final: false, revision: 1 };
  }

  private update(utterance: Utterance, change: Partial<Pick<Utterance, 'text' | 'end' | 'final'>>): void {
    Object.assign(utterance, change);
    utterance.revision += 1;
  }

  private finalize(block: BlockState): Utterance {
    const open = block.open;
    if (!open) throw new Error('finalize called on a block with no open utterance');
    this.update(open, { final: true });
    block.consumed = splitWords(block.text).norm;
    block.open = null;
    return { ...open };
  }
}
