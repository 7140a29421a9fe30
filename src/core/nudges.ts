/**
 * The nudge catalogue: what a card says. Each card must be readable in two seconds and give the rep
 * something to say or do in the next ten: a one-line title, one question they could ask in their own words,
 * a short "why" tied to a principle in `principles.md`, and what acting on it looks like (for nudge uptake).
 */

export const NUDGE_IDS = [
  'ease-off',
  'stop-countering',
  'validate-objection',
  'respect-the-no',
  'find-the-concern',
  'ask-about-alternative',
  'help-them-decide',
  'confirm-next-step',
  'involve-stakeholders',
  'monologue',
  'talk-share',
  'stop-pitching',
  'ask-a-question',
  'discovery-gap',
] as const;

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
  /** What acting on the card looks like, for the review's nudge uptake. */
  actedOn: 'any-question' | 'open-question' | 'buyer-talks';
}

export const NUDGES: Record<NudgeId, NudgeDefinition> = {
  'ease-off': {
    id: 'ease-off',
    title: 'Ease off: no deadline, no push',
    question: "No pressure at all. What would you need to feel sure, either way?",
    why: 'Urgency and insistence make buyers defensive; they lose the sale they try to force.',
    principle: 2,
    actedOn: 'any-question',
  },
  'stop-countering': {
    id: 'stop-countering',
    title: "You're countering: ask instead",
    question: "Fair point. What's making you feel that way?",
    why: 'Validate objections, never counter them: arguing makes the buyer defend their view.',
    principle: 5,
    actedOn: 'any-question',
  },
  'validate-objection': {
    id: 'validate-objection',
    title: "Validate it, then ask what's behind it",
    question: "That's fair. What makes it feel that way right now?",
    why: 'An objection is a real concern and an invitation to learn more. Acknowledge it; arguing makes buyers defensive.',
    principle: 5,
    actedOn: 'open-question',
  },
  'respect-the-no': {
    id: 'respect-the-no',
    title: 'A clear no is a good outcome: thank them',
    question: 'Thanks for being straight with me. Can I ask what would have to be different?',
    why: 'Stay detached from the outcome. A fast, honest no is a win; chasing it loses trust.',
    principle: 7,
    actedOn: 'any-question',
  },
  'find-the-concern': {
    id: 'find-the-concern',
    title: 'Find the concern behind the hedge',
    question: 'Totally fine. What would you need to know to decide, either way?',
    why: 'Concerns need information, not time. A hedge usually hides a question you can help answer.',
    principle: 6,
    actedOn: 'open-question',
  },
  'ask-about-alternative': {
    id: 'ask-about-alternative',
    title: "Ask how it compares to what they'd do instead",
    question: "How's that working for you, and how would this compare?",
    why: 'Their alternative is the real yardstick. Knowing it helps them reach a clear decision, yes or no.',
    principle: 1,
    actedOn: 'open-question',
  },
  'help-them-decide': {
    id: 'help-them-decide',
    title: "Near the end and no clear yes or no: help them decide",
    question: 'Is anything unclear or missing that you would need to decide with confidence, either way?',
    why: 'The goal of a call is an informed decision. "Let me think about it" usually means information is missing.',
    principle: 1,
    actedOn: 'any-question',
  },
  'confirm-next-step': {
    id: 'confirm-next-step',
    title: 'They lean yes: agree a concrete next step',
    question: 'Great. What should happen next, and by when?',
    why: 'A clear yes has a date and an owner; without one it can drift back into "maybe".',
    principle: 1,
    actedOn: 'any-question',
  },
  'involve-stakeholders': {
    id: 'involve-stakeholders',
    title: 'Someone else decides too: bring them in',
    question: 'What will they want to know, and would it help to include them next time?',
    why: 'Selling is collaborative: a decision made with everyone involved is a better decision.',
    principle: 8,
    actedOn: 'any-question',
  },
  monologue: {
    id: 'monologue',
    title: 'Pause and hand it back',
    question: "I've been talking a while. What's your take so far?",
    why: 'Buyers stay engaged when they talk. Listen more than you talk; ask before you tell.',
    principle: 3,
    actedOn: 'buyer-talks',
  },
  'talk-share': {
    id: 'talk-share',
    title: "You've done most of the talking lately",
    question: 'What questions do you have for me so far?',
    why: 'Top performers talk under half the time; above about 65% win rates fall.',
    principle: 3,
    actedOn: 'buyer-talks',
  },
  'stop-pitching': {
    id: 'stop-pitching',
    title: 'Stop the pitch, ask a question',
    question: 'What matters most to you in all this?',
    why: 'Buyers care about their problem, not our features. Ask before you tell.',
    principle: 3,
    actedOn: 'any-question',
  },
  'ask-a-question': {
    id: 'ask-a-question',
    title: 'No question in a while: ask one',
    question: 'Can you tell me more about how that works today?',
    why: 'Good discovery calls spread their questions through the call. Ask before you tell.',
    principle: 4,
    actedOn: 'any-question',
  },
  'discovery-gap': {
    id: 'discovery-gap',
    title: 'Not explored yet',
    question: '',
    why: 'The deal is decided in discovery: problem, impact, success, alternative, decision process, concerns.',
    principle: 4,
    actedOn: 'open-question',
  },
};
