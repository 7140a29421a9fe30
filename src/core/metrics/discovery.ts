/**
 * The discovery checklist of principle 4: has the call explored the buyer's problem, its impact, what success
 * looks like, their alternative, how they decide, and their concerns? A topic counts as explored when the
 * buyer spoke to it (their labels) or the rep asked about it (a question with its words).
 */
import { normalizeCaption } from '../text-normalize';
import type { Label, Role } from '../types';

export const DISCOVERY_TOPICS = ['problem', 'impact', 'success', 'alternative', 'decision-process', 'concerns'] as const;
export type DiscoveryTopic = (typeof DISCOVERY_TOPICS)[number];

/** How each topic reads on the card: "you haven't asked about …". */
export const TOPIC_PROMPTS: Record<DiscoveryTopic, string> = {
  problem: 'What problem are you trying to solve right now?',
  impact: "What does that cost you today, in time or money?",
  success: 'What would a great outcome look like six months from now?',
  alternative: "If you didn't do this, what would you do instead?",
  'decision-process': 'How will you decide, and who else weighs in?',
  concerns: "What concerns would you need cleared up to decide either way?",
};

/** Words in a rep's question that show which topic it explores. */
const ASKED: Record<DiscoveryTopic, RegExp> = {
  problem: /(?:^|\s)(?:problem|challenge|pain|struggle|frustrat\w*|broken|prompted|brings you|made you|going on|handle|handling|today)(?:\s|$)/u,
  impact: /(?:^|\s)(?:impact|cost you|costing|affect|affects|mean for|how much time|how many hours|what happens when|consequence\w*)(?:\s|$)/u,
  success: /(?:^|\s)(?:success|successful|outcome|great look like|good look like|ideal|wave a wand|six months|goal|goals)(?:\s|$)/u,
  alternative: /(?:^|\s)(?:instead|alternative\w*|using (?:now|today)|currently|compare|other options|other vendors|looked at|considering)(?:\s|$)/u,
  'decision-process': /(?:^|\s)(?:decide|decision|decisions|sign off|approve|approval|who else|process|budget|buying)(?:\s|$)/u,
  concerns: /(?:^|\s)(?:concern|concerns|worry|worries|worried|hesitation|hold you back|risk|risks|unclear|missing)(?:\s|$)/u,
};

/** The buyer labels that show a topic explored from their side. */
const SAID: Partial<Record<Label['label'], DiscoveryTopic>> = {
  pain: 'problem',
  alternative: 'alternative',
  stakeholder: 'decision-process',
  objection: 'concerns',
};
const IMPACT_WORDS = /(?:^|\s)(?:[0-9]+|hours?|days?|weeks?|money|revenue|dollars?|k|percent|cost|costs|losing|lose|lost|fees?)(?:\s|$)/u;

export type DiscoveryState = Record<DiscoveryTopic, boolean>;

export function emptyDiscovery(): DiscoveryState {
  return { problem: false, impact: false, success: false, alternative: false, 'decision-process': false, concerns: false };
}

/** Marks what one final utterance explored. Returns the same object when nothing changed. */
export function noteDiscovery(state: DiscoveryState, role: Role, text: string, labels: readonly Label[]): DiscoveryState {
  const next = { ...state };
  const positive = labels.filter((l) => l.confidence >= 0.5);
  if (role === 'rep') {
    if (positive.some((l) => l.label === 'open_question' || l.label === 'closed_question')) {
      const words = normalizeCaption(text).text;
      for (const topic of DISCOVERY_TOPICS) if (ASKED[topic].test(words)) next[topic] = true;
    }
  } else {
    for (const l of positive) {
      const topic = SAID[l.label];
      if (topic !== undefined) next[topic] = true;
      if (l.label === 'pain' && IMPACT_WORDS.test(normalizeCaption(text).text)) next.impact = true;
    }
  }
  return DISCOVERY_TOPICS.every((t) => next[t] === state[t]) ? state : next;
}

export function unexplored(state: DiscoveryState): DiscoveryTopic[] {
  return DISCOVERY_TOPICS.filter((t) => !state[t]);
}
