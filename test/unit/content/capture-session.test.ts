// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptionPort } from '../../../src/content/caption-port';
import { CaptureSession } from '../../../src/content/capture-session';
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
    this.utterances.set(utterance.id, { ...utterance });
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
  document.body.innerHTML = fixture('zoom/names-from-participants.html');
  // A short reply too: short lines are the ones a person may well say twice.
  const samText = document.querySelectorAll('.live-transcription-subtitle__item')[1];
  if (samText) samText.textContent = 'Sounds good.';
  // The user joins with captions on: the call begins, then the first lines appear.
  const captions = overlay();
  captions.remove();
  port = new RecordingPort();
  session = new CaptureSession(zoom, document, port as unknown as CaptionPort, '81234567890');
  session.start();
  document.querySelector('.meeting-client-inner')?.append(captions);
});
afterEach(() => {
  session.stop();
  vi.useRealTimers();
});

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

describe('CaptureSession on Zoom, captions switched off and on again', () => {
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
