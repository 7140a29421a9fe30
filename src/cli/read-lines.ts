/**
 * Streams a text file line by line with the checks every command needs before trusting it: it exists, it is
 * not over the size limit, it is text (decoded as the review page decodes it, by core/transcripts/text-encoding),
 * BOM and CRLF handled. Large files are never read whole. `-` reads stdin.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createTranscriptDecoder } from '../core/transcripts/text-encoding';
import { MAX_TRANSCRIPT_BYTES, megabytes } from '../core/transcripts/transcript-types';

/** A user-facing problem with an input file; the message already names the file (and line). */
export class InputError extends Error {
  override name = 'InputError';
}

/** How messages name an input: `-` is stdin. */
export function inputName(path: string): string {
  return path === '-' ? 'stdin' : path;
}

/** The bytes of `path`: `-` is stdin; a FIFO (`/dev/stdin`, `<(…)`) is read like a file. */
function openInput(path: string): NodeJS.ReadableStream {
  return path === '-' ? process.stdin : createReadStream(path);
}

/**
 * Checks an input before reading it; says whether it is a regular file (can be read twice) or a pipe (once only,
 * and its size is known only at the end, so readLines enforces the limit as the bytes come).
 */
export async function checkFile(path: string, maxBytes = MAX_TRANSCRIPT_BYTES): Promise<'file' | 'pipe'> {
  if (path === '-') return 'pipe';
  let size: number;
  try {
    const info = await stat(path);
    if (info.isFIFO()) return 'pipe';
    if (!info.isFile()) throw new InputError(`${path}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > maxBytes) throw new InputError(`${path}: the file is ${megabytes(size)} MB, over the ${megabytes(maxBytes)} MB limit`);
  return 'file';
}

/** Passes chunks on, refusing a pipe once it is past the limit a file is refused at before reading. */
async function* limitBytes(chunks: AsyncIterable<Buffer>, name: string, maxBytes = MAX_TRANSCRIPT_BYTES): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw new InputError(`${name}: the input is over the ${megabytes(maxBytes)} MB limit`);
    yield chunk;
  }
}

/** The raw bytes of an input, size-limited; `-` is stdin. */
export function readInput(path: string, name = inputName(path)): AsyncGenerator<Buffer> {
  return limitBytes(openInput(path) as AsyncIterable<Buffer>, name);
}

/** Yields [line, 1-based number]; throws InputError on bytes that are not text in the file's encoding. */
export async function* readLines(path: string, name = inputName(path)): AsyncGenerator<[string, number]> {
  const stream = readInput(path, name);
  const decoder = createTranscriptDecoder();
  const decode = (chunk?: Buffer): string => {
    try {
      return decoder(chunk);
    } catch (error) {
      throw new InputError(`${name}: ${(error as Error).message}`);
    }
  };
  const text = (async function* () {
    for await (const chunk of stream) yield decode(chunk);
    yield decode();
  })();
  const lines = createInterface({ input: Readable.from(text), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    yield [n === 1 ? line.replace(/^\uFEFF/u, '') : line, n];
  }
}
