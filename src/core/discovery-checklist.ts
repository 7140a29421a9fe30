/**
 * The discovery checklist: the topics a help-first discovery covers (principle 4: the deal is decided in
 * discovery), ticked off as they come up in the call. A topic counts once anyone talks about it, rep or buyer:
 * a rep's question about impact puts impact on the table, which is what a shadowing new hire and a rep
 * glancing at the list want to know. Labels from the classifier tick topics first; plain keywords catch the
 * rest. Pure and serialisable: the call session keeps it in its saved state.
 *
 * This is a small stand-in for the call metrics in src/core/metrics/ and may be swapped for them.
 */
import { normalizeCaption } from './text-normalize';
import type { EpochMs, Label, LabelName, RoledUtterance } from './types';

export const DISCOVERY_TOPICS = ['problem', 'impact', 'success', 'alternative', 'decision', 'concerns'] as const;
export type DiscoveryTopic = (typeof DISCOVERY_TOPICS)[number];

/** When each topic first came up, and in which utterance. Topics not yet covered are absent. */
export type DiscoveryChecklist = Partial<Record<DiscoveryTopic, { at: EpochMs; utteranceId: string }>>;

const POSITIVE = 0.5;

/** Buyer labels that are, by themselves, a topic coming up. */
const TOPIC_OF_LABEL: Partial<Record<LabelName, DiscoveryTopic>> = {
  pain: 'problem',
  alternative: 'alternative',
  stakeholder: 'decision',
  objection: 'concerns',
  stall: 'concerns',
};

/** Words on normalised caption text (lower case, no punctuation), whole words only. */
const TOPIC_WORDS: Record<DiscoveryTopic, RegExp> = {
  problem: /\b(?:problems?|challenges?|struggl\w*|pain|issues?|frustrat\w*|bottlenecks?|headaches?)\b/u,
  impact: /\b(?:impact\w*|costs? us|costing us|losing|lose|wasted?|hours a (?:week|day|month)|slows? (?:us|down)|revenue|affects?)\b/u,
  success: /\b(?:success|successful|ideal|great outcome|look like|goals?|win for)\b/u,
  alternative: /\b(?:instead|alternatives?|currently use|in house|other vendors?|competitors?|status quo)\b/u,
  decision: /\b(?:decide|decision|decisions|sign off|approv\w*|procurement|who else|board|committee|stakeholders?|budget holder)\b/u,
  concerns: /\b(?:concerns?|concerned|worried|worry|risks?|hesitant|hesitation|reservations?)\b/u,
};

/** Ticks every topic this utterance brings up; topics already ticked keep their first moment. */
export function tickChecklist(list: DiscoveryChecklist, utterance: RoledUtterance, labels: readonly Label[]): DiscoveryChecklist {
  const found = new Set<DiscoveryTopic>();
  if (utterance.role === 'prospect') {
    for (const label of labels) {
      const topic = TOPIC_OF_LABEL[label.label];
      if (topic && label.confidence >= POSITIVE) found.add(topic);
    }
  }
  const text = normalizeCaption(utterance.text).text;
  for (const topic of DISCOVERY_TOPICS) if (TOPIC_WORDS[topic].test(text)) found.add(topic);
  let next = list;
  for (const topic of found) {
    if (next[topic]) continue;
    next = { ...next, [topic]: { at: utterance.start, utteranceId: utterance.id } };
  }
  return next;
}
