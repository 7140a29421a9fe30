/**
 * A call as one JSON file: complete (everything the archive holds about it) and re-importable. Importing
 * validates every field with valibot and names the file and field that is wrong; nothing is written unless
 * the whole file is valid.
 */
import * as v from 'valibot';
import { ALL_LABELS } from '../../core/types';
import { NUDGE_IDS } from '../../core/nudges';
import type { CallBundle } from '../../storage/call-archive';
import { CALL_LIMITS } from './call-limits';

export const EXPORT_FORMAT = 'candor-call';
export const EXPORT_VERSION = 1;

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(CALL_LIMITS.id));
const Time = v.pipe(v.number(), v.finite());
const LabelSchema = v.object({ label: v.picklist(ALL_LABELS), confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), evidence: Text(CALL_LIMITS.text) });
const Side = v.picklist(['ours', 'theirs']);

const CallSchema = v.object({
  callId: Id,
  site: v.picklist(['google-meet', 'zoom', 'teams', 'imported']),
  meetingCode: Text(300),
  startedAt: Time,
  endedAt: v.nullable(Time),
  storedAt: v.optional(Time),
  participants: v.optional(v.array(v.object({ name: Text(CALL_LIMITS.name), side: Side, isSelf: v.boolean() }))),
  source: v.optional(
    v.variant('kind', [
      v.object({ kind: v.literal('live') }),
      v.object({ kind: v.literal('import'), fileName: Text(300), format: Text(20), timesEstimated: v.boolean() }),
    ]),
  ),
  summary: v.optional(
    v.object({
      reviewVersion: v.number(),
      outcome: v.picklist(['clear_yes', 'clear_no', 'unclear']),
      durationSeconds: v.number(),
      repShare: v.number(),
      utterances: v.number(),
    }),
  ),
});
const UtteranceSchema = v.object({
  callId: Id,
  id: Id,
  speaker: v.nullable(Text(CALL_LIMITS.name)),
  isSelf: v.boolean(),
  role: v.picklist(['rep', 'prospect']),
  text: Text(CALL_LIMITS.text),
  start: Time,
  end: Time,
  final: v.boolean(),
  revision: v.pipe(v.number(), v.integer()),
  labels: v.array(LabelSchema),
});
const CardSchema = v.object({
  callId: Id,
  id: Id,
  nudgeId: v.picklist(NUDGE_IDS),
  title: Text(500),
  question: Text(500),
  why: Text(1000),
  utteranceId: v.nullable(Id),
  label: v.nullable(v.picklist(ALL_LABELS)),
  evidence: v.nullable(Text(CALL_LIMITS.text)),
  shownAt: Time,
});
const NoteSchema = v.object({ callId: Id, target: Text(CALL_LIMITS.id), text: Text(CALL_LIMITS.note), updatedAt: Time });
const FeedbackSchema = v.strictObject({
  callId: Id,
  cardId: Id,
  nudgeId: v.pipe(v.string(), v.maxLength(80)),
  kind: v.picklist(['helpful', 'not-now']),
  at: Time,
});
const BookmarkSchema = v.strictObject({
  callId: Id,
  id: Id,
  at: Time,
  note: v.pipe(v.string(), v.maxLength(1_000)),
  utteranceId: v.nullable(Id),
});

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.optional(Time),
  call: CallSchema,
  utterances: v.pipe(v.array(UtteranceSchema), v.maxLength(CALL_LIMITS.utterances)),
  cards: v.array(CardSchema),
  notes: v.array(NoteSchema),
  feedback: v.array(FeedbackSchema),
  bookmarks: v.array(BookmarkSchema),
});

export function callToJson(bundle: CallBundle, exportedAt: number): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, ...bundle }, null, 2)}\n`;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

/** True when the text looks like a Candor export rather than a transcript. */
export function isCandorExport(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === EXPORT_FORMAT;
}

/** Validates a parsed export; throws ImportError naming the file and the first wrong field. */
export function bundleFromJson(value: unknown, fileName: string): CallBundle {
  const parsed = v.safeParse(ExportSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue === undefined ? '' : (v.getDotPath(issue) ?? '');
    throw new ImportError(`${fileName}: ${path === '' ? '' : `field "${path}": `}${issue?.message ?? 'not a Candor call export'}`);
  }
  const { format: _format, version: _version, exportedAt: _at, ...rest } = parsed.output;
  const bundle = rest as CallBundle;
  const callId = bundle.call.callId;
  for (const store of ['utterances', 'cards', 'notes', 'feedback', 'bookmarks'] as const) {
    const i = bundle[store].findIndex((row) => row.callId !== callId);
    if (i >= 0) throw new ImportError(`${fileName}: field "${store}.${i}.callId" must be "${callId}", the call's id`);
  }
  return bundle;
}
