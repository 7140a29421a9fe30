// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zoom } from '../../../src/content/platforms/zoom';

function load(path: string): void {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/gu, '');
}

function roots() {
  const region = zoom.findCaptionRegion(document);
  if (!region) throw new Error('no caption region');
  return zoom.readBlocks(region.element).blocks.map(({ speaker, isSelf, text }) => ({ speaker, isSelf, text }));
}

describe('Zoom adapter', () => {
  it('reads both roots of the elsewise capture; with no names on the page the speakers are unknown', () => {
    load('third-party/elsewise/zoom/two-speakers.html');
    expect(zoom.captionsControlOn(document)).toBe(true);
    expect(roots()).toEqual([
      { speaker: null, isSelf: false, text: 'Bravo replies.' },
      { speaker: null, isSelf: false, text: 'Alpha begins.' },
    ]);
  });

  it('sees captions off', () => {
    load('third-party/elsewise/zoom/captions-off.html');
    expect(zoom.captionsControlOn(document)).toBe(false);
    expect(zoom.findCaptionRegion(document)).toBeNull();
  });

  it('recovers names from the participants panel by avatar, and the local user from "(me)"', () => {
    load('zoom/names-from-participants.html');
    expect(roots()).toEqual([
      { speaker: 'Dana Whitfield', isSelf: false, text: "we've been looking at another vendor" },
      { speaker: 'Sam Rivera', isSelf: true, text: 'what do you like about them' },
    ]);
  });

  it('recovers a name from the matching video tile and skips roots Zoom has hidden', () => {
    load('zoom/names-from-tiles.html');
    expect(roots()).toEqual([{ speaker: 'Dana Whitfield', isSelf: false, text: "it's out of our budget this year" }]);
  });

  it('says the speaker is unknown rather than guessing when nothing matches', () => {
    load('zoom/unknown-speaker.html');
    expect(roots().map((r) => r.speaker)).toEqual([null, null]);
  });

  it('runs on the web client paths only', () => {
    expect(zoom.isCallUrl(new URL('https://app.zoom.us/wc/81234567890/join'))).toBe(true);
    expect(zoom.isCallUrl(new URL('https://acme.zoom.us/wc/join/81234567890'))).toBe(true);
    expect(zoom.meetingCode(new URL('https://acme.zoom.us/wc/join/81234567890?pwd=secret'))).toBe('81234567890');
    expect(zoom.meetingId(new URL('https://app.zoom.us/wc/81234567890/start?fromPWA=1'))).toBe('81234567890');
    expect(zoom.meetingId(new URL('https://app.zoom.us/wc/leave'))).toBeNull();
    expect(zoom.isCallUrl(new URL('https://zoom.us/j/81234567890'))).toBe(false);
    expect(zoom.isCallUrl(new URL('https://app.zoom.us.evil.example/wc/1/join'))).toBe(false);
  });
});
