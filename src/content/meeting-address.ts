/**
 * Which meeting a tab is in, as far as its address tells, followed across the address changes that meeting
 * sites make without leaving the meeting: Meet adds and drops query parameters (authuser, hs), Zoom's web
 * client moves from /wc/join/<number> to /wc/<number>/join or /start, Teams rewrites its hash route and often
 * drops the meeting's id altogether. So an address that names no meeting says nothing about having left one,
 * and the meeting code alone cannot tell two calls apart (Teams falls back to its host name).
 *
 * Leaving a call is not read from the address: the page says it (the hang-up control goes) and the capture
 * session ends the call then, whatever the address does.
 */
import type { PlatformAdapter } from './platforms/platform';

export class MeetingAddress {
  /** The meeting the addresses followed so far have named, if any did. */
  private meeting: string | null;

  constructor(
    private readonly adapter: PlatformAdapter,
    url: URL,
  ) {
    this.meeting = adapter.meetingId(url);
  }

  /** Follows the tab to `url`. False when that leaves the site's call pages or names another meeting. */
  follow(url: URL): boolean {
    if (!this.adapter.isCallUrl(url)) return false;
    const meeting = this.adapter.meetingId(url);
    if (meeting === null) return true;
    if (this.meeting !== null && meeting !== this.meeting) return false;
    this.meeting = meeting;
    return true;
  }
}
