/** The one-line call state at the top of the panel, in words a rep understands at a glance. */
import type { CallView } from '../../contracts/messages';
import type { SiteId } from '../../core/types';

export const SITE_NAMES: Record<SiteId, string> = { 'google-meet': 'Google Meet', zoom: 'Zoom', teams: 'Microsoft Teams' };

export type StatusTone = 'live' | 'warning' | 'idle';

export function statusLine(call: CallView | null): { text: string; tone: StatusTone } {
  if (!call || (!call.status.inCall && !call.ended)) return { text: 'Not in a call', tone: 'idle' };
  const site = SITE_NAMES[call.site];
  if (call.ended) return { text: `Call ended on ${site}`, tone: 'idle' };
  switch (call.status.captions) {
    case 'on':
      return { text: `Listening on ${site}`, tone: 'live' };
    case 'off':
      return { text: `Captions are off: ${call.status.howToEnable}`, tone: 'warning' };
    case 'unreadable':
      return {
        text: `Candor can't read captions on ${site} right now (${call.status.problem?.part ?? 'region'} not found)`,
        tone: 'warning',
      };
  }
}
