/**
 * What Candor needs to know about one meeting site. Each site gets one file implementing this; the caption
 * reader, segmenter and transport are shared by all sites.
 */
import type { CaptureProblem } from '../../contracts/capture-status';
import type { SiteId } from '../../core/types';

/** One caption block as read from the page. */
export interface CaptionBlockReading {
  /** The block's element; the reader uses its identity to follow the block across revisions. */
  element: Element;
  speaker: string | null;
  isSelf: boolean;
  text: string;
}

export interface RegionReading {
  blocks: CaptionBlockReading[];
  /** Set when blocks were present but a part of them could not be read. */
  problem: CaptureProblem | null;
}

export interface FoundRegion {
  element: Element;
  /** Which named selector found it, for diagnostics when a site changes its markup. */
  via: string;
}

export interface PlatformAdapter {
  site: SiteId;
  /** The site's name as users know it ("Google Meet"). */
  siteName: string;
  /** True for a URL that is (or becomes) a call page, as opposed to the site's home or settings pages. */
  isCallUrl(url: URL): boolean;
  /**
   * The meeting a call URL names, or null when it names none (Teams often drops the meeting's id from its
   * address mid-call). Two URLs of the same site that name different meetings are different calls.
   */
  meetingId(url: URL): string | null;
  /** A short identifier of the meeting from its URL (never the whole URL, which may carry a passcode). */
  meetingCode(url: URL): string;
  /** True once the user has joined (the hang-up control is on screen), false in the lobby or after leaving. */
  isInCall(doc: Document): boolean;
  /** The caption region, or null when captions are off or cannot be found. */
  findCaptionRegion(doc: Document): FoundRegion | null;
  /** True when the site's captions control says captions are on, false when off, null when no control found. */
  captionsControlOn(doc: Document): boolean | null;
  readBlocks(region: Element): RegionReading;
  /** The site's own way to turn captions on, for the panel. */
  howToEnableCaptions: string;
  /**
   * True when the site shows its last caption lines again as its caption region comes back (Zoom, when
   * captions are switched back on): the lines appearing with the region are then not new speech. False when
   * the region comes back empty, so a line appearing with it is someone speaking (see Segmenter `regionShown`).
   */
  reshowsOldLines: boolean;
  /**
   * True while the site shows that the user is presenting (sharing a tab, window or screen): anything Candor
   * draws in the page could then be seen by everyone, so the overlay hides. Left out by a site that cannot
   * tell; the overlay's options say so.
   */
  isPresenting?(doc: Document): boolean;
}
