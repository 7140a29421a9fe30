/**
 * The open tabs where Candor's content script has run in this browser session. The panel needs to know which
 * tab is a meeting to ask for a reload after Candor was reloaded or updated (which cuts every content script
 * off without a word), and Chromium shows an extension a tab's URL only with the `tabs` permission or host
 * permissions, neither of which Candor asks for. So the worker remembers the tabs itself, in storage.local
 * because the list must outlive the worker that wrote it (storage.session is emptied when Candor reloads).
 *
 * A tab leaves the list when its script leaves on its own (the page navigated or reloaded: the worker hears
 * the port close) or the tab closes; a reload of Candor kills the worker before it hears anything, so those
 * tabs stay listed, which is the point. Tab ids restart with the browser, so the list is cleared then.
 */
import type { LocalArea } from '../storage/settings';

export const MEETING_TABS_KEY = 'meeting-tabs';
/** Far more meeting tabs than anyone keeps open; the oldest are forgotten first. */
const MAX_TABS = 100;

export class MeetingTabs {
  private ids: number[] = [];

  constructor(private readonly area: LocalArea) {}

  async load(): Promise<void> {
    const stored = (await this.area.get(MEETING_TABS_KEY))[MEETING_TABS_KEY];
    this.ids = Array.isArray(stored) ? stored.filter((id): id is number => Number.isSafeInteger(id)).slice(-MAX_TABS) : [];
  }

  list(): number[] {
    return [...this.ids];
  }

  add(tabId: number): void {
    if (this.ids.includes(tabId)) return;
    this.ids = [...this.ids, tabId].slice(-MAX_TABS);
    this.save();
  }

  remove(tabId: number): void {
    if (!this.ids.includes(tabId)) return;
    this.ids = this.ids.filter((id) => id !== tabId);
    this.save();
  }

  clear(): void {
    if (this.ids.length === 0) return;
    this.ids = [];
    this.save();
  }

  /** Losing a write costs at most one missed reload hint; the coach never waits for it. */
  private save(): void {
    void this.area.set({ [MEETING_TABS_KEY]: this.ids }).catch(() => undefined);
  }
}
