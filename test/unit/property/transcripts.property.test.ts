/**
 * Any bytes a user might pick as a "transcript" either parse into well-formed utterances or fail with a
 * TranscriptError naming a line: never another exception, never a malformed utterance.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParser, detectFormat } from '../../../src/core/transcripts/detect-format';
import { TranscriptError, type TranscriptUtterance } from '../../../src/core/transcripts/transcript-types';

function parseAll(fileName: string, text: string): TranscriptUtterance[] {
  const lines = text.split(/\r?\n/u);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return [];
  const parser = createParser(detectFormat(fileName, lines[first] ?? '', first + 1));
  const out: TranscriptUtterance[] = [];
  lines.forEach((line, i) => out.push(...parser.push(line, i + 1)));
  out.push(...parser.end());
  return out;
}

function wellFormed(u: TranscriptUtterance, lineCount: number): boolean {
  const time = (t: number | null) => t === null || (Number.isFinite(t) && t >= 0);
  return (
    typeof u.text === 'string' &&
    (u.speaker === null || typeof u.speaker === 'string') &&
    time(u.start) &&
    time(u.end) &&
    Number.isInteger(u.line) &&
    u.line >= 1 &&
    u.line <= lineCount
  );
}

const NAMES = ['call.vtt', 'call.srt', 'call.txt', 'call.jsonl', 'call.json', 'transcript', 'notes.docx'];

/** Text that looks partly like a transcript, so the parsers' deeper paths get exercised, not just the first check. */
const transcriptish = fc
  .array(
    fc.oneof(
      fc.constantFrom('WEBVTT', '', '1', '00:00:01.000 --> 00:00:04.000', '00:00:01,000 --> 00:00:04,000', '<v Dana>Hello</v>', 'Dana: hi', '{"id":"1","role":"rep","text":"hi"}', '{"role":"buyer"}', '{', 'NOTE x', '\uFEFFWEBVTT'),
      fc.string(),
      fc.stringMatching(/^[A-Za-z ]{1,12}: [a-z ,.?]{0,40}$/u),
      fc.stringMatching(/^\d\d:\d\d:\d\d[.,]\d{3} --> \d\d:\d\d:\d\d[.,]\d{3}$/u),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

describe('transcript parsers on arbitrary input', () => {
  it('yield well-formed utterances or a TranscriptError, for any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.oneof(transcriptish, fc.string({ maxLength: 2_000 }), fc.uint8Array({ maxLength: 2_000 }).map((b) => new TextDecoder().decode(b))), (name, text) => {
        try {
          const lineCount = text.split(/\r?\n/u).length;
          for (const u of parseAll(name, text)) expect(wellFormed(u, lineCount)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(TranscriptError);
          expect((error as TranscriptError).line).toBeGreaterThanOrEqual(1);
          expect((error as TranscriptError).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
