/**
 * WebVTT (Zoom, Teams) and SubRip transcripts, line by line. A cue's speaker is a `<v Name>` voice span
 * (Teams) or a `Name: text` prefix (Zoom, most SRT); a cue without one continues the previous speaker.
 * Consecutive cues of one speaker become one utterance, so a long turn that Teams split across cues is read
 * as the turn it was; a cue with a span for each of several voices is read as their turns (cue-voices.ts).
 */
import { shareSpan, splitVoices } from './cue-voices';
import { cleanSpeaker, splitSpeaker, TranscriptError, type TranscriptParser, type TranscriptUtterance } from './transcript-types';

// The fraction is optional: SRT written by hand or by smaller tools often has "00:00:01 --> 00:00:04".
const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)/u;
/** Where a timing line belongs, what starts like one ("00:00:05.000 -> ...", "0:0:05 --> later") is a broken timing. */
const LOOKS_LIKE_TIMING = /^\d+:\d|-->/u;
// Markup tags and WebVTT's timestamp tags ("<00:00:09.500>" inside a cue). A tag never holds a "<": an
// unescaped one ("if a <b then") is text, so the match stops there instead of eating the words up to the next
// ">" (and scanning the rest of the cue again for every such "<").
const TAGS = /<\/?[a-z][^<>]*>|<\d+:[\d:.]+>/giu;
/** The character references WebVTT cue text uses (a writer must escape "&" and "<"; Teams writes "Q&amp;A"). */
const ENTITY = /&(?:(amp|lt|gt|nbsp|lrm|rlm|quot|apos)|#(\d{1,7})|#x([\da-f]{1,6}));/giu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', lrm: '', rlm: '', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function parseTimestamp(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function createCueParser(kind: 'vtt' | 'srt'): TranscriptParser {
  let started = kind === 'srt';
  let inNote = false;
  let cue: { start: number; end: number; line: number; text: string[] } | null = null;
  let turn: TranscriptUtterance | null = null;
  // Once the file names speakers in <v> spans (Teams), a cue without one continues the previous speaker even if
  // its text has a colon: "Bottom line: we migrate..." is not a speaker called "Bottom line".
  let voices = false;

  /** One voice's words from a cue: they continue the turn in progress when it is the same speaker's. */
  function say(speaker: string | null, text: string, start: number, end: number, line: number): TranscriptUtterance[] {
    if (turn !== null && (speaker === null || speaker === turn.speaker)) {
      turn = { ...turn, text: `${turn.text} ${text}`, end };
      return [];
    }
    const done = turn === null ? [] : [turn];
    turn = { speaker, text, start, end, line };
    return done;
  }

  function closeCue(): TranscriptUtterance[] {
    if (cue === null) return [];
    const raw = cue.text.join(' ').trim();
    const { start, end, line } = cue;
    cue = null;
    const said: Array<{ speaker: string | null; text: string }> = [];
    for (const part of splitVoices(raw)) {
      let speaker: string | null = null;
      // Tags first, then references: "&lt;b&gt;" is text someone typed, not markup to strip.
      let text = part.raw.replace(TAGS, '');
      text = (kind === 'vtt' ? decodeEntities(text) : text).trim();
      if (part.voice !== null) {
        voices = true;
        speaker = cleanSpeaker(decodeEntities(part.voice));
      } else if (!voices) {
        const named = splitSpeaker(text);
        if (named !== null) ({ speaker, text } = named);
      }
      if (text !== '') said.push({ speaker, text });
    }
    const spans = shareSpan(start, end, said.map((s) => s.text));
    return said.flatMap((s, i) => say(s.speaker, s.text, spans[i]?.start ?? start, spans[i]?.end ?? end, line));
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
      // A cue id (a number, or Teams' GUID/N-M) before the timing line carries nothing. A broken timing line
      // must not pass for one: the cue's text would then be dropped without a word.
      if (cue === null) {
        if (LOOKS_LIKE_TIMING.test(trimmed)) throw new TranscriptError(lineNumber, `cannot read this cue timing (expected 00:00:01.000 --> 00:00:04.000): ${trimmed.slice(0, 60)}`);
        return [];
      }
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
