// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OverlayState } from '../../../src/contracts/messages';
import { CardOverlay, FADE_MS, HOST_TAG } from '../../../src/content/overlay/card-overlay';
import { NUDGES } from '../../../src/core/nudges';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

// The overlay's root is closed to the page; the test reaches it the way only Candor can, by keeping the handle.
let shadowRoot: ShadowRoot | null = null;
const attach = Element.prototype.attachShadow;

const def = NUDGES['ask-about-alternative'];
const state = (id = 'a@u1', overrides: Partial<OverlayState['card'] & object> = {}): OverlayState => ({
  card: { id, nudgeId: 'ask-about-alternative', title: def.title, question: def.question, why: def.why, ...overrides },
  shadow: false,
});

const setViewportWidth = (width: number) =>
  (window as unknown as { happyDOM: { setViewport(view: { width: number }): void } }).happyDOM.setViewport({ width });
const DEFAULT_WIDTH = window.innerWidth;

let presenting = false;
let overlay: CardOverlay;

beforeEach(() => {
  vi.useFakeTimers();
  Element.prototype.attachShadow = function (init) {
    shadowRoot = attach.call(this, init);
    return shadowRoot;
  };
  document.body.innerHTML = '<div id="app"><button id="own">Leave call</button></div>';
  presenting = false;
  overlay = new CardOverlay(document, () => presenting);
});
afterEach(() => {
  overlay.destroy();
  setViewportWidth(DEFAULT_WIDTH);
  Element.prototype.attachShadow = attach;
  vi.useRealTimers();
});

const host = () => document.querySelector<HTMLElement>(HOST_TAG);
const visible = () => host()?.style.getPropertyValue('display') === 'block';
const faded = () => shadowRoot?.querySelector('.card')?.classList.contains('faded') === true;
const pressOverlayKey = () =>
  document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyH', bubbles: true }));

describe('the in-call overlay', () => {
  it("draws the current card in its own closed shadow root on <html>, leaving the page's own elements alone", () => {
    const before = document.body.innerHTML;
    overlay.update(state());
    expect(host()?.parentElement).toBe(document.documentElement);
    expect(document.body.innerHTML).toBe(before);
    expect(host()?.shadowRoot).toBeNull(); // closed: the page cannot read the coaching
    expect(shadowRoot?.textContent).toContain(def.title);
    expect(shadowRoot?.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(visible()).toBe(true);
  });

  it('shows card words as text, never markup', () => {
    overlay.update(state('x@u1', { title: '<img src=x onerror=alert(1)>' }));
    expect(shadowRoot?.querySelector('img')).toBeNull();
    expect(shadowRoot?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('fades after a few seconds', () => {
    overlay.update(state());
    vi.advanceTimersByTime(FADE_MS + 10);
    expect(shadowRoot?.querySelector('.card')?.classList.contains('faded')).toBe(true);
  });

  it('hides with its button and with Alt+Shift+H, and the next card brings it back', () => {
    overlay.update(state());
    (shadowRoot?.querySelector('button.hide') as HTMLElement).click();
    expect(visible()).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyH', bubbles: true }));
    expect(visible()).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyH', bubbles: true }));
    expect(visible()).toBe(false);
    overlay.update(state('b@u2'));
    expect(visible()).toBe(true);
  });

  it('stays while dragged, and fades again a full period after it is let go', () => {
    overlay.update(state());
    const grip = shadowRoot?.querySelector('.grip') as HTMLElement;
    grip.setPointerCapture = () => undefined;
    vi.advanceTimersByTime(FADE_MS - 100);
    grip.dispatchEvent(new PointerEvent('pointerdown', { pointerId: 1, clientX: 10, clientY: 10, bubbles: true }));
    vi.advanceTimersByTime(FADE_MS * 2);
    expect(faded()).toBe(false);
    grip.dispatchEvent(new PointerEvent('pointerup', { pointerId: 1, bubbles: true }));
    vi.advanceTimersByTime(FADE_MS - 10);
    expect(faded()).toBe(false);
    vi.advanceTimersByTime(20);
    expect(faded()).toBe(true);
  });

  it('brings a faded card back with one press of Alt+Shift+H, fading again later, and the next press hides it', () => {
    overlay.update(state());
    vi.advanceTimersByTime(FADE_MS + 10);
    expect(faded()).toBe(true);
    pressOverlayKey();
    expect(visible()).toBe(true);
    expect(faded()).toBe(false);
    // Brought back, it gets a full fade period again rather than vanishing at once.
    vi.advanceTimersByTime(FADE_MS - 10);
    expect(faded()).toBe(false);
    vi.advanceTimersByTime(20);
    expect(faded()).toBe(true);
    pressOverlayKey();
    expect(faded()).toBe(false);
    pressOverlayKey();
    expect(visible()).toBe(false);
  });

  it("wraps a long unbroken word in a team's own title instead of letting it run out of the card", () => {
    overlay.update(state('long@u1', { title: 'Pneumonoultramicroscopicsilicovolcanoconiosis-style-objection-handling' }));
    const title = shadowRoot?.querySelector<HTMLElement>('.title');
    if (!title) throw new Error('no title');
    expect(['anywhere', 'break-word']).toContain(getComputedStyle(title).overflowWrap);
  });

  it('is never wider than a narrow window', () => {
    setViewportWidth(280);
    overlay.update(state());
    const card = shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card) throw new Error('no card');
    // happy-dom does no layout; the card's width cap must be tied to the window it is in.
    expect(getComputedStyle(card).maxWidth).toMatch(/280px/);
  });

  it('ignores other keys, so the meeting keeps its own shortcuts', () => {
    overlay.update(state());
    const event = new KeyboardEvent('keydown', { shiftKey: true, code: 'KeyH', bubbles: true, cancelable: true });
    document.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(visible()).toBe(true);
  });

  it('hides while the site shows the user presenting, and comes back after', () => {
    overlay.update(state());
    presenting = true;
    vi.advanceTimersByTime(600);
    expect(visible()).toBe(false);
    presenting = false;
    vi.advanceTimersByTime(600);
    expect(visible()).toBe(true);
  });

  it('in shadow mode explains the moment instead of saying what to ask', () => {
    overlay.update({ ...state(), shadow: true });
    expect(shadowRoot?.textContent).toContain('The buyer mentioned another option');
    expect(shadowRoot?.textContent).not.toContain(def.question);
  });

  it('is removed from the page when switched off', () => {
    overlay.update(state());
    overlay.update(null);
    expect(host()).toBeNull();
  });
});
