import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withModelLabels, type ModelWeights } from '../../../src/core/classifier/model';
import { normalizeCaption } from '../../../src/core/text-normalize';
import type { Label, RoledUtterance } from '../../../src/core/types';

/** A hand-made model: "worried" means objection, "honestly" means counter. */
const TOY: ModelWeights = {
  labels: ['objection', 'counter', 'buying_signal'],
  roles: ['prospect', 'rep', 'prospect'],
  bias: [-3, -3, -3],
  thresholds: [0.7, 0.7, 0.7],
  features: { 'w:worried': [0, 5], 'w:honestly': [1, 5], 'w:great': [2, 5] },
};

function line(role: RoledUtterance['role'], text: string, final = true): RoledUtterance {
  return { id: 'u1', role, speaker: null, text, start: 0, end: 1_000, final };
}

function run(u: RoledUtterance, rules: Label[] = []): Label[] {
  return withModelLabels(rules, normalizeCaption(u.text), u, [], TOY);
}

describe('the learned model on top of the cues', () => {
  it('adds a confident label on a final caption', () => {
    expect(run(line('prospect', 'a bit worried about the rollout')).map((l) => l.label)).toEqual(['objection']);
  });
  it('never reads partial captions, so no card flashes up and vanishes', () => {
    expect(run(line('prospect', 'a bit worried about the', false))).toEqual([]);
  });
  it('keeps labels role-specific', () => {
    expect(run(line('rep', 'worried is the wrong word')).map((l) => l.label)).toEqual([]);
    expect(run(line('prospect', 'honestly no idea')).map((l) => l.label)).toEqual([]);
  });
  it('adds nothing the cues already gave, and keeps their evidence', () => {
    const rules: Label[] = [{ label: 'objection', confidence: 0.8, evidence: 'worried' }];
    expect(run(line('prospect', 'worried about it'), rules)).toEqual(rules);
  });
  it('does not call praise a buying signal without a proposal or a step to buy', () => {
    expect(run(line('prospect', 'that looks great')).map((l) => l.label)).toEqual([]);
  });
  it('takes back a cue call it is confident is wrong, on partial and final text, keeping it as a hint', () => {
    const model: ModelWeights = { ...TOY, removeBelow: [0.2, 0, 0], features: { ...TOY.features, 'w:kidding': [0, -5] } };
    const rules: Label[] = [{ label: 'objection', confidence: 0.8, evidence: 'too expensive' }];
    for (const final of [false, true]) {
      const u = line('prospect', 'too expensive, kidding', final);
      const out = withModelLabels(rules, normalizeCaption(u.text), u, [], model);
      expect(out).toEqual([{ label: 'objection', confidence: 0.4, evidence: 'too expensive' }]);
    }
    // Without a take-back threshold the cue call stands.
    const u = line('prospect', 'too expensive, kidding');
    expect(withModelLabels(rules, normalizeCaption(u.text), u, [], { ...model, removeBelow: [0, 0, 0] })).toEqual(rules);
  });
  it('does not add a stall to thinking aloud before an answer', () => {
    const model: ModelWeights = {
      labels: ['stall'],
      roles: ['prospect'],
      bias: [-3],
      thresholds: [0.7],
      features: { 'w:think': [0, 5] },
    };
    const add = (text: string) => withModelLabels([], normalizeCaption(text), line('prospect', text), [], model).map((l) => l.label);
    expect(add("let me think, we're about forty people")).toEqual([]);
    expect(add('honestly I need to think')).toEqual(['stall']);
  });
  it('ships small weights (the service worker loads them)', () => {
    const size = statSync(join(import.meta.dirname, '../../../src/core/classifier/model-weights.json')).size;
    // Under 0.6 MB of JSON (about a tenth of that gzipped in the service worker); bench reports the bundle size.
    expect(size).toBeLessThan(576 * 1024);
  });
});
