// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teams } from '../../../src/content/platforms/teams';

function load(path: string): void {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/gu, '');
}

function rows() {
  const region = teams.findCaptionRegion(document);
  if (!region) throw new Error('no caption region');
  return teams.readBlocks(region.element).blocks.map(({ speaker, text }) => [speaker, text]);
}

describe('Teams adapter', () => {
  it('reads the host view of the elsewise capture', () => {
    load('third-party/elsewise/microsoft-teams/two-speakers.html');
    expect(teams.isInCall(document)).toBe(true);
    expect(rows()).toEqual([
      ['Speaker A', 'First speaker text.'],
      ['Speaker B', 'Second speaker text.'],
    ]);
  });

  it('keeps same-speaker rows after pauses as separate rows, in order', () => {
    load('third-party/elsewise/microsoft-teams/paused-utterances.html');
    expect(rows().map(([, text]) => text)).toEqual(['First segment.', 'Second segment after a pause.', 'Recognition may be corrected.', 'Done.']);
  });

  it('reads the speaker layout, where rows sit directly in the list', () => {
    load('third-party/elsewise/microsoft-teams/speaker-layout.html');
    expect(rows()).toEqual([['Speaker C', 'Speaker layout uses the same fields.']]);
  });

  it('finds captions without the wrapper (sanand0 capture, role=log rows)', () => {
    load('third-party/sanand0-tools/teams-captions.html');
    const region = teams.findCaptionRegion(document);
    expect(region?.via).toBe('common container of closed-caption-text');
    expect(rows()).toEqual([
      ['Avery Chen', 'Kickoff is at 10 AM.'],
      ['Avery Chen', 'Please review the draft *today*.'],
      ['Riley [Ops]', 'Use `logs` and the checklist.'],
    ]);
  });

  it('sees no captions when they are off', () => {
    load('third-party/elsewise/microsoft-teams/captions-off.html');
    expect(teams.isInCall(document)).toBe(true);
    expect(teams.findCaptionRegion(document)).toBeNull();
  });

  it('strips "(Guest)"/"(External)" and reads the temporary "Unknown" as no name yet', () => {
    load('teams/guest-view-decorated-names.html');
    expect(rows()).toEqual([
      ['Dana Whitfield', 'We mostly do it in spreadsheets today.'],
      ['Sam Rivera', 'Got it. What does that cost you each month?'],
      ['Marcus Lee', 'Honestly a couple of days.'],
      [null, 'Sorry, joining late'],
    ]);
  });

  it('works in a German UI: nothing depends on English labels', () => {
    load('teams/german-ui.html');
    expect(teams.isInCall(document)).toBe(true);
    expect(rows()).toEqual([['Dana Whitfield', 'Das ist uns zu teuer.']]);
  });

  it('runs on every Teams host and nowhere else', () => {
    for (const host of ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']) {
      expect(teams.isCallUrl(new URL(`https://${host}/v2/`))).toBe(true);
    }
    expect(teams.isCallUrl(new URL('https://teams.microsoft.com.example.org/'))).toBe(false);
  });

  it('names the meeting only when its thread id is in the address, and never throws on a malformed one', () => {
    const join = 'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19%3ameeting_AbC123%40thread.v2/0';
    expect(teams.meetingId(new URL(join))).toBe('19:meeting_AbC123');
    expect(teams.meetingId(new URL('https://teams.microsoft.com/v2/'))).toBeNull();
    expect(teams.meetingCode(new URL('https://teams.microsoft.com/v2/'))).toBe('teams.microsoft.com');
    expect(teams.meetingId(new URL('https://teams.microsoft.com/v2/#/19:meeting_Xy9@thread.v2/%E0%A4%A'))).toBe('19:meeting_Xy9');
  });
});
