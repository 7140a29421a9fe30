/**
 * The overlay's stylesheet, inside its shadow root: the meeting page's styles cannot reach it and it cannot
 * reach the page. Readable over any video (solid card, high contrast), light or dark with the system, and
 * without motion when the user asks for less.
 */
/** The gap the card keeps from the window's edges, in the stylesheet and when it is dragged. */
export const OVERLAY_MARGIN_PX = 12;

export const OVERLAY_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: 320px; padding: 10px 12px 12px; border-radius: 10px;
  /* A window narrower than the card (side by side with notes) still shows all of it, margins on both sides. */
  max-width: calc(100vw - ${2 * OVERLAY_MARGIN_PX}px);
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif;
  background: #1e2422; color: #e9eeec; border: 1px solid #33403b; border-left: 4px solid #7fd0bf;
  box-shadow: 0 6px 24px rgba(0,0,0,.35);
  transition: opacity 600ms ease;
}
.card.faded { opacity: 0; pointer-events: none; }
.bar { display: flex; align-items: center; gap: 6px; margin-bottom: 6px; font-size: 12px; color: #a3b0ab; }
.grip { flex: 1; cursor: grab; user-select: none; touch-action: none; padding: 2px 0; }
.grip:active { cursor: grabbing; }
.hide {
  all: unset; cursor: pointer; width: 24px; height: 24px; border-radius: 6px; text-align: center;
  font-size: 18px; line-height: 24px; color: inherit;
}
.hide:hover { background: rgba(255,255,255,.1); }
.hide:focus-visible { outline: 2px solid #7fd0bf; outline-offset: 1px; }
/* Teams write their own titles; one long unbroken word must wrap, not run out of the card. */
.title { font-size: 17px; font-weight: 600; line-height: 1.3; margin: 0 0 4px; overflow-wrap: anywhere; }
.question, .why { margin: 0; overflow-wrap: anywhere; }
.why { color: #a3b0ab; font-size: 13px; margin-top: 4px; }
@media (prefers-color-scheme: light) {
  .card { background: #ffffff; color: #1d2321; border-color: #d9dfdc; border-left-color: #266e62; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
  .bar, .why { color: #5d6863; }
  .hide:hover { background: rgba(0,0,0,.06); }
  .hide:focus-visible { outline-color: #266e62; }
}
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
`;
