/**
 * Whether a cue's opening "Name:" names a speaker, judged by the whole file. Zoom writes every cue as
 * "Name: text"; other tools (most SRT) name the speaker only when it changes and leave continuation cues bare;
 * captions may name no one. A cue's own words can open with a phrase and a colon ("Bottom line: we migrate in
 * May"), which reads as a name just as well: read as one, the phrase became a speaker who took the words, and
 * every bare cue after them, from the person saying them.
 *
 * A name is a speaker when it opens another cue of the file too (a speaker seen elsewhere). A name seen once is
 * one when it is not written like the start of a sentence and either every cue of the file opens with a name
 * (Zoom's shape, where someone who speaks once is still someone) or it is written as a full name ("Lena Park:
 * sorry, I have to drop", someone who spoke once in a file that names speakers when they change). A single word
 * seen once in such a file ("Phrase:", "Update:") is the speaker's words. Otherwise the cue is bare words of the
 * speaker before it.
 */
import { startsLikeSentence } from './transcript-types';

export interface CueSpeakerEvidence {
  /** Each cue's words without a <v> span, in any order: the name they open with, or null for none. */
  note(name: string | null): void;
  /** Once every cue is noted: whether `name`, which opens a cue, is that cue's speaker. */
  isSpeaker(name: string): boolean;
}

export function createCueSpeakerEvidence(): CueSpeakerEvidence {
  const opens = new Map<string, number>();
  let bare = 0;
  return {
    note(name) {
      if (name === null) bare += 1;
      else opens.set(name, (opens.get(name) ?? 0) + 1);
    },
    isSpeaker(name) {
      if ((opens.get(name) ?? 0) >= 2) return true;
      if (startsLikeSentence(name)) return false;
      return bare === 0 || name.includes(' ');
    },
  };
}
