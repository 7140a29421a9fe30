/**
 * Microsoft Teams on the web: where its live captions are and how to read them.
 *
 * Teams marks its UI with `data-tid` test ids, which have outlived several redesigns (2024-2026) while its
 * Fluent class names did not, so they come first. Host and guest views nest the caption rows differently;
 * the only pieces common to both are the wrapper, `[data-tid="author"]` and `[data-tid="closed-caption-text"]`,
 * so a row is found from its text upwards, not from the list downwards. Rows live in a virtualised list that
 * recycles elements; the shared segmenter notices when a row shows a different caption.
 */
import { siteOfHost } from '../../contracts/meeting-hosts';
import type { CaptionBlockReading, FoundRegion, PlatformAdapter, RegionReading } from './platform';
import { cleanDisplayName } from './display-names';

const SELECTORS = {
  /** The captions pane (2025-07 onwards), then its inner window, then the pre-2025-07 renderer. */
  region: [
    '[data-tid="closed-caption-renderer-wrapper"]',
    '[data-tid="closed-caption-v2-window-wrapper"]',
    '[data-tid="closed-captions-renderer"]',
  ],
  /** Any caption text, the anchor from which rows are found (host and guest views alike). */
  text: '[data-tid="closed-caption-text"]',
  /** The speaker's display name within a row (older builds: `caption-author`). */
  author: '[data-tid="author"], [data-tid="caption-author"]',
  /** Hang-up controls in the meeting (organizer, attendee, anonymous guest). */
  hangUp: '#hangup-button, [data-tid="hangup-main-btn"], [data-tid="hangup-leave-button"], [data-tid="hangup-end-meeting-button"], [data-tid="anon-hangup-button"]',
  /** The calling screen itself, for builds where the hang-up control is inside a menu. */
  callingScreen: 'main[data-tid="calling-screen"]',
} as const;

/**
 * The meeting's thread id (19:meeting_…), in the path or hash when Teams puts it there. The address is the page's
 * to write: a malformed escape must not throw into the page, so the raw address is searched then.
 */
function meetingId(url: URL): string | null {
  let href = url.href;
  try {
    href = decodeURIComponent(href);
  } catch {
    // Not valid percent-encoding: search it as it is.
  }
  return /(19:meeting_[^/@?#]+)/u.exec(href)?.[1]?.slice(0, 60) ?? null;
}

function findCaptionRegion(doc: Document): FoundRegion | null {
  for (const selector of SELECTORS.region) {
    const element = doc.querySelector(selector);
    if (element) return { element, via: selector };
  }
  // Newer builds seen without the wrapper: the caption rows' common container.
  const texts = doc.querySelectorAll(SELECTORS.text);
  const first = texts[0];
  if (!first) return null;
  let container = first.parentElement;
  while (container && ![...texts].every((text) => container?.contains(text))) container = container.parentElement;
  return container ? { element: container, via: 'common container of closed-caption-text' } : null;
}

/** The row of one caption: the nearest ancestor of its text that also holds exactly one author. */
function rowOf(text: Element, region: Element): Element {
  let row: Element | null = text.parentElement;
  while (row && row !== region) {
    if (row.querySelectorAll(SELECTORS.author).length === 1 && row.querySelectorAll(SELECTORS.text).length === 1) return row;
    row = row.parentElement;
  }
  return text;
}

function readBlocks(region: Element): RegionReading {
  const blocks: CaptionBlockReading[] = [];
  let namesMissing = 0;
  for (const textElement of region.querySelectorAll(SELECTORS.text)) {
    const row = rowOf(textElement, region);
    const text = (textElement.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const author = row.querySelector(SELECTORS.author);
    if (!author) namesMissing += 1;
    const { name } = cleanDisplayName(author?.textContent);
    blocks.push({ element: row, speaker: name, isSelf: false, text });
  }
  const problem =
    blocks.length > 0 && namesMissing === blocks.length
      ? { part: 'speaker' as const, detail: 'caption rows carry no [data-tid="author"] element' }
      : null;
  return { blocks, problem };
}

export const teams: PlatformAdapter = {
  site: 'teams',
  siteName: 'Microsoft Teams',
  isCallUrl: (url) => url.protocol === 'https:' && siteOfHost(url.hostname) === 'teams',
  // Teams keeps meeting ids out of a stable URL shape; the thread id is in the hash or path when present.
  meetingId,
  meetingCode: (url) => meetingId(url) ?? url.hostname,
  isInCall: (doc) => doc.querySelector(SELECTORS.hangUp) !== null || doc.querySelector(SELECTORS.callingScreen) !== null,
  findCaptionRegion,
  // Teams has no caption toggle on screen (it sits in the More menu), so only the pane itself says "on".
  captionsControlOn: () => null,
  readBlocks,
  howToEnableCaptions: 'in Teams choose More (…) > Language and speech > Show live captions',
  // Captions switched back on start from an empty list.
  reshowsOldLines: false,
};
