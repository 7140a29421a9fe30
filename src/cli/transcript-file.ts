/** Reads a transcript file of any supported format into utterances, streaming, with errors that name file and line. */
import { createParser, detectFormat, unsupportedFormat, type TranscriptFormat } from '../core/transcripts/detect-format';
import { TranscriptError, type TranscriptParser, type TranscriptUtterance } from '../core/transcripts/transcript-types';
import { checkFile, InputError, readLines } from './read-lines';

export async function* readTranscript(path: string, only?: TranscriptFormat): AsyncGenerator<TranscriptUtterance> {
  const unsupported = unsupportedFormat(path);
  if (unsupported !== null) throw new InputError(`${path}:1: ${unsupported}`);
  await checkFile(path);
  let parser: TranscriptParser | null = null;
  let last = 0;
  try {
    for await (const [line, n] of readLines(path)) {
      last = n;
      if (parser === null) {
        if (line.trim() === '') continue;
        const format = detectFormat(path, line, n);
        if (only !== undefined && format !== only) throw new TranscriptError(n, `expected ${only.toUpperCase()} (one JSON object per line)`);
        parser = createParser(format);
      }
      yield* parser.push(line, n);
    }
    if (parser === null) throw new InputError(`${path}: the file is empty`);
    yield* parser.end();
  } catch (error) {
    if (error instanceof TranscriptError) throw new InputError(`${path}:${error.line}: ${error.message}`);
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}:${last}: ${(error as Error).message}`);
  }
}
