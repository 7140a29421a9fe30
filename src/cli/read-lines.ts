/**
 * Streams a text file line by line with the checks every command needs before trusting it: it exists, it is
 * not over the size limit, it is text (no NUL bytes, valid UTF-8), BOM and CRLF handled. Large files are never
 * read whole.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { encodingName, encodingOf, transcriptDecoder, type TranscriptEncoding } from '../core/transcripts/text-encoding';
import { MAX_TRANSCRIPT_BYTES, megabytes } from '../core/transcripts/transcript-types';

const SNIFF_BYTES = 8192;

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
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    await handle.read(buffer, 0, buffer.length, 0);
    // In UTF-16 every other byte of plain text is 0: such a file is checked for NUL characters as it is decoded.
    if (encodingOf(buffer) === 'utf-8' && buffer.includes(0)) throw new InputError(`${path}: this is a binary file, not a text transcript`);
  } finally {
    await handle.close();
  }
}

/** Yields [line, 1-based number]; throws InputError on bytes that are not text in the file's encoding. */
export async function* readLines(path: string): AsyncGenerator<[string, number]> {
  const stream = createReadStream(path);
  const text = (async function* () {
    let encoding: TranscriptEncoding = 'utf-8';
    let decoder: TextDecoder | null = null;
    const decode = (chunk?: Buffer): string => {
      if (decoder === null && chunk !== undefined) {
        encoding = encodingOf(chunk);
        decoder = transcriptDecoder(encoding);
      }
      try {
        return decoder === null ? '' : chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
      } catch {
        throw new InputError(`${path}: not ${encodingName(encoding)} text (save the transcript as UTF-8)`);
      }
    };
    for await (const chunk of stream) {
      const decoded = decode(chunk as Buffer);
      if (decoded.includes('\u0000')) throw new InputError(`${path}: this is a binary file, not a text transcript`);
      yield decoded;
    }
    // A file that ends inside a character is not text either: its last bytes were dropped without a word.
    yield decode();
  })();
  const lines = createInterface({ input: Readable.from(text), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    yield [n === 1 ? line.replace(/^\uFEFF/u, '') : line, n];
  }
}
