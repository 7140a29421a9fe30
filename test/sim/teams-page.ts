/**
 * A stand-in for a Microsoft Teams meeting, served at a real teams.microsoft.com URL. Captions are drawn in
 * the host-view shape of the 2026-08 captures (test/fixtures/third-party/elsewise/microsoft-teams): rows
 * appended to a list inside `[data-tid="closed-caption-renderer-wrapper"]`, text replaced in place, names
 * with their "(Guest)" decorations as the replay gives them.
 */
import type { LowLevelEvent } from '../../src/replay/replay-schema';
import { el, expose } from './player';

interface Row {
  root: HTMLElement;
  author: HTMLElement;
  text: Text;
  speaker: string;
}

const LOCAL_USER = 'Sam Rivera';
const rows = new Map<string, Row>();
let wrapper: HTMLElement | null = null;
let list: HTMLElement | null = null;
let ended = false;

const stage = el('main', { 'data-tid': 'calling-screen' }, el('button', { id: 'hangup-button', 'aria-label': 'Leave' }, 'Leave'), el('button', { id: 'callingButtons-showMoreBtn', 'aria-label': 'More' }, 'More'));

function buildRow(speaker: string, text: string): Row {
  const author = el('span', { 'data-tid': 'author' }, speaker);
  const textNode = document.createTextNode(text);
  const root = el(
    'div',
    { role: 'listitem' },
    el('div', { 'data-tid': 'closed-captions-v2-items-renderer' }, el('span', { 'aria-hidden': 'true' }, speaker.slice(0, 1))),
    el('div', {}, author, el('span', { 'data-tid': 'closed-caption-text' }, textNode)),
  );
  return { root, author, text: textNode, speaker };
}

function buildPane(): void {
  list = el('div', { role: 'list' });
  wrapper = el(
    'div',
    { 'data-tid': 'closed-caption-renderer-wrapper', 'aria-label': 'Live Captions' },
    el('div', { 'data-tid': 'closed-caption-v2-window-wrapper' }, el('div', { 'data-tid': 'closed-caption-v2-virtual-list-content' }, list)),
  );
  stage.append(wrapper);
}

function apply(event: LowLevelEvent): void {
  if (ended) return;
  switch (event.op) {
    case 'captions':
      if (event.on && !wrapper) buildPane();
      if (!event.on) {
        wrapper?.remove();
        wrapper = null;
        rows.clear();
      }
      return;
    case 'show': {
      const row = rows.get(event.block);
      const name = event.self ? LOCAL_USER : (event.speaker ?? 'Unknown');
      if (row) {
        if (row.text.data !== event.text) row.text.data = event.text;
        if (event.speaker !== undefined && row.author.textContent !== name) row.author.textContent = name;
        return;
      }
      const fresh = buildRow(name, event.text);
      rows.set(event.block, fresh);
      list?.append(fresh.root);
      return;
    }
    case 'remove':
      rows.get(event.block)?.root.remove();
      rows.delete(event.block);
      return;
    case 'replace-region': {
      // Teams re-renders its virtual list: every row is a new element holding the same caption.
      wrapper?.remove();
      buildPane();
      for (const [id, row] of rows) {
        const copy = buildRow(row.author.textContent ?? row.speaker, row.text.data);
        rows.set(id, copy);
        list?.append(copy.root);
      }
      return;
    }
    case 'leave':
      ended = true;
      document.body.replaceChildren(el('h1', {}, 'You left the meeting'));
      return;
  }
}

document.title = 'Meeting | Microsoft Teams';
document.body.append(stage);
expose(apply);
