/**
 * What the segmenter holds of each caption it has seen, and how it tells that an element shows a caption it
 * already holds for another element: a row of a virtual list (Teams) that recycles its row elements shows, after
 * a scroll or resize, the caption another row showed.
 */
import { continueCaption, normalizeText, splitWords, startsWithWords } from './caption-words';
import type { CaptionRevision } from './segmenter';
import type { EpochMs, Utterance } from './types';

/** A site redraws a block within this long of removing it (same scan, or a re-render a moment later). */
export const REDRAW_MS = 1_000;
/** A new rendering of a caption keeps at least this share of its words already final (see `retractsTakenWords`). */
const MOST_TAKEN_WORDS_KEPT = 0.5;

/** What the segmenter holds of one caption, kept under the id of the element showing it. */
export interface BlockState {
  speaker: string | null;
  isSelf: boolean;
  /**
   * The caption's words still held: on a site that rolls its captions, the words that scrolled off the front
   * and are not yet final (plus a few that are: see `SCROLLED_WORDS_KEPT` in the segmenter), then the block's
   * last rendering.
   */
  text: string;
  /** Where the block's last rendering starts among the words of `text` (0 unless the caption rolled). */
  shownFrom: number;
  /** Normalised words of `text`, from its start, already taken into utterances that are final. */
  consumed: string[];
  /** The utterance still growing from this block, if any. */
  open: Utterance | null;
  removedAt: EpochMs | null;
  /** When this caption first appeared on screen (kept when it is redrawn in a new element). */
  firstShownAt: EpochMs;
  /** Some of its words were said while Candor was not listening: taken without ever being emitted. */
  unheard: boolean;
  /**
   * It was on screen when listening resumed, so even the words it grows by may have been said while paused
   * (captions lag speech): nothing it shows is emitted until it leaves the screen.
   */
  muted: boolean;
  /** When the element this caption was last redrawn from left the screen, if it was redrawn. */
  redrawnFrom: EpochMs | null;
  /**
   * Its element went on to show another caption (`retire`): the caption left the screen, the element did not.
   * 'below': the element went back to an earlier caption (the list scrolled back), so this one left at the
   * bottom and is the next to come back when the list scrolls on again. 'away': any other caption.
   */
  displaced: 'away' | 'below' | null;
  /** When it last moved to another element (a list row scrolled on, see `heldElsewhere`). */
  movedAt: EpochMs | null;
}

/** A caption held for another element (`id`) than the one now showing it. */
export interface HeldElsewhere {
  id: string;
  block: BlockState;
}

/**
 * True when `text` would take back most of the block's words already taken into final utterances. Recognition
 * retracts or merges a few words of a final caption at most: this is the element showing another caption that
 * starts the same way ("So" after "So we compared three vendors.") or with the same everyday words (a
 * recycled list row, a Zoom root its speaker speaks in again, Meet starting a long monologue over). Read as
 * the old caption, its words would be lost until it outgrew the old one.
 */
export function retractsTakenWords(block: BlockState, words: number): boolean {
  // Words that scrolled away are not on screen to be taken back: only the last rendering's are compared.
  const scrolled = block.shownFrom;
  return words - scrolled < (block.consumed.length - scrolled) * MOST_TAKEN_WORDS_KEPT;
}

/**
 * An element that went on to show another caption is a row of a virtual list (Teams) that recycles its row
 * elements: after a scroll or resize every row may show the caption the row below it showed. Rows are read top
 * to bottom, so the row below still holds that caption (or, when the list shrank, its element just left): the
 * caption moved here, with its words already taken and the utterance it may still be growing, and the row it
 * left is vacated (what that row shows next is looked up the same way, `how` = 'vacated'). Returns the caption
 * and where it is held, or null when the element shows a caption held nowhere else: new speech, or one gone for
 * a while (the segmenter's `adopt`). Looked up while the element still holds its own caption (`own`), which is
 * never a candidate.
 *
 * Held means on screen right now, so a short caption matches too; a caption whose row went on to another
 * caption is not held (it scrolled out of the top), so a speaker saying "Yes." again, shown at the bottom as
 * the first "Yes." scrolls away, is new speech: it shows in a vacated row, or a new one.
 *
 * When the list goes back to earlier captions (scrolled up, or grown), every row shows the caption the row
 * above it showed, which that row gave up in this same read: those are candidates for an element that held a
 * caption of its own until now, not for a vacated one (its caption moved on: the list scrolled on). The captions
 * that left at the bottom then come back first when the list scrolls on again, in vacated rows.
 *
 * Of several that fit (the same words in several rows), the nearest in time to the caption the row showed
 * (`own`, or the one that left a `vacated` row). A vacated row takes only a later caption than that: the rows
 * above it show earlier ones, and one whose caption did not change (a speaker's "Yes." twice in a row) was not
 * even read. So does a caption that reads as the row's own grown: a caption growing after a pause (Meet) is not
 * an earlier caption of its speaker's that reads the same. A row that switched captions does not rely on that
 * order: its own caption may count as first shown only when it came back into view, if the segmenter could not
 * recognise it then (a short caption scrolled back, see `adopt`).
 */
export function heldElsewhere(
  blocks: ReadonlyMap<string, BlockState>,
  revision: CaptionRevision,
  own: BlockState,
  /**
   * 'switched': the element shows a caption that is not its own. 'continued': what it shows reads as its own
   * caption grown, so only a caption held word for word counts. 'vacated': its caption moved to another row.
   */
  how: 'switched' | 'continued' | 'vacated',
): HeldElsewhere | null {
  let best: (HeldElsewhere & { score: number }) | null = null;
  const shown = normalizeText(revision.text);
  if (shown === '') return null;
  for (const [id, held] of blocks) {
    if (id === revision.block || held === own || held.isSelf !== revision.isSelf) continue;
    // The site may name the speaker (its "Unknown" read as no name) as the caption moves: the name is taken then.
    if (held.speaker !== revision.speaker && held.speaker !== null) continue;
    // A caption that moved in this same read already found its row (one read earlier in the list).
    if (held.movedAt === revision.at) continue;
    const inOrder = how === 'switched' || held.firstShownAt >= own.firstShownAt;
    const candidate =
      held.displaced === null
        ? (held.removedAt === null || revision.at - held.removedAt <= REDRAW_MS) && inOrder
        : how === 'vacated'
          ? held.displaced === 'below' && inOrder
          : held.removedAt === revision.at;
    if (!candidate) continue;
    const heldShown = splitWords(held.text).raw.slice(held.shownFrom).join(' ');
    const same = normalizeText(heldShown) === shown;
    // Only a caption still growing may have grown (or been corrected down) between the two reads.
    const grown = held.open !== null && (startsWithWords(revision.text, heldShown) || startsWithWords(heldShown, revision.text));
    if (how === 'continued' ? !same : !same && !grown) continue;
    const continued = continueCaption(held, revision.text);
    if (continued === null || retractsTakenWords(held, splitWords(continued.text).norm.length)) continue;
    const score = (same ? 1e15 : 0) - Math.abs(held.firstShownAt - own.firstShownAt);
    if (!best || score > best.score) best = { id, block: held, score };
  }
  return best && { id: best.id, block: best.block };
}
