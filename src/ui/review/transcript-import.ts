/**
 * Imports a transcript file in the page without freezing it: the file is streamed, decoded as strict UTF-8
 * and fed line by line to the same parsers the command line uses (src/core/transcripts), yielding to the event
 * loop every few thousand lines and reporting progress. Nothing is stored until the whole file parsed and the
 * rep is named; then the call is written in one transaction (call-archive.ts).
 */
import type { CoachSettings } from '../../core/coach-settings';
import { timed, type ReviewUtterance } from '../../core/metrics/review';
import { createParser, detectFormat, unsupportedFormat, type TranscriptFormat } from '../../core/transcripts/detect-format';
import { createIdCheck, parseJsonlLine } from '../../core/transcripts/jsonl-transcript';
import { createTranscriptDecoder } from '../../core/transcripts/text-encoding';
import { createRepMatch, createReviewUtterances } from '../../core/transcripts/review-utterances';
import { MAX_TRANSCRIPT_BYTES, megabytes, TranscriptError, type TranscriptParser, type TranscriptUtterance } from '../../core/transcripts/transcript-types';
import type { CallBundle } from '../../storage/call-archive';
import type { CallParticipant, StoredUtterance } from '../../storage/calls-db';
import { bundleFromJson, ImportError, isCandorExport } from './call-json';
import { checkCallLimits } from './call-limits';
import { summaryOf, reviewStoredCall, type ReviewedCall } from './call-review';

const LINES_PER_SLICE = 2_000;

export interface ImportFile {
  name: string;
  size: number;
  lastModified: number;
  stream(): ReadableStream<Uint8Array>;
  text(): Promise<string>;
}

export type ParsedFile =
  | { kind: 'transcript'; fileName: string; format: TranscriptFormat | 'json'; utterances: TranscriptUtterance[]; speakers: string[]; hasRoles: boolean; lastModified: number }
  | { kind: 'export'; fileName: string; bundle: CallBundle };

export type Progress = (fraction: number) => void;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function* lines(file: ImportFile, progress: Progress): AsyncGenerator<[string, number]> {
  const decode = createTranscriptDecoder();
  const reader = file.stream().getReader();
  let read = 0;
  let carry = '';
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    let text: string;
    try {
      text = decode(done ? undefined : value);
    } catch (error) {
      throw new ImportError(`${file.name}: ${(error as Error).message}`);
    }
    if (value !== undefined) read += value.byteLength;
    let joined = carry + text;
    // A chunk can end between the "\r" and "\n" of one CRLF: hold the "\r" back, or the "\n" starting the next
    // chunk reads as a blank line (which ends a VTT cue before its text, and shifts every line number after it).
    const heldCr = !done && joined.endsWith('\r');
    if (heldCr) joined = joined.slice(0, -1);
    const parts = joined.split(/\r\n|\n|\r/u);
    carry = done ? '' : (parts.pop() ?? '') + (heldCr ? '\r' : '');
    for (const part of parts) {
      n += 1;
      yield [n === 1 ? part.replace(/^\uFEFF/u, '') : part, n];
      if (n % LINES_PER_SLICE === 0) {
        progress(file.size === 0 ? 1 : read / file.size);
        await yieldToPage();
      }
    }
    if (done) return;
  }
}

function speakersOf(utterances: readonly TranscriptUtterance[]): string[] {
  return [...new Set(utterances.map((u) => u.speaker).filter((s): s is string => s !== null))];
}

/**
 * A transcript the review can tell the rep in, or an ImportError saying what the file lacks: without names (a
 * plain .srt or .vtt) there is nobody to choose as the rep, and with roles but none "rep" nothing of the rep's.
 */
function withSpeakers(parsed: Extract<ParsedFile, { kind: 'transcript' }>): ParsedFile {
  // Lines with no words are left out of the review (createReviewUtterances), so they name no rep either.
  const said = parsed.utterances.filter((u) => u.text.trim() !== '');
  if (parsed.hasRoles && !said.some((u) => u.role === 'rep')) {
    throw new ImportError(`${parsed.fileName}: no line is the rep's, so there is nothing of the rep's to review: mark the rep's lines "role": "rep" (or "seller")`);
  }
  if (!parsed.hasRoles && !said.some((u) => u.speaker !== null)) {
    throw new ImportError(
      `${parsed.fileName}: no speaker names found, so the rep's lines cannot be told from the buyer's. The file needs a name on each line: "Name: text" lines, or <v Name> in a .vtt`,
    );
  }
  return parsed;
}

/** A whole `.json` file: a Candor export, or an array of the JSONL objects. */
async function parseJsonFile(file: ImportFile): Promise<ParsedFile> {
  let value: unknown;
  try {
    value = JSON.parse((await file.text()).replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new ImportError(`${file.name}: not valid JSON (${(error as Error).message})`);
  }
  if (isCandorExport(value)) return { kind: 'export', fileName: file.name, bundle: bundleFromJson(value, file.name) };
  if (!Array.isArray(value)) throw new ImportError(`${file.name}: expected a Candor call export or an array of {"id", "role", "text"} objects`);
  const checkId = createIdCheck('item');
  const utterances = value.map((item, i) => {
    try {
      const u = parseJsonlLine(JSON.stringify(item), i + 1);
      if (u !== null) {
        checkId(u);
        checkCallLimits(u, i);
      }
      return u;
    } catch (error) {
      throw new ImportError(`${file.name}: item ${i + 1}: ${(error as Error).message}`);
    }
  });
  const parsed = utterances.filter((u): u is TranscriptUtterance => u !== null);
  return withSpeakers({ kind: 'transcript', fileName: file.name, format: 'json', utterances: parsed, speakers: speakersOf(parsed), hasRoles: true, lastModified: file.lastModified });
}

/** Reads and checks a whole file. Throws ImportError naming the file (and line) on anything it cannot read. */
export async function parseImportFile(file: ImportFile, progress: Progress = () => undefined): Promise<ParsedFile> {
  if (file.size > MAX_TRANSCRIPT_BYTES) {
    throw new ImportError(`${file.name}: the file is ${megabytes(file.size)} MB, over the ${megabytes(MAX_TRANSCRIPT_BYTES)} MB limit`);
  }
  if (file.size === 0) throw new ImportError(`${file.name}: the file is empty`);
  const unsupported = unsupportedFormat(file.name);
  if (unsupported !== null) throw new ImportError(`${file.name}: ${unsupported}`);
  if (/\.json$/iu.test(file.name)) return parseJsonFile(file);
  let parser: TranscriptParser | null = null;
  let format: TranscriptFormat | null = null;
  const utterances: TranscriptUtterance[] = [];
  const checkId = createIdCheck();
  let last = 0;
  try {
    for await (const [line, n] of lines(file, progress)) {
      last = n;
      if (parser === null) {
        if (line.trim() === '') continue;
        format = detectFormat(file.name, line, n);
        parser = createParser(format);
      }
      for (const u of parser.push(line, n)) {
        checkId(u);
        checkCallLimits(u, utterances.length);
        utterances.push(u);
      }
    }
    if (parser !== null) {
      for (const u of parser.end()) {
        checkCallLimits(u, utterances.length);
        utterances.push(u);
      }
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof TranscriptError) throw new ImportError(`${file.name}: line ${error.line}: ${error.message}`);
    throw new ImportError(`${file.name}: line ${last}: ${(error as Error).message}`);
  }
  progress(1);
  if (parser === null || format === null) throw new ImportError(`${file.name}: the file is empty`);
  if (utterances.length === 0) throw new ImportError(`${file.name}: no utterances found (expected "Name: text" lines, WebVTT, SRT or JSON lines)`);
  return withSpeakers({ kind: 'transcript', fileName: file.name, format, utterances, speakers: speakersOf(utterances), hasRoles: format === 'jsonl', lastModified: file.lastModified });
}

/**
 * The stored id of an imported transcript, from what it holds (who said what, when; not the file's name, date
 * or line breaks), so importing the same transcript again finds the call it made instead of storing a second
 * copy under a random id. The rep is left out on purpose: the same conversation is the same call, whoever was
 * named the rep. A 64-bit hash (two 32-bit lanes, cyrb53-style mixing): not cryptographic, but a collision
 * among one person's calls is far less likely than any other failure.
 */
export function importCallId(parsed: Extract<ParsedFile, { kind: 'transcript' }>): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  };
  // Unit and field separators that no parsed text contains, so ("a b", "c") and ("a", "b c") differ.
  for (const u of parsed.utterances) add(`${u.id ?? ''}\u001f${u.role ?? ''}\u001f${u.speaker ?? ''}\u001f${u.start ?? ''}\u001f${u.end ?? ''}\u001f${u.text}\u001e`);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `import-${hex(h2)}${hex(h1)}`;
}

/**
 * The call to store for a parsed transcript, with `rep` as the rep (ignored when the file carries roles):
 * times from the file or estimated from words as the review estimates them, labels from the review.
 */
export function importedBundle(parsed: Extract<ParsedFile, { kind: 'transcript' }>, rep: string | null, callId: string): CallBundle {
  return importedCall(parsed, rep, callId).bundle;
}

/** The same, with the review computed on the way, so the page can show it without reviewing the call twice. */
export function importedCall(
  parsed: Extract<ParsedFile, { kind: 'transcript' }>,
  rep: string | null,
  callId: string,
  user?: { coach: CoachSettings; competitors: readonly string[] },
): ReviewedCall {
  const isRep = createRepMatch(rep);
  // Lines with no words take no estimated time here either, or the page and `candor review` would disagree.
  const reviewUtterance = createReviewUtterances(rep);
  const input: ReviewUtterance[] = parsed.utterances.map(reviewUtterance).filter((u) => u !== null);
  if (!input.some((u) => u.role === 'rep')) throw new ImportError(`${parsed.fileName}: say who the rep is (speakers: ${parsed.speakers.join(', ') || 'none named'})`);
  const { lines, estimated } = timed(input);
  const lastEnd = lines.reduce((m, l) => Math.max(m, l.end), 0);
  const startedAt = Math.round(parsed.lastModified - lastEnd * 1000);
  const utterances: StoredUtterance[] = lines.map((l) => ({
    callId, id: l.id, speaker: l.speaker, isSelf: l.role === 'rep' && isRep(l.speaker), role: l.role, text: l.text,
    start: startedAt + Math.round(l.start * 1000), end: startedAt + Math.round(l.end * 1000), final: true, revision: 1, labels: [],
  }));
  const participants: CallParticipant[] = [];
  for (const u of utterances) {
    if (u.speaker !== null && !participants.some((p) => p.name === u.speaker)) participants.push({ name: u.speaker, isSelf: u.isSelf, side: u.role === 'rep' ? 'ours' : 'theirs' });
  }
  const bundle: CallBundle = {
    call: {
      callId, site: 'imported', meetingCode: parsed.fileName.slice(0, 300), startedAt, endedAt: startedAt + Math.round(lastEnd * 1000), participants,
      source: { kind: 'import', fileName: parsed.fileName.slice(0, 300), format: parsed.format, timesEstimated: estimated },
    },
    utterances, cards: [], notes: [], feedback: [], bookmarks: [],
  };
  // One review gives both the stored labels and the list's summary.
  const reviewed = reviewStoredCall(bundle, user?.coach, user?.competitors);
  const labels = new Map(reviewed.review.moments.map((m) => [m.id, m.labels]));
  for (const u of utterances) u.labels = labels.get(u.id) ?? [];
  bundle.call.summary = summaryOf(reviewed);
  return reviewed;
}
