/**
 * A stand-in for a Google Meet call page, served at a real meet.google.com URL by request routing. It draws the
 * caption DOM in the shape real Meet uses (2025-2026: see test/fixtures/third-party and docs/replay-format.md)
 * and applies low-level replay edits to it the way Meet does: text nodes mutated in place, blocks appended at
 * the bottom and scrolled out at the top, the region re-created on layout changes.
 *
 * Runs in the page, not in the extension. Exposes `window.__candorSim` for the harness.
 */
import type { LowLevelEvent } from '../../src/replay/replay-schema';
import { el, expose } from './player';

interface SimBlock {
  root: HTMLElement;
  textNode: Text;
  speaker: string | null;
  self: boolean;
}

const blocks = new Map<string, SimBlock>();
let region: HTMLElement | null = null;
let ended = false;

function icon(name: string): HTMLElement {
  return el('i', { class: 'google-symbols', 'aria-hidden': 'true' }, name);
}

const captionsButton = el('button', { 'aria-label': 'Turn on captions', 'aria-pressed': 'false', jsname: 'r8qRAd' }, icon('closed_caption_off'));
const hangUpButton = el('button', { 'aria-label': 'Leave call', jsname: 'CQylAd' }, icon('call_end'));
const presentButton = el('button', { 'aria-label': 'Present now', 'aria-pressed': 'false' }, icon('present_to_all'));
const controls = el('div', { role: 'region', 'aria-label': 'Call controls', class: 'controls' }, captionsButton, presentButton, hangUpButton);
/** Meet's banner while the user presents, with its own stop control (icon stop_screen_share). */
const presentingBanner = el('div', { class: 'presenting' }, 'You are presenting', el('button', { 'aria-label': 'Stop presenting' }, icon('stop_screen_share')));
const captionsWrapper = el('div', { jsname: 'dsyhDe', class: 'iOzk7' });
const stage = el('div', { class: 'stage' }, el('div', { class: 'tile' }, 'Dana Whitfield'), el('div', { class: 'tile' }, 'You'));

function buildBlock(speaker: string | null, self: boolean, text: string): SimBlock {
  const textNode = document.createTextNode(text);
  const name = self ? 'You' : speaker;
  const header = el('div', { class: 'adE6rb' }, el('img', { alt: '', 'data-iml': '1', class: 'Z6byG r6DyN' }));
  if (name !== null) header.append(el('div', { class: 'KcIKyf jxFHg' }, el('span', { class: 'NWpY1d' }, name)));
  const root = el('div', { class: 'nMcdL bj4p3b' }, header, el('div', { class: 'ygicle VbkSUe' }, textNode));
  return { root, textNode, speaker, self };
}

function buildRegion(): HTMLElement {
  const fresh = el('div', { role: 'region', tabindex: '0', 'aria-label': 'Captions', class: 'vNKgIf UDinHf' });
  // Real Meet keeps a non-caption "jump to bottom" control as the region's last child.
  fresh.append(el('div', { class: 'jump' }, el('button', {}, 'Jump to bottom')));
  return fresh;
}

function setCaptions(on: boolean): void {
  captionsButton.setAttribute('aria-pressed', String(on));
  captionsButton.setAttribute('aria-label', on ? 'Turn off captions' : 'Turn on captions');
  captionsButton.replaceChildren(icon(on ? 'closed_caption' : 'closed_caption_off'));
  if (on && !region) {
    region = buildRegion();
    captionsWrapper.append(region);
  } else if (!on && region) {
    region.remove();
    region = null;
    blocks.clear();
  }
}

function show(event: Extract<LowLevelEvent, { op: 'show' }>): void {
  if (!region) return;
  const existing = blocks.get(event.block);
  if (existing) {
    // Meet edits the text node in place: observers see characterData mutations, not new nodes.
    if (existing.textNode.data !== event.text) existing.textNode.data = event.text;
    return;
  }
  const block = buildBlock(event.speaker ?? null, event.self ?? false, event.text);
  blocks.set(event.block, block);
  region.insertBefore(block.root, region.lastElementChild);
}

function replaceRegion(): void {
  if (!region) return;
  const fresh = buildRegion();
  for (const [id, block] of blocks) {
    const copy = buildBlock(block.speaker, block.self, block.textNode.data);
    blocks.set(id, copy);
    fresh.insertBefore(copy.root, fresh.lastElementChild);
  }
  region.replaceWith(fresh);
  region = fresh;
}

function present(on: boolean): void {
  presentButton.setAttribute('aria-pressed', String(on));
  if (on) document.body.prepend(presentingBanner);
  else presentingBanner.remove();
}

function leave(): void {
  ended = true;
  setCaptions(false);
  document.body.replaceChildren(el('h1', {}, 'You left the meeting'));
}

function apply(event: LowLevelEvent): void {
  if (ended) return;
  switch (event.op) {
    case 'captions':
      return setCaptions(event.on);
    case 'show':
      return show(event);
    case 'remove':
      blocks.get(event.block)?.root.remove();
      blocks.delete(event.block);
      return;
    case 'replace-region':
      return replaceRegion();
    case 'leave':
      return leave();
    case 'present':
      return present(event.on);
  }
}

document.title = 'Meet – abc-defg-hij';
document.body.append(stage, captionsWrapper, controls);
expose(apply);
