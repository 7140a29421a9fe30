/**
 * public/managed-schema.json is what Chrome checks an administrator's policy against, strictly: a field the
 * schema leaves out is dropped before Candor sees it, and a schema Chrome cannot read stops the extension from
 * loading. These tests hold it to the code's own lists and ranges, and to the subset of JSON Schema Chrome reads.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COACH_SETTINGS } from '../../../src/core/coach-settings';
import { NUDGE_IDS } from '../../../src/core/nudges';
import { parseManagedPolicy, type ManagedPolicy } from '../../../src/storage/managed-policy';
import { CustomTriggerSchema, NudgeOverrideSchema, THRESHOLD_KEYS } from '../../../src/storage/settings-fields';

interface SchemaNode {
  type?: unknown;
  $ref?: unknown;
  id?: unknown;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
}

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/managed-schema.json'), 'utf8')) as SchemaNode;
const properties = schema.properties ?? {};

/** Every policy field the code reads; the compiler fails here when ManagedPolicy gains or loses one. */
const POLICY_FIELDS = { competitors: true, thresholds: true, nudges: true, customTriggers: true, retentionDays: true, keepTranscripts: true } satisfies Record<
  keyof ManagedPolicy,
  true
>;

function nodes(node: SchemaNode, path = '(root)'): Array<[string, SchemaNode]> {
  const children = [
    ...Object.entries(node.properties ?? {}).map(([key, child]) => nodes(child, `${path}.${key}`)),
    node.items ? nodes(node.items, `${path}[]`) : [],
    node.additionalProperties ? nodes(node.additionalProperties, `${path}{}`) : [],
  ];
  return [[path, node], ...children.flat()];
}

/** The schema Chrome resolves a `$ref` to. */
function resolved(node: SchemaNode | undefined): SchemaNode {
  if (node?.$ref === undefined) return node ?? {};
  return nodes(schema).find(([, candidate]) => candidate.id === node.$ref)?.[1] ?? {};
}

const sorted = (list: Iterable<string>) => [...list].sort();
const objectKeys = (valibotSchema: unknown) => Object.keys((valibotSchema as { entries: Record<string, unknown> }).entries);

describe('the managed storage schema', () => {
  it('is a schema Chrome loads: one type or one $ref per node, ranges only on integers', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const ids = nodes(schema).flatMap(([, node]) => (typeof node.id === 'string' ? [node.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [path, node] of nodes(schema)) {
      if (node.$ref !== undefined) {
        expect({ path, ref: node.$ref, known: ids.includes(String(node.$ref)), id: node.id }).toEqual({ path, ref: node.$ref, known: true, id: undefined });
        continue;
      }
      // A list of types ("integer or null") is standard JSON Schema, but Chrome refuses it and the extension.
      expect({ path, type: node.type }).toEqual({ path, type: expect.toBeOneOf(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']) });
      if (node.minimum !== undefined || node.maximum !== undefined) expect({ path, type: node.type }).toEqual({ path, type: 'integer' });
    }
  });

  it('lists every policy field, every threshold and every nudge the code reads', () => {
    expect(sorted(Object.keys(properties))).toEqual(sorted(Object.keys(POLICY_FIELDS)));
    expect(sorted(Object.keys(properties.thresholds?.properties ?? {}))).toEqual(sorted(THRESHOLD_KEYS));
    const nudges = properties.nudges?.properties ?? {};
    expect(sorted(Object.keys(nudges))).toEqual(sorted(NUDGE_IDS));
    for (const id of NUDGE_IDS) expect({ id, fields: sorted(Object.keys(resolved(nudges[id]).properties ?? {})) }).toEqual({ id, fields: sorted(objectKeys(NudgeOverrideSchema)) });
    const trigger = resolved(properties.customTriggers?.items);
    expect(sorted(Object.keys(trigger.properties ?? {}))).toEqual(sorted(objectKeys(CustomTriggerSchema)));
    expect(trigger.properties?.side?.enum).toEqual((CustomTriggerSchema as unknown as { entries: { side: { options: string[] } } }).entries.side.options);
  });

  it("gives every number the code's own type and range, so Chrome passes exactly what Candor accepts", () => {
    const numbers: Array<{ name: string; node: SchemaNode | undefined; probe: number; policy: (value: number) => unknown }> = [
      ...THRESHOLD_KEYS.map((key) => ({
        name: `thresholds.${key}`,
        node: properties.thresholds?.properties?.[key],
        probe: DEFAULT_COACH_SETTINGS[key],
        policy: (value: number) => ({ thresholds: { [key]: value } }),
      })),
      { name: 'retentionDays', node: properties.retentionDays, probe: 90, policy: (value: number) => ({ retentionDays: value }) },
    ];
    const accepts = (policy: unknown) => parseManagedPolicy(policy).problems.length === 0;
    for (const { name, node, probe, policy } of numbers) {
      expect({ name, type: node?.type }).toEqual({ name, type: accepts(policy(probe + 0.001)) ? 'number' : 'integer' });
      if (node?.minimum !== undefined) expect({ name, atMinimum: accepts(policy(node.minimum)), below: accepts(policy(node.minimum - 1)) }).toEqual({ name, atMinimum: true, below: false });
      if (node?.maximum !== undefined) expect({ name, atMaximum: accepts(policy(node.maximum)), above: accepts(policy(node.maximum + 1)) }).toEqual({ name, atMaximum: true, above: false });
      if (node?.type === 'integer') expect({ name, bounded: node.minimum !== undefined && node.maximum !== undefined }).toEqual({ name, bounded: true });
    }
  });
});
