/**
 * Questions. Rep lines get `open_question` (what / how / why / tell me / walk me through) or
 * `closed_question` (yes-no, either-or, "how about Tuesday?"); small talk and call logistics ("can you hear
 * me?", "is now still a good time?") get neither. Buyer lines use `looksLikeQuestion` to tell when the rep
 * is answering rather than pitching. Captions often drop the question mark, so openers count too.
 */
import { wordIndexAt, type NormalizedText } from '../text-normalize';
import { cue, UNDECIDED, type Cue, type Judge } from './cue';

/** Throat-clearing before a question: "so", "okay great", "that's fair", "I'm curious"... */
const LEAD_IN =
  "(?:(?:so|and|okay|ok|but|well|right|great|cool|sure|yeah|yes|alright|now|then|also|just|oh|perfect|awesome|interesting|understood|gotcha|got it|i see|that's fair|fair enough|makes sense|i hear you|quick question|one more thing|out of curiosity|i'm curious|just curious|curious|let me ask|can i ask|may i ask|and so) )*";

/** "How are you doing today?" is a greeting, not discovery. */
const GREETING = /^how (?:are|r) (?:you|ya|things|we)(?: (?:doing|guys|all|today|going|holding up|keeping|this (?:morning|afternoon)))*(?:$| (?:today|good|great|hope|nice|thanks|thank|so|i|i'm|it's|we|okay|ok|well|and|on|doing))|^how's (?:it going|your (?:day|week|morning|afternoon)|everyone|things|life)|^how (?:was|is) your (?:weekend|day|week|morning|afternoon|holiday|trip|vacation)|^how have you been/u;
const GREETING_AT_END =
  /(?:^|\s)(?:how (?:are|r) (?:you|ya|things)(?: (?:doing|going|today|guys|all|holding up|keeping))*|how's (?:it going|your (?:day|week|morning|afternoon)|everyone|things|life)(?: today)?|how (?:was|is) your (?:weekend|day|week|morning|afternoon|holiday|trip|vacation)|how have you been)$/u;
/** A caption that has only reached "how are" may yet become the greeting "how are you". */
const GREETING_SO_FAR = /(?:^|\s)how (?:are|r)$/u;
const notAGreeting: Judge = (m, base) => (GREETING.test(`${m.match[0]} ${m.tail}`.trimEnd()) ? 0 : base);

/** "What's great is..." and "here's how it works" are statements that happen to contain a wh-word. */
const WH_STATEMENT_TAIL = /^(?:great|cool|nice|neat|awesome|amazing|unique|special|powerful|exciting|interesting|important) (?:is|about)/u;
const realOpenQuestion: Judge = (m, base) => {
  if (m.match[0].startsWith("what's") && WH_STATEMENT_TAIL.test(m.tail)) return 0;
  // "how are" may yet be "how are you": wait for the next word.
  if (!m.final && m.tail === '' && GREETING_SO_FAR.test(m.match[0])) return UNDECIDED;
  return notAGreeting(m, base);
};

/** Words after which a wh-word starts a clause of a statement ("I'll show you how it works", "that's what we do"). */
const NOT_A_QUESTION_BEFORE =
  "(?<!(?:know|knows|see|understand|mean|show you|tell you|that's|here's|exactly|no matter|regardless of|is|of|from|about|this is|that is|on|like|love|and that's|explain|learn|depends on|depending on|matter) )";

export const OPEN_QUESTION_CUES: readonly Cue[] = [
  cue(
    `${NOT_A_QUESTION_BEFORE}(?:what|how|why)(?:'s| is| are| was| were| do| does| did| would| will| could| can| should| has| have| had| might| may| makes| made| happens| happened| led| leads| brought| brings| prompted| drives| drove| kind| sort| type| part| matters| else| other| much| many| long| often| soon| big| important| confident| ready| likely| sure| worries| concerns| exactly| specifically| success| comes| came| stands| gets| got| if| number| feels| changed| keeps| stops| works| worked| went| goes)`,
    0.75,
    'open',
    realOpenQuestion,
  ),
  cue(`${NOT_A_QUESTION_BEFORE}(?:where|when|who) (?:do|does|did|would|will|should|is|are|was|else|else's)`, 0.65, 'open', realOpenQuestion),
  cue(
    "tell me (?:about|more|how|what|why|a (?:bit|little)|where)|walk me through|talk me through|help me understand|take me through|paint me a picture|give me a sense|fill me in on|(?:i'd|i would) love to (?:hear|understand|know|learn)|(?:can|could) you (?:share|describe|explain)",
    0.75,
    'open',
  ),
];

/** "How about Tuesday at ten?" and "what about next week?" propose; they are closed questions. */
const PROPOSAL = /(?<![\p{L}'])(?:how|what) about (?:monday|tuesday|wednesday|thursday|friday|next|tomorrow|this|the|[0-9]|ten|eleven|noon|two|three|four|nine|a |an )/u;
/** "What budget did you have in mind?": a wh-word that opens a clause asks, whatever follows it. */
const WH_OPENS_CLAUSE = new RegExp(`${LEAD_IN}((?:what|how|why)(?! about| a | an )(?![a-z']))`, 'y');

/** A yes-no question starts with an auxiliary and a subject. */
const YES_NO = new RegExp(
  `${LEAD_IN}((?:do|does|did|is|are|was|were|would|could|can|will|have|has|had|should|shall|may|might|am|any chance|is there|are there|isn't|doesn't|don't|wouldn't|won't|aren't) (?:you|it|that|this|your|there|we|they|the|those|these|anyone|anybody|someone|everyone|he|she|i|a|an|any|my|our|monday|tuesday|wednesday|thursday|friday|next|tomorrow))(?![\\p{L}'])`,
  'uy',
);
/** Tag questions and checks: "...right?", "does that make sense?", "sound good?". */
const TAG_QUESTION = /(?:right|correct|yeah|no|ok|okay|does that make sense|make sense|sound good|sounds good|fair|is that right|is that fair|would that work|does that work|you know what i mean)$/u;

/** Call logistics: no question label even though they are questions. */
const LOGISTICS =
  /(?<![\p{L}'])(?:can (?:you|everyone|everybody) (?:hear|see) (?:me|us|my|it|that|the|this|everything|ok|okay|alright)|(?:is|am) (?:my|i) (?:screen|audio|mic|video|camera|on mute|muted|frozen|breaking up|sharing|visible|coming through)|do we (?:still )?have (?:until|till|a hard stop)|(?:should|can|shall) i (?:share|stop sharing|send the invite|record)|is (?:the|my) screen (?:showing|visible|shared)|are you seeing my|is (?:it|this|now) (?:still )?(?:a good time|an ok time|okay to talk|ok to talk)|is now (?:still )?(?:good|okay|ok)|did (?:the|my) (?:link|invite) (?:work|come through))/u;

export interface QuestionShape {
  kind: 'open' | 'closed';
  /** Offsets of the telling words in the normalised text. */
  start: number;
  end: number;
}

/** A subject right after the wh-word: "what it is is...", "what we do is..." may be a statement. */
const SUBJECT_AFTER_WH = /^(?:it|we|i|they|he|she|you|that|this|our|my|your|their|people|everyone|most)(?![\p{L}'])/u;
/** A pseudo-cleft: the wh-clause is the subject of "is" ("what it is is that...", "what we found was..."). */
const CLEFT_VERB = /(?<![\p{L}'])(?:is|was|'s)(?![\p{L}'])/u;

/**
 * An open question whose wh-word starts a clause (the cue list catches the rest). On a growing caption it
 * waits ('pending': no question label of either kind yet) while the words so far could still turn into a
 * statement: a caption ending on the wh-word, "how are"
 * before a possible "you", and a wh-word followed by a subject ("so what it is is that..."), which stays a
 * question only if it ends in a question mark or the finished line never turns into "what X is is ...".
 */
export function findOpenQuestionAtClauseStart(n: NormalizedText, final = true): QuestionShape | 'pending' | null {
  if (GREETING_AT_END.test(n.text)) return null;
  if (!final && GREETING_SO_FAR.test(n.text)) return 'pending';
  for (let i = 0; i < n.words.length; i += 1) {
    if (i > 0 && n.breakBefore[i] !== true) continue;
    WH_OPENS_CLAUSE.lastIndex = n.wordStart[i] ?? 0;
    const m = WH_OPENS_CLAUSE.exec(n.text);
    if (m === null) continue;
    const end = m.index + m[0].length;
    const after = n.text.slice(end).trimStart();
    if (after === '' && !final) return 'pending';
    // "You know what? It seems...", "okay what" (a filler dropped): a lone "what" closing its clause exclaims.
    if (m[1] === 'what' && endsItsClause(n, end)) continue;
    if (SUBJECT_AFTER_WH.test(after) && !n.hasQuestionMark) {
      if (!final) return 'pending';
      if (CLEFT_VERB.test(after.slice(after.indexOf(' ') + 1))) continue;
    }
    return shapeOfGroup(m, 'open');
  }
  return openQuestionByWho(n, final);
}

/**
 * Who, which, whose and the contracted where's / when's open a question when they open a clause ("who handles
 * scheduling today", "which part stood out", "where's your head at"); after a noun they relate ("a guy who
 * handles it"), which a clause start rules out; "who knows" is a statement. "Which" asks only before what it
 * picks among ("which part", "which of those", "which vendor is it"): after a comma it mostly relates
 * ("..., which most teams pay extra for").
 */
const WHO_WHICH_OPENS_CLAUSE = new RegExp(
  `${LEAD_IN}((?:who's|who'll|who'd|whose|where's|when's|where'd|who (?!(?:knows|cares|i|we|you|they|he|she|it)(?![\\p{L}']))[a-z']+|which (?:of|one|ones|part|parts|bit|bits|way|piece|pieces|area|areas|team|teams|tool|tools|system|systems|vendor|vendors|option|options|site|sites|week|weeks|day|days|month|months|[a-z]+s (?:are|do|did|would|will|could|should|have|has)|(?![a-z]+ly )[a-z]+ (?:is|does|did|would|will|could|should|has|feels|stood|matters))))(?![\\p{L}'])`,
  'uy',
);

/** A short line that ends on "how" asks for more ("worse how", "and inventory is counted how"). */
const TRAILING_HOW = /^(?:[a-z0-9']+ ){0,4}(?<!(?:that's|thats|know|see|out|here's|is|and|exactly|somehow|matter|wonder|learn|explain|show|tell|idea|clue|and that's) )how$/u;

function openQuestionByWho(n: NormalizedText, final: boolean): QuestionShape | null {
  const who = matchAtClauseStart(n, WHO_WHICH_OPENS_CLAUSE);
  if (who !== null) return shapeOfGroup(who, 'open');
  if (final && n.words.length >= 2 && TRAILING_HOW.test(n.text)) return { kind: 'open', start: n.text.length - 3, end: n.text.length };
  return null;
}

function endsItsClause(n: NormalizedText, end: number): boolean {
  const next = wordIndexAt(n, end - 1) + 1;
  return next >= n.words.length || n.breakBefore[next] === true;
}

export function isLogistics(n: NormalizedText): boolean {
  return LOGISTICS.test(n.text);
}

/**
 * Yes-no questions that drop their auxiliary, as people do when they speak ("want me to send the link",
 * "mind if I check in in March", "got a sec"): they ask at the start of a line.
 */
const ELLIPTICAL_YES_NO = new RegExp(
  `^${LEAD_IN}((?:you )?want me to|mind if(?! i ask)|(?:got|have you got) a (?:sec|second|minute|moment)|fair to say|you (?:good|ok|okay|happy|comfortable|free|around) (?:with|for|on|if|to|next|this|tomorrow)|still (?:good|ok|okay|on) for)(?![\\p{L}'])`,
  'u',
);

/**
 * An auxiliary that opens a line before a subject that is a noun ("is nursing on that committee", "would talking
 * to a customer help"): inversion asks. Words that show the auxiliary starts a statement or a reply instead
 * ("will do", "could be", "would love to", "is what it is", "have a look") are left out.
 */
const INVERTED_AT_START = new RegExp(
  `^${LEAD_IN}((?:is|are|does|do|did|was|were|has|have|can|could|would|will|should) (?!(?:be|been|being|do|done|love|like|help|get|go|say|need|want|take|make|see|send|work|happen|too|not|also|just|definitely|probably|really|totally|actually|always|never|so|very|what|how|why|when|where|a|the|that's|fun|great|good|fine|nice|let|keep|check|try|call|reach|feel|talk|come|give|put|tell|hope|think|know|yes|no|more|less|all|some|still|only|even|here|now|then|well|ok|okay|fair|better|worse|pretty|quite|to|with|about|for|on|in|at|from|by|up|down|out|off)(?![\\p{L}']))[a-z][a-z'-]*)(?![\\p{L}'])`,
  'u',
);

/**
 * A yes-no question run on to the end of a statement with no pause the caption marks: "I can pull a benchmark
 * report from your volumes would that be useful". The auxiliary and its subject must sit in the last few words,
 * in one clause, after a word that does not make them part of the statement ("we can do that", "the reason is
 * we..."); a wh-word before them makes the line a wh-question, which is not closed.
 */
const TAIL_SUBJECTS: Record<string, ReadonlySet<string>> = {
  is: new Set(['it', 'that', 'this', 'there']),
  are: new Set(['you', 'they', 'we', 'there']),
};
const TAIL_AUX = new Set(['do', 'does', 'did', 'is', 'are', 'would', 'could', 'can', 'will', 'should']);
const ANY_TAIL_SUBJECT: ReadonlySet<string> = new Set(['you', 'that', 'this', 'it', 'they', 'we', 'there']);
const NOT_BEFORE_TAIL: ReadonlySet<string> = new Set(
  "that which what who whom whose when where why how whether if it this there i we they he she you everyone everybody nobody someone people so and to can could would will should do does did don't didn't can't won't not just".split(' '),
);
/** "Hi, is this Rosa?", "sorry, is that any better?": who picked up, or whether the line works, is not discovery. */
const GREETING_OR_APOLOGY: ReadonlySet<string> = new Set(['hi', 'hey', 'hello', 'hiya', 'morning', 'afternoon', 'evening', 'sorry', 'yo']);
const WH_WORD = /(?<![\p{L}'])(?:which|what|who|whom|whose|when|where|why|how)(?![\p{L}'])/u;
const TAIL_WORDS = 8;

function yesNoAtTail(n: NormalizedText): QuestionShape | null {
  const { words } = n;
  for (let k = Math.max(1, words.length - TAIL_WORDS); k < words.length - 2; k += 1) {
    const aux = words[k] as string;
    const subject = words[k + 1] as string;
    if (!TAIL_AUX.has(aux) || !(TAIL_SUBJECTS[aux] ?? ANY_TAIL_SUBJECT).has(subject)) continue;
    const before = words[k - 1] as string;
    if (n.breakBefore[k + 1] === true || NOT_BEFORE_TAIL.has(before) || GREETING_OR_APOLOGY.has(before)) continue;
    const start = n.wordStart[k] ?? 0;
    if (WH_WORD.test(n.text.slice(0, start))) return null;
    return { kind: 'closed', start, end: n.text.length };
  }
  return null;
}

/** A closed (yes-no or either-or) question at the start of any clause, or a proposal / tag question. */
export function findClosedQuestion(n: NormalizedText, final = true): QuestionShape | null {
  const proposal = PROPOSAL.exec(n.text);
  if (proposal !== null) return { kind: 'closed', start: proposal.index, end: proposal.index + proposal[0].length };
  const opener = matchAtClauseStart(n, YES_NO) ?? ELLIPTICAL_YES_NO.exec(n.text) ?? INVERTED_AT_START.exec(n.text);
  if (opener !== null) return shapeOfGroup(opener);
  // Until the caption is final its last words may still turn into anything.
  if (final && !n.hasQuestionMark) return yesNoAtTail(n);
  if (n.endsWithQuestionMark) {
    const tag = TAG_QUESTION.exec(n.text);
    if (tag !== null) return { kind: 'closed', start: tag.index, end: tag.index + tag[0].length };
    // A statement said as a question ("and that's been mainly in the evening?") asks for a yes or no.
    if (GREETING_AT_END.test(n.text)) return null;
    const lastClause = lastClauseStart(n);
    return { kind: 'closed', start: n.wordStart[lastClause] ?? 0, end: n.text.length };
  }
  return null;
}

/** The first match of a sticky pattern at the start of the line or of any clause in it. */
function matchAtClauseStart(n: NormalizedText, sticky: RegExp): RegExpExecArray | null {
  for (let i = 0; i < n.words.length; i += 1) {
    if (i > 0 && n.breakBefore[i] !== true) continue;
    sticky.lastIndex = n.wordStart[i] ?? 0;
    const m = sticky.exec(n.text);
    if (m !== null) return m;
  }
  return null;
}

/** A question's telling words: the pattern's first group, or its whole match. */
function shapeOfGroup(m: RegExpExecArray, kind: QuestionShape['kind'] = 'closed'): QuestionShape {
  const end = m.index + m[0].length;
  return { kind, start: end - (m[1] ?? m[0]).length, end };
}

function lastClauseStart(n: NormalizedText): number {
  for (let i = n.words.length - 1; i > 0; i -= 1) if (n.breakBefore[i] === true) return i;
  return 0;
}

const ASKING_PHRASE = /(?<![\p{L}'])(?:i was wondering|i wonder|curious (?:if|whether|how|what|why)|any chance|is there a way|can you tell me|could you tell me|do you know (?:if|whether|how|what))(?![\p{L}'])/u;
const WH_START = new RegExp(`${LEAD_IN}(?:what|how|why|when|where|which|who|whose)(?![\\p{L}'])`, 'uy');

/** True when a (buyer's) line asks something: a question mark, a wh- or yes-no opener, or "I was wondering". */
export function looksLikeQuestion(n: NormalizedText): boolean {
  if (n.hasQuestionMark || ASKING_PHRASE.test(n.text)) return true;
  WH_START.lastIndex = 0;
  if (WH_START.test(n.text)) return true;
  YES_NO.lastIndex = 0;
  return YES_NO.test(n.text);
}
