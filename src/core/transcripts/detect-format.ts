/** Picks the parser for a transcript from its file name and first non-empty line. */
import { createCueParser } from './cue-transcript';
import { createJsonlParser } from './jsonl-transcript';
import { createLineParser } from './line-transcript';
import { TranscriptError, type TranscriptParser } from './transcript-types';

export type TranscriptFormat = 'vtt' | 'srt' | 'jsonl' | 'text';

/**
 * Why a file cannot be read, judged by its name alone: Word and PDF documents are zip or binary files, and
 * looking at their bytes first called Teams' .docx download "a binary file" without saying what to do instead.
 * So callers ask this before reading a byte, and detectFormat does not ask again.
 */
export function unsupportedFormat(fileName: string): string | null {
  return /\.(?:docx?|pdf)$/iu.test(fileName) ? 'unsupported format: save the transcript as .vtt or .txt (Teams: "Download as .vtt")' : null;
}

export function detectFormat(fileName: string, firstLine: string, firstLineNumber = 1): TranscriptFormat {
  const name = fileName.toLowerCase();
  const line = firstLine.replace(/^\uFEFF/u, '').trim();
  if (line.startsWith('WEBVTT')) return 'vtt';
  if (name.endsWith('.vtt')) throw new TranscriptError(firstLineNumber, 'not a WebVTT file: the first line must be WEBVTT');
  if (line.startsWith('{')) return 'jsonl';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) throw new TranscriptError(firstLineNumber, 'expected one JSON object per line');
  if (name.endsWith('.srt') || /^\d+$/u.test(line)) return 'srt';
  return 'text';
}

export function createParser(format: TranscriptFormat): TranscriptParser {
  switch (format) {
    case 'vtt':
      return createCueParser('vtt');
    case 'srt':
      return createCueParser('srt');
    case 'jsonl':
      return createJsonlParser();
    case 'text':
      return createLineParser();
  }
}
