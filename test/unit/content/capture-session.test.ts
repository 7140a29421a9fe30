// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptionPort } from '../../../src/content/caption-port';
import { CaptureSession } from '../../../src/content/capture-session';
import { googleMeet } from '../../../src/content/platforms/google-meet';
import { teams } from '../../../src/content/platforms/teams';
import { zoom } from '../../../src/content/platforms/zoom';
import type { Utterance } from '../../../src/core/types';

const fixture = (path: string): string => readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8');

/** What the worker would store: the last version of every utterance, and the calls started. */
class RecordingPort {
  readonly utterances = new Map<string, Utterance>();
  calls = 0;
  announce(): void {}
  startCall(): void {
    this.calls += 1;
  }
  sendUtterance(utterance: Utterance): void {
    // Utterance ids are unique within a call only.
    this.utterances.set(`${this.calls}/${utterance.id}`, { ...utterance });
  }
  sendStatus(): void {}
  endCall(): void {}
  close(): void {}
  /** The transcript lines the rep would see, in order. */
  transcript(): string[] {
    return [...this.utterances.values()].filter((u) => u.final).map((u) => `${u.speaker ?? '?'}: ${u.text}`);
  }
}

let port: RecordingPort;
let session: CaptureSession;

beforeEach(() => {
  vi.useFakeTimers();
  port = new RecordingPort();
});
afterEach(() => {
  session.stop();
  vi.useRealTimers();
});

/** Candor starts on a Zoom call page: Dana's line and Sam's short reply are on screen from `shownFrom`. */
function openZoomCall(shownFrom: 'after the call began' | 'the start'): void {
  document.body.innerHTML = fixture('zoom/names-from-participants.html');
  // A short reply too: short lines are the ones a person may well say twice.
  const samText = document.querySelectorAll('.live-transcription-subtitle__item')[1];
  if (samText) samText.textContent = 'Sounds good.';
  const captions = overlay();
  if (shownFrom === 'after the call began') captions.remove();
  session = new CaptureSession(zoom, document, port as unknown as CaptionPort, '81234567890');
  session.start();
  if (shownFrom === 'after the call began') document.querySelector('.meeting-client-inner')?.append(captions);
}

const overlay = (): Element => {
  const element = document.querySelector('.live-transcription-subtitle__overlay-container');
  if (!element) throw new Error('no caption overlay');
  return element;
};

/** Captions off: Zoom takes the overlay away. Back on: a new overlay that re-shows the last lines (reference §3.3). */
function switchCaptionsOffFor(ms: number): void {
  const shown = overlay();
  const replay = shown.cloneNode(true) as Element;
  shown.remove();
  vi.advanceTimersByTime(ms);
  document.querySelector('.meeting-client-inner')?.append(replay);
  vi.advanceTimersByTime(1_000);
}

function danaSays(text: string): void {
  const item = overlay().querySelector('.live-transcription-subtitle__item');
  if (!item) throw new Error('no caption text');
  item.textContent = text;
}

/** Dana stops (Zoom hides her caption root but keeps it) and later speaks again in the same root. */
function danaSpeaksAgain(text: string): void {
  const root = overlay().querySelector<HTMLElement>('[id="live-transcription-subtitle"]');
  if (!root) throw new Error('no caption root');
  root.style.display = 'none';
  vi.advanceTimersByTime(3_000);
  danaSays(text);
  root.style.display = 'flex';
}

describe('CaptureSession on Zoom, captions switched off and on again', () => {
  beforeEach(() => openZoomCall('after the call began'));

  for (const [label, offMs] of [
    ['for ten seconds', 10_000],
    ['for more than two minutes', 3 * 60_000],
  ] as const) {
    it(`does not repeat the lines Zoom re-shows after captions were off ${label}, and still captures new speech`, () => {
      vi.advanceTimersByTime(5_000);
      expect(port.transcript()).toEqual(["Dana Whitfield: we've been looking at another vendor", 'Sam Rivera: Sounds good.']);

      switchCaptionsOffFor(offMs);
      danaSays('it is cheaper and simpler to set up');
      vi.advanceTimersByTime(5_000);

      expect(port.calls).toBe(1);
      expect(port.transcript()).toEqual([
        "Dana Whitfield: we've been looking at another vendor",
        'Sam Rivera: Sounds good.',
        'Dana Whitfield: it is cheaper and simpler to set up',
      ]);
    });
  }
});

describe('CaptureSession on Zoom, a speaker speaking again in the same caption root', () => {
  beforeEach(() => openZoomCall('after the call began'));

  it('captures every word of her next line, word by word as Zoom shows it, though it starts like her last one', () => {
    vi.advanceTimersByTime(5_000);
    const words = "we've got fifty thousand set aside for this".split(' ');
    danaSpeaksAgain(words[0] ?? '');
    // A word every half second, so every reading is seen (the poll reads at least that often).
    for (let count = 2; count <= words.length; count += 1) {
      vi.advanceTimersByTime(500);
      danaSays(words.slice(0, count).join(' '));
    }
    vi.advanceTimersByTime(5_000);

    expect(port.transcript().filter((line) => line.startsWith('Dana'))).toEqual([
      "Dana Whitfield: we've been looking at another vendor",
      `Dana Whitfield: ${words.join(' ')}`,
    ]);
  });
});

describe('CaptureSession on Zoom, paused and resumed', () => {
  beforeEach(() => openZoomCall('after the call began'));
  const BEFORE_PAUSE = ["Dana Whitfield: we've been looking at another vendor", 'Sam Rivera: Sounds good.'];

  it('never captures what was said while paused, even when Zoom re-shows it after captions are switched off and on', () => {
    vi.advanceTimersByTime(5_000);
    session.setListening(false);
    danaSays('between us the budget was cut in half');
    vi.advanceTimersByTime(3_000);
    session.setListening(true);
    vi.advanceTimersByTime(3_000);

    switchCaptionsOffFor(10_000);
    danaSpeaksAgain('so what would a smaller pilot cost');
    vi.advanceTimersByTime(5_000);

    expect(port.transcript()).toEqual([...BEFORE_PAUSE, 'Dana Whitfield: so what would a smaller pilot cost']);
  });

  it('never captures what was said while paused when captions were off at resume and Zoom re-shows it later', () => {
    vi.advanceTimersByTime(5_000);
    session.setListening(false);
    danaSays('between us the budget was cut in half');
    vi.advanceTimersByTime(1_000);
    const shown = overlay();
    const replay = shown.cloneNode(true) as Element;
    shown.remove();
    vi.advanceTimersByTime(2_000);
    session.setListening(true);
    vi.advanceTimersByTime(10_000);
    document.querySelector('.meeting-client-inner')?.append(replay);
    vi.advanceTimersByTime(1_000);
    danaSpeaksAgain('so what would a smaller pilot cost');
    vi.advanceTimersByTime(5_000);

    expect(port.transcript()).toEqual([...BEFORE_PAUSE, 'Dana Whitfield: so what would a smaller pilot cost']);
  });
});

/** A new caption block on Meet: one speaker's turn, added at the bottom of the caption region. */
function meetShows(speaker: string, text: string): void {
  const block = document.createElement('div');
  block.className = 'nMcdL bj4p3b';
  const head = block.appendChild(document.createElement('div'));
  head.className = 'adE6rb';
  const name = head.appendChild(document.createElement('div'));
  name.className = 'KcIKyf jxFHg';
  const nameText = name.appendChild(document.createElement('span'));
  nameText.className = 'NWpY1d';
  nameText.textContent = speaker;
  const caption = block.appendChild(document.createElement('div'));
  caption.className = 'ygicle VbkSUe';
  caption.textContent = text;
  const region = document.querySelector('[aria-label="Captions"]');
  region?.insertBefore(block, region.lastElementChild);
}

describe('CaptureSession on Zoom, joining a call with captions already on screen', () => {
  beforeEach(() => openZoomCall('the start'));

  it('captures the lines on screen when the call is detected', () => {
    vi.advanceTimersByTime(5_000);
    expect(port.calls).toBe(1);
    expect(port.transcript()).toEqual(["Dana Whitfield: we've been looking at another vendor", 'Sam Rivera: Sounds good.']);
  });

  it('does not capture them when they were said while paused, before the rep left the call and rejoined', () => {
    vi.advanceTimersByTime(5_000);
    session.setListening(false);
    danaSays('between us the budget was cut in half');
    vi.advanceTimersByTime(1_000);
    const client = document.querySelector('.meeting-client-inner');
    const rejoined = client?.cloneNode(true) as Element;
    client?.remove();
    vi.advanceTimersByTime(2_000);
    document.body.append(rejoined);
    vi.advanceTimersByTime(1_000);
    // The worker: the new call is not paused.
    session.setListening(true);
    danaSpeaksAgain('so what would a smaller pilot cost');
    vi.advanceTimersByTime(5_000);

    expect(port.calls).toBe(2);
    expect(port.transcript()).toEqual([
      "Dana Whitfield: we've been looking at another vendor",
      'Sam Rivera: Sounds good.',
      'Dana Whitfield: so what would a smaller pilot cost',
    ]);
  });
});

describe('CaptureSession on Zoom, Candor off across two calls', () => {
  beforeEach(() => openZoomCall('after the call began'));

  it('reads nothing in the next call once told again that Candor is off', () => {
    vi.advanceTimersByTime(5_000);
    session.setListening(false);
    const client = document.querySelector('.meeting-client-inner');
    const rejoined = client?.cloneNode(true) as Element;
    client?.remove();
    vi.advanceTimersByTime(2_000);
    document.body.append(rejoined);
    vi.advanceTimersByTime(1_000);
    // The worker, for the new call: Candor is still off.
    session.setListening(false);
    danaSpeaksAgain('between us the budget was cut in half');
    vi.advanceTimersByTime(5_000);

    expect(port.calls).toBe(2);
    expect(port.transcript().join('\n')).not.toContain('budget');
  });
});

describe('CaptureSession on Google Meet, joining a call with captions already on screen', () => {
  it('captures the lines on screen when the call is detected', () => {
    document.body.innerHTML = fixture('meet/in-call-two-speakers-you.html');
    session = new CaptureSession(googleMeet, document, port as unknown as CaptionPort, 'abc-defg-hij');
    session.start();
    vi.advanceTimersByTime(5_000);
    expect(port.transcript()).toEqual([
      "Dana Whitfield: Honestly it's a lot more than we were planning to spend.",
      "You: That's fair. What were you planning",
    ]);
  });
});

describe('CaptureSession on Google Meet, paused and resumed', () => {
  beforeEach(() => {
    document.body.innerHTML = fixture('meet/in-call-two-speakers-you.html');
    session = new CaptureSession(googleMeet, document, port as unknown as CaptionPort, 'abc-defg-hij');
    session.start();
  });

  it('never captures what was said while paused when a layout change redraws the captions in new elements', () => {
    vi.advanceTimersByTime(5_000);
    session.setListening(false);
    meetShows('Dana Whitfield', 'Between us, the budget was cut in half.');
    vi.advanceTimersByTime(2_000);
    session.setListening(true);
    vi.advanceTimersByTime(3_000);

    const region = document.querySelector('[aria-label="Captions"]');
    region?.replaceWith(region.cloneNode(true));
    vi.advanceTimersByTime(1_000);
    meetShows('Dana Whitfield', 'So what would a smaller pilot cost?');
    vi.advanceTimersByTime(5_000);

    expect(port.transcript().join('\n')).not.toContain('budget');
    expect(port.transcript().at(-1)).toBe('Dana Whitfield: So what would a smaller pilot cost?');
  });
});

describe('CaptureSession on Google Meet, captions switched off and on again', () => {
  it('captures the whole first turn said as captions come back on, though it starts like an earlier line', () => {
    document.body.innerHTML = fixture('meet/in-call-two-speakers-you.html');
    session = new CaptureSession(googleMeet, document, port as unknown as CaptionPort, 'abc-defg-hij');
    session.start();
    meetShows('Dana Whitfield', 'Okay.');
    vi.advanceTimersByTime(5_000);

    // Captions off for a few minutes; on again, Meet shows an empty region (it re-shows no old lines) and Dana
    // happens to speak at once.
    const region = document.querySelector('[aria-label="Captions"]');
    const empty = region?.cloneNode(false) as Element;
    region?.remove();
    vi.advanceTimersByTime(3 * 60_000);
    document.querySelector('[jsname="dsyhDe"]')?.append(empty);
    vi.advanceTimersByTime(500);
    meetShows('Dana Whitfield', 'Okay so what would the pilot cost');
    vi.advanceTimersByTime(5_000);

    expect(port.transcript().slice(-2)).toEqual(['Dana Whitfield: Okay.', 'Dana Whitfield: Okay so what would the pilot cost']);
  });
});

/** Candor starts on a Teams call page (guest view) with these caption rows on screen. */
function openTeamsCall(rows: Array<[string, string]>): void {
  document.body.innerHTML = fixture('teams/guest-view-decorated-names.html');
  teamsRowsShow(rows);
  session = new CaptureSession(teams, document, port as unknown as CaptionPort, 'teams.microsoft.com');
  session.start();
}

const teamsRows = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.fui-ChatMessageCompact')];

/**
 * Teams' virtual list shows `rows` ([author, text], top to bottom) in the row elements it already has, as it
 * does after a scroll or resize: each element is reused for whatever caption now falls in its place. Rows it
 * needs more of are added at the bottom, rows it needs fewer of leave from the bottom.
 */
function teamsRowsShow(rows: Array<[string, string]>): void {
  const elements = teamsRows();
  const list = elements[0]?.parentElement;
  if (!list || !elements[0]) throw new Error('no caption rows');
  while (elements.length < rows.length) elements.push(list.appendChild(elements[0].cloneNode(true) as HTMLElement));
  elements.forEach((element, i) => {
    const row = rows[i];
    if (!row) return element.remove();
    const [author, text] = row;
    const authorElement = element.querySelector('[data-tid="author"]');
    const textElement = element.querySelector('[data-tid="closed-caption-text"]');
    if (authorElement) authorElement.textContent = author;
    if (textElement) textElement.textContent = text;
  });
}

describe('CaptureSession on Teams, rows of the virtual list reused for other captions', () => {
  const ON_SCREEN: Array<[string, string]> = [
    ['Dana Whitfield (Guest)', 'We mostly do it in spreadsheets today.'],
    ['Sam Rivera', 'Got it. What does that cost you each month?'],
    ['Marcus Lee (External)', 'Honestly a couple of days.'],
    ['Sam Rivera', 'Okay.'],
  ];
  const line = ([author, text]: [string, string]): string => `${author.replace(/ \((Guest|External)\)$/u, '')}: ${text}`;
  const NEXT: Array<[string, string]> = [
    ['Dana Whitfield (Guest)', 'And the approvals take another week.'],
    ['Sam Rivera', 'Okay, and who signs off on that?'],
  ];

  for (const [label, shift] of [
    ['the next caption', 1],
    ['the caption two rows down', 2],
  ] as const) {
    it(`captures every line once, in order, when each row goes on to show ${label}`, () => {
      openTeamsCall(ON_SCREEN);
      vi.advanceTimersByTime(5_000);
      expect(port.transcript()).toEqual(ON_SCREEN.map(line));

      teamsRowsShow([...ON_SCREEN, ...NEXT].slice(shift, shift + ON_SCREEN.length));
      vi.advanceTimersByTime(5_000);

      expect(port.transcript()).toEqual([...ON_SCREEN, ...NEXT.slice(0, shift)].map(line));
    });
  }
});

describe('CaptureSession on Teams, a speaker Teams names late', () => {
  it('gives the line still being said the real name once Teams resolves "Unknown"', () => {
    openTeamsCall([['Sam Rivera', 'Got it. What does that cost you each month?']]);
    vi.advanceTimersByTime(5_000);
    teamsRowsShow([
      ['Sam Rivera', 'Got it. What does that cost you each month?'],
      ['Unknown', 'Sorry, joining'],
    ]);
    vi.advanceTimersByTime(500);
    teamsRowsShow([
      ['Sam Rivera', 'Got it. What does that cost you each month?'],
      ['Priya Shah', 'Sorry, joining late, the link'],
    ]);
    vi.advanceTimersByTime(500);
    teamsRowsShow([
      ['Sam Rivera', 'Got it. What does that cost you each month?'],
      ['Priya Shah', 'Sorry, joining late, the link did not work.'],
    ]);
    vi.advanceTimersByTime(5_000);

    expect(port.transcript()).toEqual(['Sam Rivera: Got it. What does that cost you each month?', 'Priya Shah: Sorry, joining late, the link did not work.']);
  });
});
