/** What the learned model may be trained on: set 1 dev files and our training-only dialogues, never the test parts or corpus text. */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTraining, salesCallFiles } from '../../eval/lib/sets';

describe('training data of the learned model', () => {
  it('uses the set 1 dev files, never the frozen test part', () => {
    const files = salesCallFiles('dev').map((f) => basename(f));
    expect(files).toContain('dev.jsonl');
    expect(files.every((f) => /^dev(-[a-z0-9-]+)?\.jsonl$/u.test(f))).toBe(true);
  });
  it('reads training-only dialogues from test/eval/training, tagged by file for leave-one-file-out', () => {
    const training = loadTraining();
    expect(training.length).toBeGreaterThan(0);
    expect(new Set(training.map((c) => c.file))).toEqual(new Set(['deal-talk', 'donation-2', 'donation-and-counselling', 'haggling', 'haggling-2', 'haggling-3', 'counselling-and-donation-2']));
    expect(training.every((c) => c.lines.every((l) => l.role === 'rep' || l.role === 'prospect'))).toBe(true);
  });
});
