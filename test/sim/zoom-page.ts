/**
 * A stand-in for Zoom's web client, served at a real app.zoom.us/wc/… URL. Captions are drawn the way the
 * 2026-08 captures and the shared reference describe: one caption root per speaker holding only an avatar and
 * a rolling window of the last words (older words drop off the front), roots hidden with display:none when
 * their speaker stops, names only in the participants panel (the local user marked "(me)").
 */
import type { LowLevelEvent } from '../../src/replay/replay-schema';
import { el, expose } from './player';

/** About two lines of Zoom's overlay. */
const WINDOW_WORDS = 12;
const LOCAL_USER = 'Sam Rivera';

interface Root {
  element: HTMLElement;
  item: HTMLElement;
}

const roots = new Map<string, Root>(); // by speaker
const blockSpeaker = new Map<string, string>();
const blockText = new Map<string, string>();
let content: HTMLElement | null = null;
let ended = false;

const participants = el('div', { class: 'participants-section-container' });
const captionsButton = el('button', { 'aria-label': 'Show Captions' }, 'Show Captions');
const client = el(
  'div',
  { class: 'meeting-client-inner' },
  participants,
  el('footer', { role: 'presentation' }, el('div', { id: 'captions', 'data-feature-type': 'captions', class: 'footer__button-wrap' }, captionsButton), el('div', { class: 'footer__leave-btn-container' }, el('button', { class: 'footer__leave-btn' }, 'Leave'))),
);

function avatarFor(name: string): string {
  return `https://example.invalid/avatar-${name.toLowerCase().replace(/[^a-z]+/gu, '-')}.png`;
}

function ensureParticipant(name: string, self: boolean): void {
  if (participants.querySelector(`[data-name="${CSS.escape(name)}"]`)) return;
  participants.append(
    el('div', { class: 'participants-item__item-layout', 'data-name': name }, el('span', { class: 'participants-item__avatar' }, el('img', { src: avatarFor(name), alt: '' })), el('span', { class: 'participants-item__display-name' }, self ? `${name} (me)` : name)),
  );
}

function rootFor(name: string): Root {
  let root = roots.get(name);
  if (!root) {
    const item = el('span', { class: 'live-transcription-subtitle__item' });
    const element = el('div', { id: 'live-transcription-subtitle', style: 'display: flex' }, el('img', { class: 'zmu-data-selector-item__icon', src: avatarFor(name), alt: '', 'aria-hidden': 'true' }), item);
    root = { element, item };
    roots.set(name, root);
    content?.append(element);
  }
  return root;
}

/** What each speaker's root showed when captions went off: Zoom shows it again when they come back on. */
let lastShown: Array<[string, string]> = [];

function setCaptions(on: boolean, replayHistory = true): void {
  captionsButton.setAttribute('aria-label', on ? 'Hide Captions' : 'Show Captions');
  captionsButton.textContent = on ? 'Hide Captions' : 'Show Captions';
  if (on && !content) {
    content = el('div', { class: 'live-transcription-subtitle__content live-transcription-subtitle__drag-handle' });
    client.append(el('div', { class: 'live-transcription-subtitle__overlay-container' }, el('div', { class: 'live-transcription-subtitle__frame' }, content)));
    if (replayHistory) for (const [name, text] of lastShown) rootFor(name).item.textContent = text;
  } else if (!on && content) {
    lastShown = [...roots.entries()].map(([name, root]) => [name, root.item.textContent ?? '']);
    content.closest('.live-transcription-subtitle__overlay-container')?.remove();
    content = null;
    roots.clear();
  }
}

function show(block: string, speaker: string | null | undefined, self: boolean | undefined, text: string): void {
  const known = blockSpeaker.get(block);
  const name = known ?? (self ? LOCAL_USER : (speaker ?? 'Guest'));
  if (!known) {
    blockSpeaker.set(block, name);
    ensureParticipant(name, self ?? false);
    // A new turn: the other speakers' roots are hidden, as Zoom does when someone stops talking.
    for (const [other, root] of roots) if (other !== name) root.element.style.display = 'none';
  }
  blockText.set(block, text);
  const root = rootFor(name);
  root.element.style.display = 'flex';
  const words = text.split(/\s+/u);
  root.item.textContent = words.slice(Math.max(0, words.length - WINDOW_WORDS)).join(' ');
}

function apply(event: LowLevelEvent): void {
  if (ended) return;
  switch (event.op) {
    case 'captions':
      return setCaptions(event.on);
    case 'show':
      return show(event.block, event.speaker, event.self, event.text);
    case 'remove':
      // Zoom keeps no scroll-back: a block leaving the replay's screen changes nothing here.
      return;
    case 'replace-region': {
      // The overlay is re-mounted (layout change): same roots, new elements, same visible text.
      const shown = [...roots.entries()].map(([name, root]) => [name, root.item.textContent ?? '', root.element.style.display] as const);
      setCaptions(false);
      setCaptions(true, false);
      for (const [name, text, display] of shown) {
        const root = rootFor(name);
        root.item.textContent = text;
        root.element.style.display = display;
      }
      return;
    }
    case 'leave':
      ended = true;
      document.body.replaceChildren(el('h1', {}, 'You left the meeting'));
      return;
  }
}

document.title = 'Zoom Meeting';
document.body.append(client);
expose(apply);
