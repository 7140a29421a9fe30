/**
 * The command line's JSONL shape: one `{"id", "role", "speaker"?, "text", "t"?}` object per line, in
 * conversation order; `seller`/`buyer` are accepted for `rep`/`prospect`. Every line is checked: a broken or
 * incomplete line is an error that names it, never silently skipped.
 */
import { TranscriptError, type TranscriptParser, type TranscriptUtterance } from './transcript-types';

/**
 * "t" is seconds from the start of the call, and no call lasts a week: a larger number is a clock time (Unix
 * seconds or milliseconds) or a typo, and 1e300 put the call's date outside what a Date can hold, so the review
 * page listed "Invalid Date" and could not export it.
 */
const MAX_T_SECONDS = 7 * 24 * 60 * 60;

const ROLES: Record<string, 'rep' | 'prospect'> = { rep: 'rep', seller: 'rep', prospect: 'prospect', buyer: 'prospect' };

export function parseJsonlLine(line: string, lineNumber: number): TranscriptUtterance | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new TranscriptError(lineNumber, 'not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TranscriptError(lineNumber, 'expected a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') throw new TranscriptError(lineNumber, 'missing field "id" (a non-empty string)');
  if (typeof o.text !== 'string') throw new TranscriptError(lineNumber, 'missing field "text" (a string)');
  const role = typeof o.role === 'string' ? ROLES[o.role.toLowerCase()] : undefined;
  if (role === undefined) throw new TranscriptError(lineNumber, 'field "role" must be "rep", "prospect", "seller" or "buyer"');
  if (o.speaker !== undefined && typeof o.speaker !== 'string') throw new TranscriptError(lineNumber, 'field "speaker" must be a string');
  if (o.t !== undefined && (typeof o.t !== 'number' || !Number.isFinite(o.t) || o.t < 0)) {
    throw new TranscriptError(lineNumber, 'field "t" must be a number of seconds, 0 or more');
  }
  if (typeof o.t === 'number' && o.t > MAX_T_SECONDS) {
    throw new TranscriptError(lineNumber, `field "t" is ${o.t}: it is seconds from the start of the call (at most ${MAX_T_SECONDS}, a week), not a clock time`);
  }
  const t = typeof o.t === 'number' ? o.t : null;
  return { id: o.id, role, speaker: typeof o.speaker === 'string' ? o.speaker : null, text: o.text, start: t, end: t, line: lineNumber };
}

export function createJsonlParser(): TranscriptParser {
  return {
    push(line, lineNumber) {
      const u = parseJsonlLine(line, lineNumber);
      return u === null ? [] : [u];
    },
    end: () => [],
  };
}

/**
 * For reviews (not `classify`, which answers line by line): an id names one utterance, the moment and deciding
 * line the review points at and the stored row (keyed by call and id). A repeated id would attach a card to the
 * wrong line and, stored, silently overwrite the earlier utterance, so it is an error naming both places.
 */
export function createIdCheck(unit = 'line'): (u: TranscriptUtterance) => void {
  const seen = new Map<string, number>();
  return (u) => {
    if (u.id === undefined) return;
    const first = seen.get(u.id);
    if (first !== undefined) throw new TranscriptError(u.line, `id "${u.id}" is already used on ${unit} ${first}`);
    seen.set(u.id, u.line);
  };
}
