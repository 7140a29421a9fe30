/**
 * Streams a text file line by line with the checks every command needs before trusting it: it exists, it is
 * not over the size limit, it is text (decoded as the review page decodes it, by core/transcripts/text-encoding),
 * BOM and CRLF handled. Large files are never read whole.
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

export async function checkFile(path: string, maxBytes = MAX_TRANSCRIPT_BYTES): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > maxBytes) throw new InputError(`${path}: the file is ${megabytes(size)} MB, over the ${megabytes(maxBytes)} MB limit`);
}

/** Yields [line, 1-based number]; throws InputError on bytes that are not text in the file's encoding. */
export async function* readLines(path: string): AsyncGenerator<[string, number]> {
  const stream = createReadStream(path);
  const decoder = createTranscriptDecoder();
  const decode = (chunk?: Buffer): string => {
    try {
      return decoder(chunk);
    } catch (error) {
      throw new InputError(`${path}: ${(error as Error).message}`);
    }
  };
  const text = (async function* () {
    for await (const chunk of stream) yield decode(chunk as Buffer);
    yield decode();
  })();
  const lines = createInterface({ input: Readable.from(text), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    yield [n === 1 ? line.replace(/^\uFEFF/u, '') : line, n];
  }
}
