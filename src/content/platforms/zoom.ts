/**
 * Zoom's web client (app.zoom.us/wc/…, also inside its same-origin `#webclient` iframe, which the manifest
 * covers with all_frames): where its captions are and who is speaking.
 *
 * Zoom's caption overlay uses stable BEM class names (`live-transcription-subtitle__*`, 2024-2026) but shows
 * no speaker names: each speaker's caption root holds only an avatar and a rolling window of text (old words
 * drop off the front; the shared segmenter stitches the windows back together). Names are recovered from
 * elsewhere on the page showing the same avatar, in this order: the participants list, the video tiles,
 * the active-speaker tile. When all fail the speaker is unknown, and the panel says "Unknown speaker".
 */
import { siteOfHost } from '../../contracts/meeting-hosts';
import { cleanDisplayName } from './display-names';
import type { CaptionBlockReading, FoundRegion, PlatformAdapter, RegionReading } from './platform';

const SELECTORS = {
  /** The caption overlay's content (2026-08), then the older box (2026-03), then the frame. */
  region: ['.live-transcription-subtitle__content', '.live-transcription-subtitle__box', '.live-transcription-subtitle__frame'],
  /** One speaker's caption root (Zoom gives every root the same duplicated id). */
  root: '[id="live-transcription-subtitle"]',
  /** The caption text inside a root. */
  text: '.live-transcription-subtitle__item',
  /** The speaker's avatar in a root: a photo, or an initials element when there is no photo. */
  avatar: 'img, .zmu-caption-speaker-icon, .zmu-data-selector-item__icon',
  /** The participants panel: one item per person, with name and avatar. */
  participant: '.participants-item__item-layout',
  participantName: '.participants-item__display-name',
  participantAvatar: '.participants-item__avatar',
  /** Video tiles: avatar image (alt is the name) and the name footer. */
  tile: '.video-avatar__avatar',
  tileName: '.video-avatar__avatar-footer span, .video-avatar__avatar-footer',
  /** The active speaker's tile name, used when only one person is captioned. */
  activeSpeakerName: '.speaker-active-container__video-frame .video-avatar__avatar-footer span',
  /** In a meeting: the leave button or the meeting client itself. */
  inCall: '.footer__leave-btn-container, .footer__leave-btn, .meeting-client-inner, #audioOptionMenu',
  /** The footer captions control; its first button's label says show or hide. */
  captionsButton: '#captions[data-feature-type="captions"] button',
} as const;

interface Speaker {
  name: string | null;
  isSelf: boolean;
}

/** What identifies a speaker's avatar: its image address, or its initials when there is no photo. */
function avatarKey(element: Element | null): string | null {
  if (!element) return null;
  const src = element.getAttribute('src');
  if (src) return `src:${src}`;
  const initials = element.textContent?.trim();
  return initials ? `initials:${initials}` : null;
}

function fromParticipants(doc: Document, key: string): Speaker | null {
  for (const item of doc.querySelectorAll(SELECTORS.participant)) {
    const avatar = item.querySelector(SELECTORS.participantAvatar);
    const itemKey = avatarKey(avatar?.matches('img') ? avatar : (avatar?.querySelector('img') ?? avatar ?? null));
    if (itemKey !== key) continue;
    const { name, isSelfMarked } = cleanDisplayName(item.querySelector(SELECTORS.participantName)?.textContent);
    if (name) return { name, isSelf: isSelfMarked };
  }
  return null;
}

function fromTiles(doc: Document, key: string, overlay: Element): Speaker | null {
  if (!key.startsWith('src:')) return null;
  const src = key.slice(4);
  for (const img of doc.querySelectorAll('img')) {
    if (overlay.contains(img) || img.getAttribute('src') !== src) continue;
    const tile = img.closest(SELECTORS.tile);
    const { name, isSelfMarked } = cleanDisplayName(img.getAttribute('alt') || tile?.querySelector(SELECTORS.tileName)?.textContent);
    if (name) return { name, isSelf: isSelfMarked };
  }
  return null;
}

function resolveSpeaker(doc: Document, root: Element, overlay: Element, onlyRoot: boolean): Speaker {
  const key = avatarKey(root.querySelector(SELECTORS.avatar));
  const found = key ? (fromParticipants(doc, key) ?? fromTiles(doc, key, overlay)) : null;
  if (found) return found;
  if (onlyRoot) {
    const { name } = cleanDisplayName(doc.querySelector(SELECTORS.activeSpeakerName)?.textContent);
    if (name) return { name, isSelf: false };
  }
  return { name: null, isSelf: false };
}

function findCaptionRegion(doc: Document): FoundRegion | null {
  for (const selector of SELECTORS.region) {
    const element = doc.querySelector(selector);
    if (element) return { element, via: selector };
  }
  return null;
}

/** Zoom hides a root with display:none when its speaker stops, but keeps it mounted. */
function isShown(root: Element): boolean {
  return !(root instanceof HTMLElement) || (root.style.display !== 'none' && !root.hidden);
}

function readBlocks(region: Element): RegionReading {
  const doc = region.ownerDocument;
  const roots = [...region.querySelectorAll(SELECTORS.root)].filter(isShown);
  const blocks: CaptionBlockReading[] = [];
  for (const root of roots) {
    const text = (root.querySelector(SELECTORS.text)?.textContent ?? root.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const speaker = resolveSpeaker(doc, root, region, roots.length === 1);
    blocks.push({ element: root, speaker: speaker.name, isSelf: speaker.isSelf, text });
  }
  const problem =
    roots.length === 0 && (region.textContent ?? '').trim() !== ''
      ? { part: 'text' as const, detail: 'the caption overlay has text but no [id="live-transcription-subtitle"] root' }
      : null;
  return { blocks, problem };
}

/** The meeting number in the web client's paths: /wc/join/<number> when joining, /wc/<number>/join|start|… after. */
const MEETING_NUMBER = /^\/wc\/(?:join\/)?(\d{6,})/u;

function meetingId(url: URL): string | null {
  return MEETING_NUMBER.exec(url.pathname)?.[1] ?? null;
}

/** Show/hide captions labels of the footer button, in the UI languages seen so far. */
const HIDE_LABEL = /hide captions|скрыть субтитры|untertitel ausblenden|masquer les sous-titres|ocultar subtítulos/iu;
const SHOW_LABEL = /show captions|показать субтитры|untertitel anzeigen|afficher les sous-titres|mostrar subtítulos/iu;

function captionsControlOn(doc: Document): boolean | null {
  const label = doc.querySelector(SELECTORS.captionsButton)?.getAttribute('aria-label') ?? '';
  if (HIDE_LABEL.test(label)) return true;
  if (SHOW_LABEL.test(label)) return false;
  return null;
}

export const zoom: PlatformAdapter = {
  site: 'zoom',
  siteName: 'Zoom',
  isCallUrl: (url) => url.protocol === 'https:' && siteOfHost(url.hostname) === 'zoom' && url.pathname.startsWith('/wc/'),
  meetingId,
  meetingCode: (url) => meetingId(url) ?? 'zoom',
  isInCall: (doc) => doc.querySelector(SELECTORS.inCall) !== null,
  findCaptionRegion,
  captionsControlOn,
  readBlocks,
  howToEnableCaptions: 'click Show Captions (CC) in the Zoom toolbar; the host must allow captions',
  // Switched back on, captions re-show their last lines (docs/sites.md; the Elsewise extension skips them too).
  reshowsOldLines: true,
};
