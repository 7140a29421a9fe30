// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaptionReader } from '../../../src/content/caption-reader';
import { googleMeet } from '../../../src/content/platforms/google-meet';
import type { CaptureStatus } from '../../../src/contracts/capture-status';
import { Segmenter } from '../../../src/core/segmenter';
import type { Utterance } from '../../../src/core/types';

const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, '../../fixtures/meet', name), 'utf8');

/** The reader wired to a real segmenter, as the content script wires them, with a hand-driven clock. */
function capture() {
  let now = 1_000;
  const segmenter = new Segmenter();
  const utterances = new Map<string, Utterance>();
  const statuses: CaptureStatus[] = [];
  const keep = (list: Utterance[]): void => list.forEach((u) => utterances.set(u.id, u));
  const reader = new CaptionReader(
    googleMeet,
    document,
    {
      revision: (revision) => keep(segmenter.revise(revision)),
      blockRemoved: (block, at) => segmenter.removeBlock(block, at),
      regionShown: (at) => segmenter.regionShown(at),
      status: (status) => statuses.push(status),
    },
    () => now,
  );
  return {
    reader,
    statuses,
    advance(ms: number) {
      now += ms;
      keep(segmenter.tick(now));
    },
    finish(): Utterance[] {
      keep(segmenter.flush());
      return [...utterances.values()];
    },
  };
}

function captionText(index: number): Text {
  const node = document.querySelectorAll('.ygicle')[index]?.firstChild;
  if (!(node instanceof Text)) throw new Error(`no caption text node at ${index}`);
  return node;
}

let running: CaptionReader | null = null;
beforeEach(() => {
  document.body.innerHTML = fixture('in-call-two-speakers-you.html');
});
afterEach(() => running?.stop());

describe('CaptionReader on Google Meet', () => {
  it('reports both speakers and captions on when it starts in a call', () => {
    const c = capture();
    c.reader.scan();
    expect(c.statuses.at(-1)).toMatchObject({ inCall: true, captions: 'on', problem: null });
    expect(c.finish().map((u) => [u.speaker, u.isSelf, u.text])).toEqual([
      ['Dana Whitfield', false, "Honestly it's a lot more than we were planning to spend."],
      ['You', true, "That's fair. What were you planning"],
    ]);
  });

  it('follows text growing in place through MutationObserver', async () => {
    const c = capture();
    running = c.reader;
    c.reader.start();
    captionText(1).data = "That's fair. What were you planning to spend?";
    // Reads are coalesced to at most one per 16 ms.
    await new Promise((done) => setTimeout(done, 50));
    expect(c.finish().at(-1)?.text).toBe("That's fair. What were you planning to spend?");
  });

  it('captures nothing twice when the region is removed and re-created with the same captions', () => {
    const c = capture();
    c.reader.scan();
    const region = document.querySelector('[aria-label="Captions"]');
    const copy = region?.cloneNode(true) as Element;
    region?.remove();
    c.reader.scan();
    c.advance(100);
    document.querySelector('[jsname="dsyhDe"]')?.append(copy);
    c.reader.scan();
    captionText(1).data = "That's fair. What were you planning to spend?";
    c.reader.scan();
    c.advance(5_000);
    expect(c.finish().map((u) => u.text)).toEqual([
      "Honestly it's a lot more than we were planning to spend.",
      "That's fair. What were you planning to spend?",
    ]);
  });

  it('says captions are off when the user switches them off, and resumes when they come back', () => {
    const c = capture();
    c.reader.scan();
    const region = document.querySelector('[aria-label="Captions"]');
    region?.remove();
    const button = document.querySelector('button[aria-pressed]');
    button?.setAttribute('aria-pressed', 'false');
    c.reader.scan();
    expect(c.statuses.at(-1)).toMatchObject({ captions: 'off', howToEnable: 'press C or click CC in the call controls' });
    button?.setAttribute('aria-pressed', 'true');
    if (region) document.querySelector('[jsname="dsyhDe"]')?.append(region);
    c.reader.scan();
    expect(c.statuses.at(-1)).toMatchObject({ captions: 'on' });
  });

  it('says which part failed when captions are on but the region cannot be found', () => {
    document.body.innerHTML = fixture('in-call-region-missing.html');
    const c = capture();
    c.reader.scan();
    expect(c.statuses.at(-1)).toMatchObject({ inCall: true, captions: 'unreadable', problem: { part: 'region' } });
  });

  it('reports not in a call in the lobby and reads nothing there', () => {
    document.body.innerHTML = fixture('lobby.html');
    const c = capture();
    c.reader.scan();
    expect(c.statuses.at(-1)).toMatchObject({ inCall: false });
    expect(c.finish()).toEqual([]);
  });
});

describe('CaptionReader under a flood of mutations', () => {
  it('coalesces a thousand edits in one task into a single read that sees the latest text', async () => {
    const c = capture();
    running = c.reader;
    c.reader.start();
    const revisions: string[] = [];
    const node = captionText(1);
    const original = c.reader.scan.bind(c.reader);
    let scans = 0;
    c.reader.scan = () => {
      scans += 1;
      original();
    };
    for (let i = 0; i < 1_000; i += 1) node.data = `That's fair. What were you planning ${i}`;
    await new Promise((done) => setTimeout(done, 60));
    revisions.push(...c.finish().map((u) => u.text));
    expect(scans).toBe(1);
    expect(revisions.at(-1)).toBe("That's fair. What were you planning 999");
  });
});

describe('CaptionReader when the region is swapped between two polls', () => {
  it('recognises the redrawn captions in the same read that sees the old ones gone', () => {
    document.body.innerHTML = fixture('in-call-two-speakers-you.html');
    const c = capture();
    c.reader.scan();
    const region = document.querySelector('[aria-label="Captions"]');
    region?.replaceWith(region.cloneNode(true));
    c.reader.scan();
    c.advance(5_000);
    expect(c.finish().map((u) => u.text)).toEqual([
      "Honestly it's a lot more than we were planning to spend.",
      "That's fair. What were you planning",
    ]);
  });
});
