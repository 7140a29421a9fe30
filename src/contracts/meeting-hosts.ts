/**
 * The meeting hosts Candor works on. The manifest's content-script matches and host access must list exactly
 * these (a test checks the built manifest against this list), and the service worker accepts caption
 * messages only from tabs on them.
 */
export const MEETING_HOST_PATTERNS = ['https://meet.google.com/*'] as const;

const MEETING_HOSTS = [/^meet\.google\.com$/u];

export function isMeetingUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && MEETING_HOSTS.some((host) => host.test(parsed.hostname));
  } catch {
    return false;
  }
}
