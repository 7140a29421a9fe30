// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { googleMeet } from '../../../src/content/platforms/google-meet';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

function load(path: string): void {
  const html = readFileSync(resolve(FIXTURES, path), 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/gu, '');
}

function blocks() {
  const region = googleMeet.findCaptionRegion(document);
  if (!region) throw new Error('no caption region found');
  return googleMeet.readBlocks(region.element).blocks.map(({ speaker, isSelf, text }) => ({ speaker, isSelf, text }));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Google Meet adapter on third-party captures', () => {
  it('reads two speakers from the elsewise capture and ignores the "Jump to bottom" control', () => {
    load('third-party/elsewise/google-meet/two-speakers.html');
    expect(blocks()).toEqual([
      { speaker: 'Speaker A', isSelf: false, text: 'The first proposal is ready.' },
      { speaker: 'Speaker B', isSelf: false, text: 'I can review it today.' },
    ]);
  });

  it('reads four turns including the local user ("You") from the sanand0 capture', () => {
    load('third-party/sanand0-tools/meet-captions-anonymized.html');
    const found = googleMeet.findCaptionRegion(document);
    expect(found?.via).toContain('dsyhDe');
    expect(blocks()).toEqual([
      { speaker: 'Avery Chen', isSelf: false, text: 'Kickoff is at 10 AM.' },
      { speaker: 'Avery Chen', isSelf: false, text: 'Please review the draft *today*.' },
      { speaker: 'You', isSelf: true, text: "I'll post notes in [launch-doc]." },
      { speaker: 'Riley [Ops]', isSelf: false, text: 'Use `logs` and the checklist.' },
    ]);
  });

  it('finds the Russian-labelled region and reports an unknown speaker as null, not as text', () => {
    load('third-party/elsewise/google-meet/captions-ru-unknown.html');
    expect(blocks()).toEqual([{ speaker: null, isSelf: false, text: 'Текст без известного автора.' }]);
  });

  it('sees an empty region when captions are on but nobody spoke yet', () => {
    load('third-party/elsewise/google-meet/captions-on-empty.html');
    expect(googleMeet.findCaptionRegion(document)).not.toBeNull();
    expect(blocks()).toEqual([]);
  });

  it('finds no region when captions are off', () => {
    load('third-party/elsewise/google-meet/captions-off.html');
    expect(googleMeet.findCaptionRegion(document)).toBeNull();
  });
});

describe('Google Meet adapter on our own captures', () => {
  it('skips the controls bar (also a region) and reads the buyer and "You"', () => {
    load('meet/in-call-two-speakers-you.html');
    expect(googleMeet.isInCall(document)).toBe(true);
    expect(googleMeet.captionsControlOn(document)).toBe(true);
    expect(blocks()).toEqual([
      { speaker: 'Dana Whitfield', isSelf: false, text: "Honestly it's a lot more than we were planning to spend." },
      { speaker: 'You', isSelf: true, text: "That's fair. What were you planning" },
    ]);
  });

  it('works in a German UI with none of the known class names, by structure alone', () => {
    load('meet/in-call-german-ui.html');
    expect(googleMeet.isInCall(document)).toBe(true);
    expect(googleMeet.captionsControlOn(document)).toBe(true);
    expect(blocks()).toEqual([
      { speaker: 'Dana Whitfield', isSelf: false, text: 'Das ist leider zu teuer für uns.' },
      { speaker: 'Du', isSelf: true, text: 'Verstehe. Was wäre ein realistisches Budget?' },
    ]);
  });

  it('tells captions off from captions on by the CC control, whatever its label language', () => {
    load('meet/in-call-captions-off.html');
    expect(googleMeet.captionsControlOn(document)).toBe(false);
    expect(googleMeet.findCaptionRegion(document)).toBeNull();
  });

  it('finds no region when the markup moved, while the CC control still says on', () => {
    load('meet/in-call-region-missing.html');
    expect(googleMeet.captionsControlOn(document)).toBe(true);
    expect(googleMeet.findCaptionRegion(document)).toBeNull();
  });

  it('is not in a call in the lobby', () => {
    load('meet/lobby.html');
    expect(googleMeet.isInCall(document)).toBe(false);
  });

  it('accepts meeting-code URLs only', () => {
    expect(googleMeet.isCallUrl(new URL('https://meet.google.com/abc-defg-hij'))).toBe(true);
    expect(googleMeet.isCallUrl(new URL('https://meet.google.com/abc-defg-hij?authuser=1'))).toBe(true);
    expect(googleMeet.isCallUrl(new URL('https://meet.google.com/landing'))).toBe(false);
    expect(googleMeet.isCallUrl(new URL('https://meet.google.com.evil.example/abc-defg-hij'))).toBe(false);
    expect(googleMeet.meetingId(new URL('https://meet.google.com/abc-defg-hij?authuser=1#chat'))).toBe('abc-defg-hij');
    expect(googleMeet.meetingId(new URL('https://meet.google.com/landing'))).toBeNull();
  });
});

describe('Google Meet: presenting', () => {
  const page = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const isPresenting = (html: string) => googleMeet.isPresenting?.(page(html)) ?? false;

  it('reads the stop-presenting icon or a pressed present control, whatever the UI language', () => {
    expect(isPresenting('<button aria-label="Präsentation beenden"><i class="google-symbols">stop_screen_share</i></button>')).toBe(true);
    expect(isPresenting('<button aria-pressed="true" aria-label="x"><i class="google-symbols">present_to_all</i></button>')).toBe(true);
    expect(isPresenting('<button aria-pressed="false" aria-label="Present now"><i class="google-symbols">present_to_all</i></button>')).toBe(false);
  });

  it('falls back to the words on a control when no icon is found', () => {
    expect(isPresenting('<button aria-label="Stop presenting">Stop</button>')).toBe(true);
    expect(isPresenting('<button aria-label="Leave call">x</button>')).toBe(false);
  });
});
