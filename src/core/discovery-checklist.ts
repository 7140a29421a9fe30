/**
 * The live discovery checklist (principle 4: the deal is decided in discovery): when each topic was first
 * explored in this call. What counts as explored is decided once, in metrics/discovery.ts, so the panel, the
 * coach's reminder and the review never disagree about the same call. Pure and serialisable: the call
 * session keeps it in its saved state.
 */
import { DISCOVERY_TOPICS, emptyDiscovery, noteDiscovery, type DiscoveryTopic } from './metrics/discovery';
import type { EpochMs, Label, RoledUtterance } from './types';

export { DISCOVERY_TOPICS, type DiscoveryTopic };

/** When each topic first came up, and in which utterance. Topics not yet covered are absent. */
export type DiscoveryChecklist = Partial<Record<DiscoveryTopic, { at: EpochMs; utteranceId: string }>>;

/** Ticks what a final utterance explored; topics already ticked keep their first moment. */
export function tickChecklist(list: DiscoveryChecklist, utterance: RoledUtterance, labels: readonly Label[]): DiscoveryChecklist {
  if (!utterance.final) return list;
  const before = emptyDiscovery();
  for (const topic of DISCOVERY_TOPICS) before[topic] = list[topic] !== undefined;
  const after = noteDiscovery(before, utterance.role, utterance.text, labels);
  if (after === before) return list;
  let next = list;
  for (const topic of DISCOVERY_TOPICS) {
    if (after[topic] && !next[topic]) next = { ...next, [topic]: { at: utterance.start, utteranceId: utterance.id } };
  }
  return next;
}
