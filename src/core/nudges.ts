/**
 * The nudge catalogue: what a card says. Each card must be readable in two seconds and give the rep
 * something to say or do in the next ten: a one-line title, one question they could ask in their own words,
 * and a short "why" tied to a principle in `principles.md` for the curious and for new hires.
 */

export const NUDGE_IDS = ['validate-objection', 'find-the-concern', 'ask-about-alternative', 'monologue', 'stop-pitching'] as const;

export type NudgeId = (typeof NUDGE_IDS)[number];

export interface NudgeDefinition {
  id: NudgeId;
  /** What to do, in a few words. */
  title: string;
  /** Something the rep could say now. */
  question: string;
  /** Why it matters, in one sentence. */
  why: string;
  /** The number of the principle in `principles.md` this nudge serves. */
  principle: number;
}

export const NUDGES: Record<NudgeId, NudgeDefinition> = {
  'validate-objection': {
    id: 'validate-objection',
    title: "Validate it, then ask what's behind it",
    question: "That's fair. What makes it feel that way right now?",
    why: 'An objection is a real concern and an invitation to learn more. Acknowledge it; arguing makes buyers defensive.',
    principle: 5,
  },
  'find-the-concern': {
    id: 'find-the-concern',
    title: 'Find the concern behind the hedge',
    question: 'Totally fine. What would you need to know to decide, either way?',
    why: 'Concerns need information, not time. A hedge usually hides a question you can help answer.',
    principle: 6,
  },
  'ask-about-alternative': {
    id: 'ask-about-alternative',
    title: "Ask how it compares to what they'd do instead",
    question: "How's that working for you, and how would this compare?",
    why: 'Their alternative is the real yardstick. Knowing it helps them reach a clear decision, yes or no.',
    principle: 1,
  },
  monologue: {
    id: 'monologue',
    title: 'Pause and hand it back',
    question: "I've been talking a while. What's your take so far?",
    why: 'Buyers stay engaged when they talk. Listen more than you talk; ask before you tell.',
    principle: 3,
  },
  'stop-pitching': {
    id: 'stop-pitching',
    title: 'Stop the pitch, ask a question',
    question: 'What matters most to you in all this?',
    why: 'Buyers care about their problem, not our features. Ask before you tell.',
    principle: 3,
  },
};
