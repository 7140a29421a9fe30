/**
 * The meeting hosts Candor works on. The manifest's content-script matches must list exactly these (a unit
 * test checks manifest.json against this list), and the service worker accepts caption messages only from
 * tabs on them.
 */
import type { SiteId } from '../core/types';

export const MEETING_MATCH_PATTERNS = [
  'https://meet.google.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://teams.cloud.microsoft/*',
  'https://app.zoom.us/wc/*',
  'https://*.zoom.us/wc/*',
] as const;

const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);
const ZOOM_HOST = /^([a-z0-9-]+\.)*zoom\.us$/u;

/** Which meeting site a host belongs to, or null: the one place that knows the sites' hosts. */
export function siteOfHost(hostname: string): SiteId | null {
  if (hostname === 'meet.google.com') return 'google-meet';
  if (TEAMS_HOSTS.has(hostname)) return 'teams';
  if (ZOOM_HOST.test(hostname)) return 'zoom';
  return null;
}

export function isMeetingUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && siteOfHost(parsed.hostname) !== null;
  } catch {
    return false;
  }
}
