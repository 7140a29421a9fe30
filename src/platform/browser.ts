/**
 * The one seam between Candor and the browser's extension APIs. Everything else imports `browser` from here,
 * never from webextension-polyfill or the `chrome` global directly (lint enforces it), so tests can swap it
 * and Firefox/Chrome differences stay in one place.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

/**
 * Chrome's side panel API, which the polyfill does not cover (mozilla/webextension-polyfill#583).
 * Undefined on Firefox, which shows the same page through `sidebar_action` instead.
 */
export function chromeSidePanel(): typeof chrome.sidePanel | undefined {
  return typeof chrome !== 'undefined' ? chrome.sidePanel : undefined;
}
