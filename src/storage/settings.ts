/**
 * User settings, kept in `storage.local` (never `storage.sync`, which would upload them to the browser vendor).
 * The stored object is validated on every read: a field that is missing or malformed falls back to its
 * default instead of breaking the coach, and an object from an older version is migrated first.
 */
import * as v from 'valibot';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../core/coach-settings';
import type { SiteId } from '../core/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The rep's display name on each site, for sites whose captions show names instead of "You". */
  repNames: Partial<Record<SiteId, string>>;
  /** Competitor names the classifier should recognise as alternatives. */
  competitors: string[];
  coach: CoachSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  repNames: {},
  competitors: [],
  coach: DEFAULT_COACH_SETTINGS,
};

const Milliseconds = v.pipe(v.number(), v.integer(), v.minValue(1_000), v.maxValue(3_600_000));
const Share = v.pipe(v.number(), v.minValue(0.05), v.maxValue(1));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

/** One schema per field, so one bad field costs only that field. */
type Thresholds = Omit<CoachSettings, 'nudges'>;
const COACH_FIELDS: { [K in keyof Thresholds]: v.GenericSchema<unknown, Thresholds[K]> } = {
  cooldownMs: Milliseconds,
  monologueMs: Milliseconds,
  maxCardsPerMinute: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  cardLifetimeMs: Milliseconds,
  talkShareThreshold: Share,
  talkShareWindowMs: Milliseconds,
};
const RepNamesSchema = v.record(v.picklist(['google-meet', 'zoom', 'teams']), Name);
const CompetitorsSchema = v.pipe(v.array(Name), v.maxLength(200));

function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : fallback;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Reads whatever is stored (any version, any shape) into valid settings. */
export function parseSettings(stored: unknown): Settings {
  const raw = asObject(stored);
  const coachRaw = asObject(raw.coach);
  const coach = { ...DEFAULT_COACH_SETTINGS };
  for (const key of Object.keys(COACH_FIELDS) as Array<keyof Thresholds>) {
    coach[key] = field(COACH_FIELDS[key], coachRaw[key], DEFAULT_COACH_SETTINGS[key]);
  }
  return {
    version: SETTINGS_VERSION,
    repNames: field(RepNamesSchema, raw.repNames, {}),
    competitors: field(CompetitorsSchema, raw.competitors, []),
    coach,
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
