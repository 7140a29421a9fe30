/** Reads a transcript file of any supported format into utterances, streaming, with errors that name file and line. */
import { createParser, detectFormat, unsupportedFormat, type TranscriptFormat } from '../core/transcripts/detect-format';
import { TranscriptError, type TranscriptParser, type TranscriptUtterance } from '../core/transcripts/transcript-types';
import { checkFile, InputError, inputName, readLines } from './read-lines';

/** `name` is what messages call the input: the file, `stdin`, or for a spooled pipe the pipe it came from. */
export async function* readTranscript(path: string, only?: TranscriptFormat, name = inputName(path)): AsyncGenerator<TranscriptUtterance> {
  const unsupported = unsupportedFormat(name);
  if (unsupported !== null) throw new InputError(`${name}:1: ${unsupported}`);
  await checkFile(path);
  let parser: TranscriptParser | null = null;
  let last = 0;
  try {
    for await (const [line, n] of readLines(path, name)) {
      last = n;
      if (parser === null) {
        if (line.trim() === '') continue;
        // A pipe has no extension: the format is then told by the first line alone.
        const format = detectFormat(name, line, n);
        if (only !== undefined && format !== only) throw new TranscriptError(n, `expected ${only.toUpperCase()} (one JSON object per line)`);
        parser = createParser(format);
      }
      yield* parser.push(line, n);
    }
    if (parser === null) throw new InputError(`${name}: the file is empty`);
    yield* parser.end();
  } catch (error) {
    if (error instanceof TranscriptError) throw new InputError(`${name}:${error.line}: ${error.message}`);
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}:${last}: ${(error as Error).message}`);
  }
}
