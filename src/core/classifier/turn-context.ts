/**
 * What the turns before an utterance tell us about it: is the buyer only answering "is now a good time?" or
 * "how many seats?", is the rep answering a buyer's question (facts, not pitch) or an objection?
 */
import { normalizeCaption } from '../text-normalize';
import type { RoledUtterance } from '../types';
import { strongestCue } from './cue';
import { BUYING_SIGNAL_CUES } from './buying-signal-cues';
import { OBJECTION_CUES } from './objection-cues';
import { looksLikeQuestion } from './question-cues';

/** A rep answer this long after the buyer's question is no longer an answer to it. */
const ANSWER_WINDOW_MS = 60_000;
/** Nor is the fourth rep line in a row. */
const MAX_ANSWER_TURNS = 3;

const TIME_TO_TALK =
  /(?<![\p{L}'])(?:good time|bad time|right time|time to (?:talk|chat)|still work for you|still okay for you|(?:a|few|couple(?: of)?) (?:minutes?|mins?|moments?|seconds?)|quick (?:call|chat|word)|catch you|free to talk|is now (?:ok|okay|good|alright|still)|(?:can|could) (?:we|i) (?:talk|chat) (?:now|for)|got a (?:sec|second|minute|moment)|have a (?:sec|second|minute|moment)|call you (?:back|later)|reschedule)(?![\p{L}'])/u;
const FACT_QUESTION =
  /(?<![\p{L}'])(?:how (?:many|much|long|often|big|large)|what (?:is|are|was|were|'s) (?:the|your) (?:number|count|size|name|headcount|volume|team size|current)|what's your (?:number|count|size|headcount|volume|team size)|which (?:one|tool|version|plan|system|team|department)|when (?:did|does|is|was|do|will|are)|who (?:is|handles|owns|does|runs|else|manages)|where (?:do|does|is|are))(?![\p{L}'])/u;

/** The rep's latest line, if it is one of the last two turns (otherwise the conversation has moved on). */
function repLineJustBefore(previous: readonly RoledUtterance[]): RoledUtterance | undefined {
  for (let i = previous.length - 1; i >= Math.max(0, previous.length - 2); i -= 1) {
    const turn = previous[i];
    if (turn?.role === 'rep') return turn;
  }
  return undefined;
}

/** "Not right now" answering "is this a good time to talk?" is about the call, not the purchase. */
export function repJustAskedAboutTimeToTalk(previous: readonly RoledUtterance[]): boolean {
  const rep = repLineJustBefore(previous);
  return rep !== undefined && TIME_TO_TALK.test(normalizeCaption(rep.text).text);
}

/** "I'm not sure" answering "how many seats do you have?" is an honest don't-know, not a stall. */
export function repJustAskedForAFact(previous: readonly RoledUtterance[]): boolean {
  const rep = repLineJustBefore(previous);
  return rep !== undefined && FACT_QUESTION.test(normalizeCaption(rep.text).text);
}

/**
 * The rep asking how something is done today ("walk me through how invoices get approved today", "what are
 * your growers using right now", "who maintains the integrations you have today"): the buyer's answer
 * describes their current way of working, which is the option Candor is weighed against. Questions of
 * quantity ("how many", "how long"), of feeling and greetings ("how are you today") ask something else.
 */
const HOW_IT_IS_DONE =
  /(?<![\p{L}'])(?:how (?:do|are|does|is|'s)(?! (?:you|ya|everyone|everybody|things|life|it|that|your day|your week) (?:feel|feeling|doing|going|look|looking)(?![\p{L}']))(?! (?:you|ya|everyone|everybody|things|life|your day|your week)(?: (?:today|now|these days|this morning)|$))|walk (?:me|us) through|tell me (?:more |a bit |a little )?about how|what does (?:the |your |that |their )?(?!team|ops team|capacity|budget|timeline|week|day|plate)[\p{L}' ]{1,40} look like|what (?:system|tool|software|platform|process|app)s? (?:do|are|does|is)|what (?:do|are|does) (?:you|they|your [\p{L}']+) (?:use|using|run|running|on)(?![\p{L}'])|who(?:'s| is)? (?:handles|does|maintains|runs|calling|doing|handling|looking after)|how (?:is|are) (?:[\p{L}']+ ){1,4}(?:handled|managed|tracked|done))(?![\p{L}'])/u;
const HOW_MUCH = /(?<![\p{L}'])how (?:many|much|far|long|often|big|old|soon)(?![\p{L}'])/u;
const NOWADAYS = /(?<![\p{L}'])(?:today|right now|currently|at the moment|these days|nowadays|now)(?![\p{L}'])/u;

/** The rep's line right before, normalised, when the last turn is the rep's (the question being answered). */
function repTextRightBefore(previous: readonly RoledUtterance[]): string | undefined {
  const last = previous[previous.length - 1];
  return last?.role === 'rep' ? normalizeCaption(last.text).text : undefined;
}

/** Whether a rep's line (normalised text) asks how something is done today. */
export function asksHowItIsDoneToday(text: string): boolean {
  return NOWADAYS.test(text) && HOW_IT_IS_DONE.test(text) && !HOW_MUCH.test(text);
}

export function repJustAskedHowItIsDoneToday(previous: readonly RoledUtterance[]): boolean {
  const text = repTextRightBefore(previous);
  return text !== undefined && asksHowItIsDoneToday(text);
}

/**
 * The rep asking who takes part in the decision ("who else would weigh in", "who signs off on something like
 * this"): the people the buyer names in answer are stakeholders, even without a decider's title. Not: who else
 * they get quotes from (vendors), who would use or own the tool day to day (users), "who needs it" as a claim,
 * "better than anyone else".
 */
const WHO_DECIDES =
  /(?<![\p{L}'])(?:who else(?! (?:[\p{L}']+ ){0,3}(?:quotes?|bids?)(?![\p{L}'])| (?:are you |have you )?(?:looking at|considering|evaluating|shortlisted))|who (?:would|will)(?! (?:[\p{L}']+ ){0,3}(?:using|use|uses|own|owns|reading|read)(?![\p{L}']))|who needs(?! (?:it|this|that)(?![\p{L}']))|who (?:has to|signs|approves|makes|is involved|gets a say|decides)|(?<!(?:than|to) )any(?:one|body) else|decision (?:process|makers?)|signs? off|who's involved|whose budget|who owns)(?![\p{L}'])/u;

export function repJustAskedWhoDecides(previous: readonly RoledUtterance[]): boolean {
  const text = repTextRightBefore(previous);
  return text !== undefined && WHO_DECIDES.test(text);
}

/** What a buyer line asks of the rep's answer, read once per line (the call keeps the same objects). */
const buyerTurnKinds = new WeakMap<RoledUtterance, RepTurnSituation>();

function buyerTurnKind(turn: RoledUtterance): RepTurnSituation {
  const cached = buyerTurnKinds.get(turn);
  if (cached !== undefined) return cached;
  const n = normalizeCaption(turn.text);
  const objection = strongestCue(n, OBJECTION_CUES, true);
  const agreed = objection !== null && objection.confidence >= 0.5 ? null : strongestCue(n, BUYING_SIGNAL_CUES, true);
  const kind: RepTurnSituation =
    objection !== null && objection.confidence >= 0.5
      ? 'answering-objection'
      : agreed !== null && agreed.confidence >= 0.5
        ? 'after-agreement'
        : looksLikeQuestion(n)
          ? 'answering-question'
          : 'unprompted';
  buyerTurnKinds.set(turn, kind);
  return kind;
}

export type RepTurnSituation = 'answering-question' | 'answering-objection' | 'after-agreement' | 'unprompted';

/**
 * Whether a rep line answers the buyer's latest line. Facts given in answer to a question are not pitch;
 * facts given in answer to an objection are counter, not pitch; a benefit restated after the buyer already
 * agreed ("that sounds good, I'll give $2" -> "think of all the kids it helps") is not a pitch either.
 */
export function repTurnSituation(previous: readonly RoledUtterance[], utterance: RoledUtterance): RepTurnSituation {
  let repTurns = 0;
  for (let i = previous.length - 1; i >= 0; i -= 1) {
    const turn = previous[i];
    if (turn === undefined) break;
    if (turn.role === 'rep') {
      repTurns += 1;
      if (repTurns >= MAX_ANSWER_TURNS) return 'unprompted';
      continue;
    }
    if (utterance.start - turn.end > ANSWER_WINDOW_MS) return 'unprompted';
    return buyerTurnKind(turn);
  }
  return 'unprompted';
}

/** A rep proposal or yes/no ask the buyer may be answering ("would that help?", "how about Tuesday?"). */
const PROPOSAL =
  /(?<![\p{L}'])(?:would (?:that|it|this) (?:help|work|be (?:useful|helpful|ok|okay))|does (?:that|this|it) (?:work|sound)|does [a-z ]{1,24} work|how about|what about|shall (?:we|i)|should (?:we|i)|do you want|want me to|would you like|would you be (?:willing|open|up for)|are you (?:in|interested|open|still interested)|do we have a deal|sound good|make sense to|can (?:i|we) (?:send|set up|book|schedule|put)|would you (?:take|accept|agree|consider)|can you (?:come|do|meet|pick)|could you (?:meet|do|come)|is that (?:ok|okay|fine|alright)|(?:billing|that|this) ok|would [a-z]+ (?:work|be (?:ok|okay|good))|are you willing|you interested|(?:move|go) (?:forward|ahead))(?![\p{L}'])/u;

/** "Shall we dive in?" starts the meeting; a yes to it agrees to nothing. */
const STARTING_THE_CALL = /(?:shall|should|can) we (?:dive|jump|get started|start|begin|kick off|get going)|share my screen/u;

/** True when the rep's latest line (one of the last two turns) proposed something the buyer can accept. */
export function repJustProposed(previous: readonly RoledUtterance[]): boolean {
  const rep = repLineJustBefore(previous);
  if (rep === undefined) return false;
  const n = normalizeCaption(rep.text);
  return PROPOSAL.test(n.text) && !TIME_TO_TALK.test(n.text) && !STARTING_THE_CALL.test(n.text);
}
