/**
 * Schemas for each settings field, shared by the settings store (lenient: a bad field falls back to its
 * default), playbook import (strict: every problem reported with its path) and the administrator's managed
 * policy. Error messages are written for the person who edited the file.
 */
import * as v from 'valibot';
import type { CoachSettings, NudgeOverride } from '../core/coach-settings';
import type { CustomTrigger } from '../core/custom-triggers';
import { NUDGE_IDS, type NudgeId } from '../core/nudges';

export type Thresholds = Omit<CoachSettings, 'nudges'>;

const ms = (min: number, max: number) =>
  v.pipe(
    v.number('expected a number of milliseconds'),
    v.integer('expected whole milliseconds'),
    v.minValue(min, `expected at least ${min} ms`),
    v.maxValue(max, `expected at most ${max} ms`),
  );

/** One schema per threshold, so one bad value costs only that value. */
export const THRESHOLD_FIELDS: { [K in keyof Thresholds]: v.GenericSchema<unknown, Thresholds[K]> } = {
  cooldownMs: ms(1_000, 3_600_000),
  monologueMs: ms(1_000, 3_600_000),
  maxCardsPerMinute: v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 to 20'), v.maxValue(20, 'expected 1 to 20')),
  cardLifetimeMs: ms(1_000, 3_600_000),
  talkShareThreshold: v.pipe(v.number('expected a share between 0.05 and 1'), v.minValue(0.05, 'expected at least 0.05'), v.maxValue(1, 'expected at most 1')),
  talkShareWindowMs: ms(1_000, 3_600_000),
  talkShareMinSpeechMs: ms(1_000, 3_600_000),
  noQuestionMs: ms(1_000, 3_600_000),
  discoveryReminderMs: ms(1_000, 3_600_000),
  expectedCallMs: ms(60_000, 8 * 3_600_000),
  nearEndMs: ms(1_000, 3_600_000),
};
export const THRESHOLD_KEYS = Object.keys(THRESHOLD_FIELDS) as Array<keyof Thresholds>;

export const ThresholdsSchema = v.strictObject(
  Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, v.exactOptional(THRESHOLD_FIELDS[key])])) as {
    [K in keyof Thresholds]: v.ExactOptionalSchema<v.GenericSchema<unknown, Thresholds[K]>, undefined>;
  },
  'expected an object of thresholds',
);

const Wording = (what: string) =>
  v.pipe(v.string(`expected ${what} as text`), v.trim(), v.minLength(1, `${what} cannot be empty`), v.maxLength(200, `${what} is longer than 200 characters`));

export const NudgeOverrideSchema: v.GenericSchema<unknown, NudgeOverride> = v.strictObject(
  {
    enabled: v.exactOptional(v.boolean('expected true or false')),
    title: v.exactOptional(Wording('the title')),
    question: v.exactOptional(Wording('the question')),
  },
  'expected { enabled, title, question }',
);

export const NudgesSchema: v.GenericSchema<unknown, Partial<Record<NudgeId, NudgeOverride>>> = v.pipe(
  v.record(v.string(), v.unknown(), 'expected an object keyed by nudge id'),
  v.check((record) => Object.keys(record).every((key) => (NUDGE_IDS as readonly string[]).includes(key)), `unknown nudge id (known: ${NUDGE_IDS.join(', ')})`),
  v.transform((record) => record as Record<string, unknown>),
  v.record(v.picklist(NUDGE_IDS), NudgeOverrideSchema),
);

/** A person's or a competitor's name; the options page shortens longer entries to this. */
export const NAME_MAX_LENGTH = 120;
export const Name = v.pipe(v.string('expected a name'), v.trim(), v.minLength(1, 'a name cannot be empty'), v.maxLength(NAME_MAX_LENGTH, `a name is longer than ${NAME_MAX_LENGTH} characters`));
/** How many competitors a list holds; the options page and stored settings keep the first ones. */
export const COMPETITORS_MAX = 200;
export const CompetitorsSchema = v.pipe(v.array(Name, 'expected a list of names'), v.maxLength(COMPETITORS_MAX, `at most ${COMPETITORS_MAX} competitors`));

export const CustomTriggerSchema: v.GenericSchema<unknown, CustomTrigger> = v.strictObject(
  {
    id: v.pipe(v.string('expected an id'), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/u, 'an id is 1-40 lower-case letters, digits and dashes')),
    enabled: v.boolean('expected true or false'),
    phrases: v.pipe(v.array(v.pipe(v.string('expected a phrase'), v.trim(), v.minLength(1, 'a phrase cannot be empty'), v.maxLength(80, 'a phrase is longer than 80 characters')), 'expected a list of phrases'), v.minLength(1, 'at least one phrase'), v.maxLength(30, 'at most 30 phrases')),
    side: v.picklist(['buyer', 'rep', 'anyone'], 'expected "buyer", "rep" or "anyone"'),
    title: Wording('the title'),
    question: Wording('the question'),
    why: v.pipe(v.string('expected the why as text'), v.maxLength(400, 'the why is longer than 400 characters')),
  },
  'expected a trigger { id, enabled, phrases, side, title, question, why }',
);

export const CustomTriggersSchema = v.pipe(
  v.array(CustomTriggerSchema, 'expected a list of triggers'),
  v.maxLength(50, 'at most 50 custom triggers'),
  v.check((list) => new Set(list.map((t) => t.id)).size === list.length, 'two triggers have the same id'),
);

export interface Retention {
  /** Calls older than this many days are deleted; null keeps them until the user deletes them. */
  days: number | null;
  /** False: store metrics and labels only, never the words said. */
  keepTranscripts: boolean;
}
export const RetentionDaysSchema = v.nullable(v.pipe(v.number('expected a number of days or null'), v.integer('expected whole days'), v.minValue(1, 'expected at least 1 day'), v.maxValue(3650, 'expected at most 3650 days')));
export const KeepTranscriptsSchema = v.boolean('expected true or false');

/** "path: message" lines for every problem, for people fixing a file by hand. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
