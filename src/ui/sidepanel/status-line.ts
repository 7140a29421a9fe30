/** The one-line call state at the top of the panel, in words a rep understands at a glance. */
import type { CallView } from '../../contracts/messages';
import type { SiteId } from '../../core/types';
import { t, type MessageKey } from '../i18n';

const SITE_KEYS: Record<SiteId, MessageKey> = { 'google-meet': 'siteGoogleMeet', zoom: 'siteZoom', teams: 'siteTeams' };

export function siteName(site: SiteId): string {
  return t(SITE_KEYS[site]);
}

export type StatusTone = 'live' | 'warning' | 'idle' | 'paused';

const PART_KEYS = { region: 'partRegion', speaker: 'partSpeaker', text: 'partText' } as const;

export function statusLine(call: CallView | null): { text: string; tone: StatusTone } {
  if (!call || (!call.status.inCall && !call.ended)) return { text: t('statusNotInCall'), tone: 'idle' };
  const site = siteName(call.site);
  if (call.ended) return { text: t('statusEnded', site), tone: 'idle' };
  if (call.mode === 'off') return { text: t('statusOff'), tone: 'paused' };
  if (call.paused) return { text: t('statusPaused', site), tone: 'paused' };
  switch (call.status.captions) {
    case 'on':
      return { text: t('statusListening', site), tone: 'live' };
    case 'off':
      return { text: t('statusCaptionsOff', call.status.howToEnable), tone: 'warning' };
    case 'unreadable':
      return { text: t('statusUnreadable', site, t(PART_KEYS[call.status.problem?.part ?? 'region'])), tone: 'warning' };
  }
}
