/**
 * WebVTT (Zoom, Teams) and SubRip transcripts, line by line. A cue's speaker is a `<v Name>` voice span
 * (Teams) or a `Name: text` prefix (Zoom, most SRT); a cue without one continues the previous speaker.
 * Consecutive cues of one speaker become one utterance, so a long turn that Teams split across cues is read
 * as the turn it was.
 */
import { cleanSpeaker, splitSpeaker, TranscriptError, type TranscriptParser, type TranscriptUtterance } from './transcript-types';

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/u;
const VOICE = /^<v(?:\.[^\s>]+)?\s+([^>]+)>/u;
const TAGS = /<\/?[a-z][^>]*>/giu;

export function parseTimestamp(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function createCueParser(kind: 'vtt' | 'srt'): TranscriptParser {
  let started = kind === 'srt';
  let inNote = false;
  let cue: { start: number; end: number; line: number; text: string[] } | null = null;
  let turn: TranscriptUtterance | null = null;

  function closeCue(): TranscriptUtterance[] {
    if (cue === null) return [];
    const raw = cue.text.join(' ').trim();
    const { start, end, line } = cue;
    cue = null;
    if (raw === '') return [];
    const voice = VOICE.exec(raw);
    let speaker: string | null = null;
    let text = raw.replace(TAGS, '').trim();
    if (voice !== null) speaker = cleanSpeaker(voice[1] ?? '');
    else {
      const named = splitSpeaker(text);
      if (named !== null) ({ speaker, text } = named);
    }
    if (text === '') return [];
    if (turn !== null && (speaker === null || speaker === turn.speaker)) {
      turn = { ...turn, text: `${turn.text} ${text}`, end };
      return [];
    }
    const done = turn === null ? [] : [turn];
    turn = { speaker, text, start, end, line };
    return done;
  }

  return {
    push(line, lineNumber) {
      const trimmed = line.trim();
      if (!started) {
        if (trimmed === '') return [];
        if (!trimmed.startsWith('WEBVTT')) throw new TranscriptError(lineNumber, 'not a WebVTT file: the first line must be WEBVTT');
        started = true;
        return [];
      }
      if (trimmed === '') {
        inNote = false;
        return closeCue();
      }
      if (inNote) return [];
      if (cue === null && /^(?:NOTE|STYLE|REGION)(?:\s|$)/u.test(trimmed)) {
        inNote = true;
        return [];
      }
      const timing = TIMING.exec(trimmed);
      if (timing !== null) {
        const done = closeCue();
        cue = { start: parseTimestamp(timing[1] ?? '0:00.0'), end: parseTimestamp(timing[2] ?? '0:00.0'), line: lineNumber, text: [] };
        return done;
      }
      // A cue id (a number, or Teams' GUID/N-M) before the timing line carries nothing.
      if (cue === null) return [];
      cue.text.push(trimmed);
      return [];
    },
    end() {
      const done = closeCue();
      if (turn !== null) done.push(turn);
      turn = null;
      return done;
    },
  };
}
