/**
 * Saves notes as they are typed: a note's latest text once typing pauses, and every note still waiting at once
 * when asked (the box is left, the tab is hidden, closed or reloaded). Saving only when a box lost focus lost
 * whatever was typed when the tab closed mid-sentence; saving every keystroke rewrote the note and redrew the
 * transcript for each one.
 */
import type { StoredNote } from '../../storage/calls-db';

export const NOTE_PAUSE_MS = 400;

export interface NoteSaver {
  /** The note as it reads now; written once typing pauses. */
  typed(note: StoredNote): void;
  /** Writes the waiting note of `target` now, or every waiting note when no target is given. */
  flush(target?: string): void;
}

export function createNoteSaver(write: (note: StoredNote) => void, pauseMs = NOTE_PAUSE_MS): NoteSaver {
  const waiting = new Map<string, { note: StoredNote; timer: ReturnType<typeof setTimeout> }>();
  const save = (target: string) => {
    const entry = waiting.get(target);
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    waiting.delete(target);
    write(entry.note);
  };
  return {
    typed(note) {
      const entry = waiting.get(note.target);
      if (entry !== undefined) clearTimeout(entry.timer);
      waiting.set(note.target, { note, timer: setTimeout(() => save(note.target), pauseMs) });
    },
    flush(target) {
      for (const t of target === undefined ? [...waiting.keys()] : [target]) save(t);
    },
  };
}
