/**
 * The in-call overlay: the current card drawn inside the meeting page, for reps who keep the meeting full
 * screen. It lives in a closed shadow root on its own host element appended to <html> (outside the site's
 * app root), so the site's styles cannot touch it and it cannot break the site. Built with DOM APIs and
 * `textContent` only: caption words are untrusted and are never parsed as markup.
 *
 * It shows only the current card, fades after FADE_MS, can be dragged (never into the band at the bottom
 * where meeting controls live), hidden with its × or with Alt+Shift+H while the page has focus, and hides
 * by itself while the site shows that the user is presenting.
 */
import type { OverlayState } from '../../contracts/messages';
import { cardText } from '../../ui/card-text';
import { t } from '../../ui/i18n';
import { OVERLAY_CSS, OVERLAY_MARGIN_PX } from './overlay-style';

export const FADE_MS = 8_000;
/** Meeting controls sit in the bottom band of every site; the overlay never goes there. */
const CONTROLS_BAND_PX = 120;
const PRESENTING_POLL_MS = 500;

export const HOST_TAG = 'candor-overlay';

/** Alt+Shift+H: free on Meet, Zoom and Teams, and not one of the browser-level shortcuts. */
export function isOverlayKey(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyH';
}

export class CardOverlay {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private state: OverlayState | null = null;
  private shownId: string | null = null;
  /** The rep hid the overlay (× or key); the next card brings it back. */
  private hidden = false;
  private fadeTimer: ReturnType<typeof setTimeout> | null = null;
  private presentingPoll: ReturnType<typeof setInterval> | null = null;
  private position: { left: number; top: number } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly isPresenting: () => boolean,
  ) {}

  /** The worker's latest overlay state; null switches the overlay off and removes it from the page. */
  update(state: OverlayState | null): void {
    if (!state) {
      this.destroy();
      return;
    }
    this.state = state;
    this.mount();
    const id = state.card?.id ?? null;
    if (id !== this.shownId) {
      this.shownId = id;
      this.hidden = false;
      this.render();
    }
    this.applyVisibility();
    this.keepOnScreen();
  }

  destroy(): void {
    this.clearFade();
    if (this.presentingPoll !== null) clearInterval(this.presentingPoll);
    this.presentingPoll = null;
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.defaultView?.removeEventListener('resize', this.keepOnScreen);
    this.host?.remove();
    this.host = null;
    this.card = null;
    this.state = null;
    this.shownId = null;
  }

  private mount(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement(HOST_TAG);
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    // Drawn again (switched off and on, the next call in this tab): where the rep last dragged it, if anywhere.
    if (this.position) {
      host.style.setProperty('left', `${this.position.left}px`, 'important');
      host.style.setProperty('top', `${this.position.top}px`, 'important');
    } else {
      host.style.setProperty('top', `${OVERLAY_MARGIN_PX + 60}px`, 'important');
      host.style.setProperty('right', `${OVERLAY_MARGIN_PX}px`, 'important');
    }
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'status');
    card.setAttribute('aria-live', 'polite');
    root.append(style, card);
    this.doc.documentElement.append(host);
    this.host = host;
    this.card = card;
    this.doc.addEventListener('keydown', this.onKey, true);
    this.doc.defaultView?.addEventListener('resize', this.keepOnScreen);
    this.presentingPoll ??= setInterval(() => this.applyVisibility(), PRESENTING_POLL_MS);
  }

  private render(): void {
    const card = this.card;
    const shown = this.state?.card;
    if (!card) return;
    this.clearFade();
    card.classList.remove('faded');
    if (!shown) {
      card.replaceChildren();
      return;
    }
    const text = cardText(shown);
    const shadow = this.state?.shadow ?? false;
    const grip = this.el('span', 'grip', t('overlayLabel'));
    grip.title = t('overlayDrag');
    grip.addEventListener('pointerdown', (event) => this.startDrag(event, grip));
    const hide = this.el('button', 'hide', '×');
    hide.setAttribute('aria-label', t('overlayHide'));
    hide.title = t('overlayHide');
    hide.addEventListener('click', () => this.toggleHidden());
    card.replaceChildren(
      this.el('div', 'bar', grip, hide),
      this.el('p', 'title', shadow ? text.moment : text.title),
      this.el('p', shadow ? 'why' : 'question', shadow ? (text.principle ?? text.why) : `“${text.question}”`),
    );
    this.startFade(card);
  }

  private startFade(card: HTMLElement): void {
    this.clearFade();
    this.fadeTimer = setTimeout(() => card.classList.add('faded'), FADE_MS);
  }

  private el(tag: string, className: string, ...children: Array<Node | string>): HTMLElement {
    const element = this.doc.createElement(tag);
    element.className = className;
    // append() puts strings in as text nodes: caption words are never parsed as markup.
    element.append(...children);
    return element;
  }

  private applyVisibility(): void {
    if (!this.host) return;
    const visible = !this.hidden && (this.state?.card ?? null) !== null && !this.isPresenting();
    this.host.style.setProperty('display', visible ? 'block' : 'none', 'important');
  }

  /**
   * A faded card is invisible but not hidden: the rep pressing the key wants it back, so it reappears for
   * another fade period instead of being hidden (which would take a second press to undo).
   */
  private toggleHidden(): void {
    const card = this.card;
    if (!this.hidden && card?.classList.contains('faded')) {
      card.classList.remove('faded');
      this.startFade(card);
      return;
    }
    this.hidden = !this.hidden;
    if (!this.hidden) this.render();
    this.applyVisibility();
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (!isOverlayKey(event) || !this.state?.card) return;
    event.preventDefault();
    event.stopPropagation();
    this.toggleHidden();
  };

  private clearFade(): void {
    if (this.fadeTimer !== null) clearTimeout(this.fadeTimer);
    this.fadeTimer = null;
  }

  private startDrag(event: PointerEvent, grip: HTMLElement): void {
    const host = this.host;
    if (!host) return;
    event.preventDefault();
    const box = host.getBoundingClientRect();
    const dx = event.clientX - box.left;
    const dy = event.clientY - box.top;
    grip.setPointerCapture(event.pointerId);
    this.clearFade(); // a card being moved should not vanish mid-drag
    const move = (e: PointerEvent): void => this.moveTo(e.clientX - dx, e.clientY - dy, box.width, box.height);
    const stop = (): void => {
      // Let go, it fades as a card does, or it would stay until the next card.
      if (this.card) this.startFade(this.card);
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', stop);
      grip.removeEventListener('pointercancel', stop);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', stop);
    grip.addEventListener('pointercancel', stop);
  }

  /** A card dragged near an edge of a larger window (or before a resize while it was off) comes back on screen. */
  private readonly keepOnScreen = (): void => {
    const host = this.host;
    if (!host || !this.position || host.style.getPropertyValue('display') === 'none') return;
    const box = host.getBoundingClientRect();
    this.moveTo(this.position.left, this.position.top, box.width, box.height);
  };

  /** Keeps the card on screen and out of the bottom band where the meeting's controls are. */
  private moveTo(left: number, top: number, width: number, height: number): void {
    const view = this.doc.defaultView;
    if (!this.host || !view) return;
    const maxLeft = Math.max(OVERLAY_MARGIN_PX, view.innerWidth - width - OVERLAY_MARGIN_PX);
    const maxTop = Math.max(OVERLAY_MARGIN_PX, view.innerHeight - CONTROLS_BAND_PX - height);
    this.position = { left: Math.min(Math.max(OVERLAY_MARGIN_PX, left), maxLeft), top: Math.min(Math.max(OVERLAY_MARGIN_PX, top), maxTop) };
    this.host.style.setProperty('left', `${this.position.left}px`, 'important');
    this.host.style.setProperty('top', `${this.position.top}px`, 'important');
    this.host.style.setProperty('right', 'auto', 'important');
  }
}
