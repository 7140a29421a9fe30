/**
 * The encoding of a transcript file, from its first bytes: UTF-8 unless a UTF-16 byte order mark says otherwise.
 * Windows' Notepad saves "Unicode" as UTF-16 with a BOM; read as UTF-8, every other byte is 0 and the file was
 * refused as binary. The command line and the review page both ask this, so they read the same files.
 */
export type TranscriptEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export function encodingOf(head: Uint8Array): TranscriptEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** A decoder that refuses bytes the encoding cannot hold (and drops the BOM). */
export function transcriptDecoder(encoding: TranscriptEncoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true });
}

/** "UTF-8" or "UTF-16", for messages. */
export function encodingName(encoding: TranscriptEncoding): string {
  return encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
}
