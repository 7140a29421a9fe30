/**
 * What was said, per speaker, as plain words: from a replay (what the simulated people said) and from what
 * Candor stored. Comparing the two proves that no word was lost or repeated, whatever the segmentation.
 */
import { cleanDisplayName } from '../../src/content/platforms/display-names';
import { normalizeText } from '../../src/core/caption-words';
import type { LowLevelEvent } from '../../src/replay/replay-schema';
import type { CapturedUtterance } from './call';

function append(map: Map<string, string>, speaker: string, text: string): void {
  const words = normalizeText(text);
  if (words !== '') map.set(speaker, `${map.get(speaker) ?? ''} ${words}`.trim());
}

/** Each block's final text, attributed to its final speaker name (sites rename placeholders later). */
export function spokenWords(events: readonly LowLevelEvent[], selfName: string): Map<string, string> {
  const blocks = new Map<string, { speaker: string; text: string }>();
  for (const event of events) {
    if (event.op !== 'show') continue;
    const before = blocks.get(event.block);
    const speaker = event.self ? selfName : event.speaker !== undefined ? (cleanDisplayName(event.speaker).name ?? '') : (before?.speaker ?? '');
    blocks.set(event.block, { speaker, text: event.text });
  }
  const bySpeaker = new Map<string, string>();
  for (const { speaker, text } of blocks.values()) append(bySpeaker, speaker, text);
  return bySpeaker;
}

export function capturedWords(utterances: readonly CapturedUtterance[]): Map<string, string> {
  const bySpeaker = new Map<string, string>();
  for (const u of utterances) append(bySpeaker, u.speaker ?? '', u.text);
  return bySpeaker;
}
