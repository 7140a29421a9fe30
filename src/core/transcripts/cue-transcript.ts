/**
 * WebVTT (Zoom, Teams) and SubRip transcripts, line by line. A cue's speaker is a `<v Name>` voice span
 * (Teams) or a `Name: text` prefix (Zoom, most SRT); a cue without one continues the previous speaker.
 * Consecutive cues of one speaker become one utterance, so a long turn that Teams split across cues is read
 * as the turn it was; a cue with a span for each of several voices is read as their turns (cue-voices.ts).
 * Whether a prefix names a speaker or is a phrase in the words takes the whole file (cue-speakers.ts), so the
 * cues are kept as read and turned into utterances at the end.
 */
import { createCueSpeakerEvidence } from './cue-speakers';
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

interface Said {
  speaker: string | null;
  text: string;
}

/**
 * A cue as read: a cue with <v> spans as its voices' words; any other as its text, whose opening "Name:" waits
 * for the whole file to say whether it names a speaker. Kept small: a long file holds every cue until its end.
 */
type ReadCue = { start: number; end: number; line: number } & ({ voiced: Said[] } | { text: string });

const SPENT: ReadCue = { start: 0, end: 0, line: 0, voiced: [] };

export function createCueParser(kind: 'vtt' | 'srt'): TranscriptParser {
  let started = kind === 'srt';
  let inNote = false;
  let cue: { start: number; end: number; line: number; text: string[] } | null = null;
  const cues: ReadCue[] = [];
  const evidence = createCueSpeakerEvidence();
  // When the file names speakers in <v> spans (Teams), a cue without one continues the previous speaker even if
  // its text opens with a colon: "Bottom line: we migrate..." is not a speaker called "Bottom line".
  let voices = false;

  /** Tags first, then references: "&lt;b&gt;" is text someone typed, not markup to strip. */
  function words(raw: string): string {
    const text = raw.replace(TAGS, '');
    return (kind === 'vtt' ? decodeEntities(text) : text).trim();
  }

  function closeCue(): void {
    if (cue === null) return;
    const raw = cue.text.join(' ').trim();
    const { start, end, line } = cue;
    cue = null;
    const parts = splitVoices(raw);
    const [only] = parts;
    if (parts.length === 1 && only !== undefined && only.voice === null) {
      const text = words(only.raw);
      if (text === '') return;
      evidence.note(splitSpeaker(text)?.speaker ?? null);
      cues.push({ start, end, line, text });
      return;
    }
    voices = true;
    const voiced = parts
      .map((part) => ({ speaker: part.voice === null ? null : cleanSpeaker(decodeEntities(part.voice)), text: words(part.raw) }))
      .filter((s) => s.text !== '');
    if (voiced.length > 0) cues.push({ start, end, line, voiced });
  }

  /** A cue's words by speaker, now that the whole file says which opening names are speakers. */
  function saidIn(read: ReadCue): Said[] {
    if ('voiced' in read) return read.voiced;
    const named = voices ? null : splitSpeaker(read.text);
    return [named !== null && evidence.isSpeaker(named.speaker) ? named : { speaker: null, text: read.text }];
  }

  function turns(): TranscriptUtterance[] {
    const done: TranscriptUtterance[] = [];
    let turn: TranscriptUtterance | null = null;
    // Each cue is let go once read, so a long file does not hold its cues and its turns in full at once.
    for (let c = 0; c < cues.length; c += 1) {
      const read = cues[c] ?? SPENT;
      cues[c] = SPENT;
      const said = saidIn(read);
      const spans = shareSpan(read.start, read.end, said.map((s) => s.text));
      for (const [i, { speaker, text }] of said.entries()) {
        const until = spans[i]?.end ?? read.end;
        // One voice's words continue the turn in progress when it is the same speaker's.
        if (turn !== null && (speaker === null || speaker === turn.speaker)) {
          turn.text = `${turn.text} ${text}`;
          turn.end = until;
          continue;
        }
        if (turn !== null) done.push(turn);
        turn = { speaker, text, start: spans[i]?.start ?? read.start, end: until, line: read.line };
      }
    }
    if (turn !== null) done.push(turn);
    cues.length = 0;
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
        closeCue();
        return [];
      }
      if (inNote) return [];
      if (cue === null && /^(?:NOTE|STYLE|REGION)(?:\s|$)/u.test(trimmed)) {
        inNote = true;
        return [];
      }
      const timing = TIMING.exec(trimmed);
      if (timing !== null) {
        closeCue();
        cue = { start: parseTimestamp(timing[1] ?? '0:00.0'), end: parseTimestamp(timing[2] ?? '0:00.0'), line: lineNumber, text: [] };
        return [];
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
      closeCue();
      return turns();
    },
  };
}
