/**
 * The meeting code a call is filed under in the history is the meeting its address names, the same one the tab
 * follows to tell one call from the next (MeetingAddress); an address naming none gets the site's fallback.
 */
import { describe, expect, it } from 'vitest';
import { googleMeet } from '../../../src/content/platforms/google-meet';
import { teams } from '../../../src/content/platforms/teams';
import { zoom } from '../../../src/content/platforms/zoom';

describe('meeting codes', () => {
  const cases = [
    [googleMeet, 'https://meet.google.com/abc-defg-hij?authuser=1#chat', 'https://meet.google.com/landing', ''],
    [zoom, 'https://acme.zoom.us/wc/join/81234567890?pwd=secret', 'https://app.zoom.us/wc/leave', 'zoom'],
    [teams, 'https://teams.microsoft.com/v2/#/l/meetup-join/19%3ameeting_AbC123%40thread.v2/0', 'https://teams.microsoft.com/v2/', 'teams.microsoft.com'],
  ] as const;

  for (const [adapter, named, unnamed, fallback] of cases) {
    it(`${adapter.siteName}: the meeting the address names, else "${fallback}"`, () => {
      expect(adapter.meetingCode(new URL(named))).toBe(adapter.meetingId(new URL(named)));
      expect(adapter.meetingCode(new URL(named))).not.toBe(fallback);
      expect(adapter.meetingId(new URL(unnamed))).toBeNull();
      expect(adapter.meetingCode(new URL(unnamed))).toBe(fallback);
    });
  }
});
