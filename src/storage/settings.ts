/**
 * User settings, kept in `storage.local` (never `storage.sync`, which would upload them to the browser vendor).
 * The stored object is validated on every read: a field that is missing or malformed falls back to its
 * default instead of breaking the coach, and an object from an older version is migrated first.
 */
import * as v from 'valibot';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../core/coach-settings';
import type { CustomTrigger } from '../core/custom-triggers';
import { NUDGE_IDS } from '../core/nudges';
import type { SiteId } from '../core/types';
import {
  CustomTriggerSchema,
  KeepTranscriptsSchema,
  COMPETITORS_MAX,
  Name,
  NAME_MAX_LENGTH,
  NudgeOverrideSchema,
  RetentionDaysSchema,
  THRESHOLD_FIELDS,
  THRESHOLD_KEYS,
  type Retention,
} from './settings-fields';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

/**
 * - live: coaching me, on my own calls;
 * - shadow: I am watching someone else's call to learn; cards explain the moment instead of telling me what to say;
 * - off: Candor reads nothing.
 */
export type CoachingMode = 'live' | 'shadow' | 'off';

export interface OverlaySettings {
  /** Draw the current card inside the meeting page too (for reps who keep the meeting full screen). */
  enabled: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The rep's display name on each site, for sites whose captions show names instead of "You". */
  repNames: Partial<Record<SiteId, string>>;
  /** Competitor names the classifier should recognise as alternatives. */
  competitors: string[];
  /** Thresholds and the playbook's per-nudge changes. */
  coach: CoachSettings;
  mode: CoachingMode;
  /** Shadow mode: the display name of the person being shadowed, who is the rep; empty until picked. */
  shadowRepName: string;
  overlay: OverlaySettings;
  /** The team's own phrase -> card entries. */
  customTriggers: CustomTrigger[];
  retention: Retention;
  /** At the start of each call, remind me to tell the other participants that I use a live coach. */
  disclosureReminder: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  repNames: {},
  competitors: [],
  coach: DEFAULT_COACH_SETTINGS,
  mode: 'live',
  shadowRepName: '',
  overlay: { enabled: false },
  customTriggers: [],
  retention: { days: 90, keepTranscripts: true },
  disclosureReminder: false,
};

const SITE_IDS: readonly SiteId[] = ['google-meet', 'zoom', 'teams'];
const ModeSchema = v.picklist(['live', 'shadow', 'off']);
const ShadowNameSchema = v.pipe(v.string(), v.trim(), v.maxLength(NAME_MAX_LENGTH));

function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : fallback;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The entries of a stored list that are valid: one bad entry costs only itself, not the user's whole list. */
function validEntries<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T[] {
  return (Array.isArray(value) ? value : []).flatMap((entry) => {
    const parsed = v.safeParse(schema, entry);
    return parsed.success ? [parsed.output] : [];
  });
}

/** The same for a stored map: entries with a known key and a valid value; unknown keys are dropped alone. */
function validMap<K extends string, T>(keys: readonly K[], schema: v.GenericSchema<unknown, T>, value: unknown): Partial<Record<K, T>> {
  const raw = asObject(value);
  const map: Partial<Record<K, T>> = {};
  for (const key of keys) {
    if (!Object.hasOwn(raw, key)) continue;
    const parsed = v.safeParse(schema, raw[key]);
    if (parsed.success) map[key] = parsed.output;
  }
  return map;
}

/**
 * Ordered steps from each stored version to the next. Version 1 (the skeleton) had no mode, overlay, playbook
 * or retention; its users were coached live, so that is what their settings say once migrated.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  1: (raw) => ({ ...raw, version: 2, mode: 'live' }),
};

function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let current = raw;
  let version = typeof current.version === 'number' ? current.version : 1;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    current = step(current);
    version += 1;
  }
  return current;
}

/**
 * Reads whatever is stored (any version, any shape) into valid settings. Lists and maps are checked entry by
 * entry, so a user's edit never silently turns into the default list.
 */
export function parseSettings(stored: unknown): Settings {
  const raw = migrate(asObject(stored));
  const coachRaw = asObject(raw.coach);
  const coach: CoachSettings = { ...DEFAULT_COACH_SETTINGS };
  for (const key of THRESHOLD_KEYS) coach[key] = field(THRESHOLD_FIELDS[key], coachRaw[key], DEFAULT_COACH_SETTINGS[key]);
  const nudges = validMap(NUDGE_IDS, NudgeOverrideSchema, coachRaw.nudges);
  if (Object.keys(nudges).length > 0) coach.nudges = nudges;
  const overlay = asObject(raw.overlay);
  const retention = asObject(raw.retention);
  return {
    version: SETTINGS_VERSION,
    repNames: validMap(SITE_IDS, Name, raw.repNames),
    competitors: validEntries(Name, raw.competitors).slice(0, COMPETITORS_MAX),
    coach,
    mode: field(ModeSchema, raw.mode, DEFAULT_SETTINGS.mode),
    shadowRepName: field(ShadowNameSchema, raw.shadowRepName, ''),
    overlay: { enabled: field(v.boolean(), overlay.enabled, DEFAULT_SETTINGS.overlay.enabled) },
    // Duplicates keep the first.
    customTriggers: validEntries(CustomTriggerSchema, raw.customTriggers)
      .filter((trigger, index, all) => all.findIndex((other) => other.id === trigger.id) === index)
      .slice(0, 50),
    retention: {
      days: field(RetentionDaysSchema, retention.days, DEFAULT_SETTINGS.retention.days),
      keepTranscripts: field(KeepTranscriptsSchema, retention.keepTranscripts, DEFAULT_SETTINGS.retention.keepTranscripts),
    },
    disclosureReminder: field(v.boolean(), raw.disclosureReminder, DEFAULT_SETTINGS.disclosureReminder),
  };
}

/** The storage area this module needs, so tests can pass a plain object. */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: LocalArea): Promise<Settings> {
  const stored = await area.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(area: LocalArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: parseSettings(settings) });
}
