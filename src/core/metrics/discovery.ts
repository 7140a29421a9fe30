/**
 * The discovery checklist of principle 4: has the call explored the buyer's problem, its impact, what success
 * looks like, their alternative, how they decide, and their concerns? A topic counts as explored when the
 * buyer spoke to it (their labels) or the rep asked about the buyer's side of it (a question with its words
 * that is not about the rep's own product or the call's logistics).
 */
import { isLogistics } from '../classifier/question-cues';
import { asksHowItIsDoneToday } from '../classifier/turn-context';
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

/**
 * Words in a rep's question that show which topic it explores. Phrases rather than lone "today", "handle",
 * "process", "approval" or "compare": those are as often about the rep's demo, pricing or calendar ("is it
 * okay if I share my screen today?", "does that process make sense so far?").
 */
const ASKED: Record<DiscoveryTopic, RegExp> = {
  problem: /(?:^|\s)(?:problems?|challenges?|pain|pains|struggl\w*|frustrat\w*|broken|prompted|brings you|made you|going on (?:with|at|on|in|there)|(?:you|you guys|your team|they|y'all) (?:currently |usually |normally )?(?:handle|handling|handled|manage|managing))(?:\s|$)/u,
  impact: /(?:^|\s)(?:impact|cost you|costing|affect|affects|mean for (?:you|your|the team|the business|them)|how much time|how many hours|what happens when|consequences?)(?:\s|$)/u,
  success: /(?:^|\s)(?:success|successful|outcome|great look like|good look like|ideal|wave a wand|six months|goal|goals)(?:\s|$)/u,
  alternative:
    /(?:^|\s)(?:instead|alternatives?|using (?:now|today)|(?:are|do|did) (?:you|you guys|they) (?:use|using)|compar\w* (?:it|us|this|that|them) (?:to|with|against)|(?:you|you're|you've been) compar\w*|currently|other options|other vendors|looked at|considering)(?:\s|$)/u,
  'decision-process':
    /(?:^|\s)(?:decide|decision|decisions|sign off|signs off|who approves|approval process|approve (?:it|this|that|something|the spend|spend|purchases?|new software|yourself)|(?:would|you'd|they'd|need to|needs to|have to|has to|could|can) (?:normally |usually )?approve|who's involved|who is involved|(?:vendor|purchase|software) approval|process (?:[a-z']+ ){0,6}(?:evaluating|approving|buying|new vendors?|new software|new suppliers?|something like this)|who else|(?:buying|decision|approval|procurement|purchasing|evaluation|review) process|budget|budgets)(?:\s|$)/u,
  concerns: /(?:^|\s)(?:concern|concerns|worry|worries|worried|hesitation|hold you back|risk|risks|unclear|missing)(?:\s|$)/u,
};

/** Courtesies that carry a topic word without asking about it: "no problem", "no worries at all". */
const COURTESY = /(?:^|\s)(?:no|not a) (?:problem|problems|worries|worry)(?: at all)?(?=\s|$)/gu;
/** "You" as the one the rep shows, sends or thanks, not the one whose situation is asked about. */
const YOU_AS_AUDIENCE = /(?:^|\s)(?:show|send|give|tell|walk|take|email|get|thank|see|hear|remind|help|sign) you(?=\s|$)/gu;
/** The buyer addressed, or their side named: "you", "your team", "you guys", "they", "walk me through", "who else". */
const BUYER_SIDE = /(?:^|\s)(?:you|your|yours|you're|you've|you'd|you'll|y'all|yourself|yourselves|they|their|them|they're|walk me through|who else|anyone else|anybody else)(?:\s|$)/u;
/**
 * The rep's own side: their product, pricing, screen or offers ("our pricing", "want me to show", "shall I
 * send"); not the asking frames "can I ask", "tell me", "I wanted to check".
 */
const REP_SIDE = /(?:^|\s)(?:my|our|ours|me to|i'll|i will|we'll|we will|shall i|should i|let me (?:show|send|share)|i can (?:send|show|share|get|do|waive|offer))(?:\s|$)/u;

/**
 * Whether a rep's question asks about the buyer's situation: it addresses them or their side, or names
 * nobody ("what's the budget looking like for next year?"); a question only about the rep's own side
 * ("any questions on how our pricing compares to other vendors?") or the call's logistics explores nothing.
 */
function asksAboutTheBuyer(text: string): boolean {
  const addressed = BUYER_SIDE.test(text.replace(YOU_AS_AUDIENCE, ' '));
  return addressed || !REP_SIDE.test(text);
}

/** The topics one final rep question explores. */
function topicsAsked(raw: string): DiscoveryTopic[] {
  const n = normalizeCaption(raw);
  if (isLogistics(n) || !asksAboutTheBuyer(n.text)) return [];
  const words = n.text.replace(COURTESY, ' ');
  const topics = DISCOVERY_TOPICS.filter((topic) => ASKED[topic].test(words));
  // "How do you handle invoices today?" asks what the buyer's problem is, however it is worded.
  if (!topics.includes('problem') && asksHowItIsDoneToday(words)) topics.push('problem');
  return topics;
}

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
      for (const topic of topicsAsked(text)) next[topic] = true;
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
