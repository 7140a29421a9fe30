/**
 * Which live call the panel shows. The side panel belongs to a window, and a rep often glances at another tab
 * (the CRM, notes) mid-call, so: the call in the active tab if there is one, else the live call in the tab the
 * panel last showed as the active one, else the latest call in this window, else the latest call anywhere.
 */
import type { CallView } from '../../contracts/messages';

export function selectCall(calls: readonly CallView[], activeTabId: number | null, windowId: number | null, lastCallTabId: number | null = null): CallView | null {
  const byRecency = [...calls].sort((a, b) => Number(a.ended) - Number(b.ended) || b.updatedAt - a.updatedAt);
  return (
    byRecency.find((call) => call.tabId === activeTabId) ??
    // "Latest" alone would follow whichever of two live calls spoke last, the panel jumping at each line.
    byRecency.find((call) => call.tabId === lastCallTabId && !call.ended) ??
    byRecency.find((call) => windowId !== null && call.windowId === windowId) ??
    byRecency[0] ??
    null
  );
}
