/**
 * The metadata a text transcript can open with before anyone speaks: Otter's export (and tools writing in its
 * layout) can start with the call's title, date and speakers,
 *
 *   Title: Invoice automation intro
 *   Tue, Mar 3, 2026 3:04 PM
 *   Speakers: Priya Raman, Tom Becker
 *
 * "Title: ..." is shaped like a "Name: text" turn: read as one, it made a speaker called "Title" and settled the
 * file as colon turns, so the "Name  0:03" headings after it were read as words. Lines without a colon (the date)
 * need nothing: before the first turn they belong to nobody anyway.
 */

/**
 * A field name and its colon. Only names that are never a person's: the line parser asks this before the first
 * turn only, so a colon turn further down ("Subject: ..." said by no one) is never dropped by it.
 */
const FIELD =
  /^(?:(?:meeting|call|recording|transcript) )?(?:title|name|subject|date|time|date and time|duration|length|speakers|participants|attendees|keywords|host|location|recorded(?: on| at)?|created(?: on| at)?)\s*:/iu;

/** Whether a trimmed line, before the file's first turn, is one of its metadata fields rather than a turn. */
export function isPreambleLine(line: string): boolean {
  return FIELD.test(line);
}
