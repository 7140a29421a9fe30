/**
 * The playbook as a file: what a team shares (competitors, thresholds, nudge wording and on/off, custom
 * triggers). Export writes it from the settings; import validates an untrusted file strictly and says what
 * is wrong with it, line by line, before anything changes. The administrator's managed policy uses the same
 * fields (see managed-policy.ts).
 */
import * as v from 'valibot';
import type { NudgeOverride } from '../core/coach-settings';
import type { CustomTrigger } from '../core/custom-triggers';
import type { NudgeId } from '../core/nudges';
import type { Settings } from './settings';
import { CompetitorsSchema, CustomTriggersSchema, describeIssues, NudgesSchema, ThresholdsSchema, THRESHOLD_KEYS, type Thresholds } from './settings-fields';

export const PLAYBOOK_FORMAT = 'candor-playbook';

export interface Playbook {
  format: typeof PLAYBOOK_FORMAT;
  version: 1;
  competitors?: string[];
  thresholds?: Partial<Thresholds>;
  nudges?: Partial<Record<NudgeId, NudgeOverride>>;
  customTriggers?: CustomTrigger[];
}

const PlaybookSchema = v.strictObject(
  {
    format: v.literal(PLAYBOOK_FORMAT, `expected "${PLAYBOOK_FORMAT}": this is not a Candor playbook`),
    version: v.literal(1, 'expected version 1'),
    competitors: v.exactOptional(CompetitorsSchema),
    thresholds: v.exactOptional(ThresholdsSchema),
    nudges: v.exactOptional(NudgesSchema),
    customTriggers: v.exactOptional(CustomTriggersSchema),
  },
  (issue) => (issue.expected === 'never' ? 'unknown field (allowed: format, version, competitors, thresholds, nudges, customTriggers)' : 'expected a JSON object'),
);

export function exportPlaybook(settings: Settings): Playbook {
  const thresholds: Partial<Thresholds> = {};
  for (const key of THRESHOLD_KEYS) thresholds[key] = settings.coach[key];
  return {
    format: PLAYBOOK_FORMAT,
    version: 1,
    competitors: settings.competitors,
    thresholds,
    nudges: settings.coach.nudges ?? {},
    customTriggers: settings.customTriggers,
  };
}

export type PlaybookImport = { ok: true; playbook: Playbook } | { ok: false; errors: string[] };

/** Reads a file's text; never throws. */
export function parsePlaybook(text: string): PlaybookImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON (${(error as Error).message})`] };
  }
  const parsed = v.safeParse(PlaybookSchema, json);
  return parsed.success ? { ok: true, playbook: parsed.output as Playbook } : { ok: false, errors: describeIssues(parsed.issues) };
}

/** The settings with every field the playbook sets replaced by the playbook's value. */
export function applyPlaybook(settings: Settings, playbook: Omit<Playbook, 'format' | 'version'>): Settings {
  const coach = { ...settings.coach, ...playbook.thresholds };
  if (playbook.nudges) coach.nudges = playbook.nudges;
  return {
    ...settings,
    competitors: playbook.competitors ?? settings.competitors,
    coach,
    customTriggers: playbook.customTriggers ?? settings.customTriggers,
  };
}
