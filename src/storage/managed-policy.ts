/**
 * A team playbook pushed by an administrator through the browser's managed storage policy (Chrome and Edge:
 * `3rdparty.extensions.<id>` policy, described by public/managed-schema.json; Firefox: policies.json
 * `3rdparty.Extensions`). What the policy sets wins over the user's own settings and is locked in the options
 * page. Each field is validated on its own: a malformed field is ignored (and reported), never the whole policy.
 */
import * as v from 'valibot';
import type { NudgeId } from '../core/nudges';
import { applyPlaybook } from './playbook';
import type { Settings } from './settings';
import {
  CompetitorsSchema,
  CustomTriggersSchema,
  describeIssues,
  KeepTranscriptsSchema,
  NudgesSchema,
  RetentionDaysSchema,
  ThresholdsSchema,
  type Thresholds,
} from './settings-fields';

export interface ManagedPolicy {
  competitors?: string[];
  thresholds?: Partial<Thresholds>;
  nudges?: Settings['coach']['nudges'];
  customTriggers?: Settings['customTriggers'];
  retentionDays?: number | null;
  keepTranscripts?: boolean;
}

/** A setting's path, as the options page names its fields: `competitors`, `thresholds.cooldownMs`, `nudges.monologue`, ... */
export type SettingPath = string;

export interface ManagedResult {
  policy: ManagedPolicy;
  /** Policy fields that were present but malformed, as "field: problem" lines. */
  problems: string[];
}

const FIELDS: { [K in keyof ManagedPolicy]-?: v.GenericSchema<unknown, NonNullable<ManagedPolicy[K]> | Extract<ManagedPolicy[K], null>> } = {
  competitors: CompetitorsSchema,
  thresholds: ThresholdsSchema,
  nudges: NudgesSchema,
  customTriggers: CustomTriggersSchema,
  retentionDays: RetentionDaysSchema,
  keepTranscripts: KeepTranscriptsSchema,
};

/** Reads whatever `storage.managed.get()` returned. */
export function parseManagedPolicy(raw: unknown): ManagedResult {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    if (source[key] === undefined) continue;
    const parsed = v.safeParse(schema as v.GenericSchema, source[key]);
    if (parsed.success) policy[key] = parsed.output;
    else problems.push(...describeIssues(parsed.issues).map((line) => `${key}${line.includes(': ') ? '.' : ': '}${line}`));
  }
  return { policy: policy as ManagedPolicy, problems };
}

/** The paths a policy sets, which the user cannot change. */
export function lockedPaths(policy: ManagedPolicy): SettingPath[] {
  const paths: SettingPath[] = [];
  if (policy.competitors) paths.push('competitors');
  for (const key of Object.keys(policy.thresholds ?? {})) paths.push(`thresholds.${key}`);
  for (const id of Object.keys(policy.nudges ?? {}) as NudgeId[]) paths.push(`nudges.${id}`);
  if (policy.customTriggers) paths.push('customTriggers');
  if (policy.retentionDays !== undefined) paths.push('retention.days');
  if (policy.keepTranscripts !== undefined) paths.push('retention.keepTranscripts');
  return paths;
}

/** The settings in force: the user's, with every field the policy sets replaced by the policy's value. */
export function applyManagedPolicy(settings: Settings, policy: ManagedPolicy): Settings {
  const nudges = policy.nudges ? { ...settings.coach.nudges, ...policy.nudges } : undefined;
  const withPlaybook = applyPlaybook(settings, {
    ...(policy.competitors ? { competitors: policy.competitors } : {}),
    ...(policy.thresholds ? { thresholds: policy.thresholds } : {}),
    ...(nudges ? { nudges } : {}),
    ...(policy.customTriggers ? { customTriggers: policy.customTriggers } : {}),
  });
  return {
    ...withPlaybook,
    retention: {
      days: policy.retentionDays !== undefined ? policy.retentionDays : settings.retention.days,
      keepTranscripts: policy.keepTranscripts ?? settings.retention.keepTranscripts,
    },
  };
}

/** The part of `storage.managed` this module needs; it rejects where no policy is installed (Firefox, unmanaged Chrome). */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

export async function loadManagedPolicy(area: ManagedArea | undefined): Promise<ManagedResult> {
  try {
    return parseManagedPolicy(area ? await area.get() : {});
  } catch {
    return { policy: {}, problems: [] };
  }
}
