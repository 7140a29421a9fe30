/**
 * The voices in one WebVTT cue. Teams (and other tools) write a cue with a `<v Name>` span for each person when
 * people talk over each other; read as one voice, the second person's words went to the first.
 */

/**
 * A voice span's opening tag, anywhere in the cue. One whitespace character after "v" (the name is tidied later)
 * and no "<" in the name: cue text is untrusted, and a pattern that could backtrack over a run of spaces, or
 * run past the next "<" looking for a ">", would scan an unclosed "<v" again for every one that follows it.
 */
const VOICE_TAG = /<v(?:\.[^\s<>]+)?\s([^<>]+)>/gu;

export interface VoicePart {
  /** The name in the span's tag as written (not yet decoded or cleaned); null for text before any span. */
  voice: string | null;
  /** The part's cue text, tags and all. */
  raw: string;
}

/** The cue's text cut at each voice span, in order; a cue with no span is one part with no voice. */
export function splitVoices(raw: string): VoicePart[] {
  const parts: VoicePart[] = [];
  let from = 0;
  let voice: string | null = null;
  for (const tag of raw.matchAll(VOICE_TAG)) {
    if (tag.index > from || voice !== null) parts.push({ voice, raw: raw.slice(from, tag.index) });
    voice = tag[1] ?? '';
    from = tag.index;
  }
  parts.push({ voice, raw: raw.slice(from) });
  return parts;
}

const wordsIn = (text: string) => Math.max(1, text.split(/\s+/u).filter((w) => w !== '').length);

/**
 * The cue's span shared among its parts in the order they speak, by their words (the review also times speech
 * by words), so talk time goes to whoever said the words, turns stay in order and none overlaps the next. The
 * last part ends at the cue's end, so rounding never leaves a gap.
 */
export function shareSpan(start: number, end: number, texts: readonly string[]): Array<{ start: number; end: number }> {
  const words = texts.map(wordsIn);
  const total = words.reduce((sum, n) => sum + n, 0);
  let said = 0;
  let at = start;
  return words.map((n, i) => {
    said += n;
    const until = i === words.length - 1 ? end : start + ((end - start) * said) / total;
    const span = { start: at, end: until };
    at = until;
    return span;
  });
}
