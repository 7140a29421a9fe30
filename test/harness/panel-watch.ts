/**
 * Watches the real side panel page and records every card it shows, in order, with the time it was painted.
 * Installed into the panel page itself so no card is missed between two polls.
 */
import type { Page } from 'playwright-core';

export interface SeenCard {
  nudge: string;
  title: string;
  /** performance.timeOrigin + performance.now() in the panel when the card was painted. */
  at: number;
}

export async function watchCards(panel: Page): Promise<void> {
  await panel.waitForSelector('[data-testid="status-line"]');
  // tsx (esbuild's keepNames) wraps named functions in __name(); code sent into the page needs it defined.
  await panel.evaluate('globalThis.__name ??= (fn) => fn');
  await panel.evaluate(() => {
    const seen: SeenCard[] = [];
    let last = '';
    const check = (): void => {
      const card = document.querySelector<HTMLElement>('[data-testid="current-card"]');
      const key = card ? `${card.dataset.nudge ?? ''}|${card.querySelector('h1')?.textContent ?? ''}` : '';
      if (key === last) return;
      last = key;
      if (!card) return;
      seen.push({ nudge: card.dataset.nudge ?? '', title: card.querySelector('h1')?.textContent ?? '', at: performance.timeOrigin + performance.now() });
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    check();
    (window as unknown as { __candorSeen: SeenCard[] }).__candorSeen = seen;
  });
}

export function seenCards(panel: Page): Promise<SeenCard[]> {
  return panel.evaluate(() => [...(window as unknown as { __candorSeen: SeenCard[] }).__candorSeen]);
}

export function statusText(panel: Page): Promise<string> {
  return panel.locator('[data-testid="status-line"]').innerText();
}

/**
 * Records, from now on, every text the panel element with this test id shows (none while it is absent), so a
 * test can check that something never showed, not just that it is gone when looked at.
 */
export async function recordShown(panel: Page, testId: string): Promise<void> {
  await panel.evaluate('globalThis.__name ??= (fn) => fn');
  await panel.evaluate((id) => {
    const store = ((window as unknown as { __candorShown?: Record<string, string[]> }).__candorShown ??= {});
    const shown: string[] = (store[id] = []);
    const check = (): void => {
      const text = document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.innerText;
      if (text !== undefined && shown.at(-1) !== text) shown.push(text);
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  }, testId);
}

export function shownTexts(panel: Page, testId: string): Promise<string[]> {
  return panel.evaluate((id) => [...((window as unknown as { __candorShown?: Record<string, string[]> }).__candorShown?.[id] ?? [])], testId);
}
