/**
 * The meeting hosts Candor works on. The manifest's content-script matches must list exactly these (a unit
 * test checks manifest.json against this list), and the service worker accepts caption messages only from
 * tabs on them.
 */
export const MEETING_MATCH_PATTERNS = [
  'https://meet.google.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://teams.cloud.microsoft/*',
  'https://app.zoom.us/wc/*',
  'https://*.zoom.us/wc/*',
] as const;

const MEETING_HOSTS = [
  /^meet\.google\.com$/u,
  /^teams\.microsoft\.com$/u,
  /^teams\.live\.com$/u,
  /^teams\.cloud\.microsoft$/u,
  /^([a-z0-9-]+\.)*zoom\.us$/u,
];

export function isMeetingUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && MEETING_HOSTS.some((host) => host.test(parsed.hostname));
  } catch {
    return false;
  }
}
