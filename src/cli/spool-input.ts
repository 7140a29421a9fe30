/**
 * A pipe copied to a temporary file, for `classify`: it checks the whole input before writing a line (no partial
 * output that looks complete), and a pipe cannot be read twice. Disk rather than memory: the input may be up to
 * the 200 MB limit, and holding it, or every output line, in memory would cost several times that in strings.
 * The copy is removed when the process exits, however it exits (process.exit skips `finally`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { readInput } from './read-lines';

export async function spoolInput(path: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'candor-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, 'input');
  await pipeline(readInput(path), createWriteStream(copy));
  return copy;
}
