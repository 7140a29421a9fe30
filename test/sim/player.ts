/**
 * The part of every simulated meeting page that is the same: applying low-level replay edits on a timeline.
 * Each site's page supplies `apply`, which turns one edit into that site's own caption DOM changes.
 */
import type { LowLevelEvent } from '../../src/replay/replay-schema';

export type Apply = (event: LowLevelEvent) => void;

/** Plays edits at `speed` times real time; resolves once the last edit is applied. */
export function play(apply: Apply, events: readonly LowLevelEvent[], speed = 1): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    let index = 0;
    const step = (): void => {
      const elapsed = (performance.now() - started) * speed;
      while (index < events.length && (events[index]?.t ?? 0) <= elapsed) {
        const event = events[index];
        index += 1;
        if (event) apply(event);
      }
      if (index >= events.length) resolve();
      else setTimeout(step, Math.max(0, ((events[index]?.t ?? 0) - elapsed) / speed));
    };
    step();
  });
}

/** One applied `show` edit with the time it reached the DOM: `performance.timeOrigin + performance.now()`. */
export interface Stamp {
  at: number;
  block: string;
  text: string;
}

/**
 * Makes the page drivable by the harness: `window.__candorSim.apply(edit)` and `.play(edits, speed)`. After
 * `.stamp(true)` every applied `show` edit is also recorded in `.stamps` (the latency benchmark matches each
 * card to the edit whose words it quotes); off by default so long replays keep nothing.
 */
export function expose(apply: Apply): void {
  const stamps: Stamp[] = [];
  let stamping = false;
  const applyStamped: Apply = (event) => {
    apply(event);
    if (stamping && event.op === 'show') stamps.push({ at: performance.timeOrigin + performance.now(), block: event.block, text: event.text });
  };
  Object.assign(window, {
    __candorSim: {
      apply: applyStamped,
      play: (events: LowLevelEvent[], speed?: number) => play(applyStamped, events, speed),
      stamp: (on: boolean) => {
        stamping = on;
      },
      stamps,
    },
  });
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
