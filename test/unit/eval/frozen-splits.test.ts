import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

describe('evaluation: the test parts stay frozen', () => {
  const pinned = readFileSync(join(ROOT, 'test/eval/frozen.sha256'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/u) as [string, string]);

  it.each(pinned)('%s is the file committed before tuning (%s)', (hash, file) => {
    const actual = createHash('sha256').update(readFileSync(join(ROOT, file))).digest('hex');
    expect(actual).toBe(hash);
  });
});
