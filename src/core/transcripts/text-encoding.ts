/**
 * Turns a transcript file's bytes into text, chunk by chunk, refusing what is not text. The command line and the
 * review page both decode with this, so they read the same files and refuse the others with the same words.
 *
 * The encoding comes from the first bytes: UTF-8 unless a UTF-16 byte order mark says otherwise. Windows' Notepad
 * saves "Unicode" as UTF-16 with a BOM; read as UTF-8, every other byte is 0 and the file was refused as binary.
 */
type TranscriptEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const BINARY = 'this is a binary file, not a text transcript';

function encodingOf(head: Uint8Array): TranscriptEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * A decoder for one file: call it with each chunk in order, then once with nothing at the end. It throws an Error
 * whose message says what is wrong but not where: the caller adds the file's name (and line).
 */
export function createTranscriptDecoder(): (chunk?: Uint8Array) => string {
  let encoding: TranscriptEncoding = 'utf-8';
  let decoder: TextDecoder | null = null;
  return (chunk) => {
    if (decoder === null) {
      if (chunk === undefined) return '';
      encoding = encodingOf(chunk);
      // Strict, so bytes the encoding cannot hold are refused instead of read as "\uFFFD"; the BOM is dropped.
      decoder = new TextDecoder(encoding, { fatal: true });
    }
    // In UTF-8 a 0 byte is only ever a NUL: checked before decoding, so a zip or an image, which is not UTF-8
    // either, is called binary rather than text to save again as UTF-8.
    if (encoding === 'utf-8' && chunk?.includes(0) === true) throw new Error(BINARY);
    let text: string;
    try {
      // Without a chunk, the end: a file that ends inside a character is not text either, its last bytes would
      // be dropped without a word.
      text = chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new Error(`not ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text (save the transcript as UTF-8)`);
    }
    // In UTF-16 every other byte of plain text is 0: there the characters are checked.
    if (text.includes('\u0000')) throw new Error(BINARY);
    return text;
  };
}
