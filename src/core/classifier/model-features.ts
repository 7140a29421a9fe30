/**
 * The features the small learned model (`model.ts`) reads, shared with its training script
 * (`test/eval/train.ts`) so that training and the extension see exactly the same thing:
 * - the words of the line and their pairs (`w:price`, `b:too much`), its first words (`^:but`, `^^:i mean`);
 * - what the hand-written cues already said about the line (`r:objection` at 0.5 or more, `r~pitch` below);
 * - what the turns before it did (`c:...`): a rep proposal, fact or how-do-you-do-it-today question the buyer answers, the buyer's
 *   objection, alternative, decline or question the rep answers.
 * Role-specific: buyer lines and rep lines have separate label sets, so the two never mix.
 */
import type { NormalizedText } from '../text-normalize';
import type { Label, LabelName, RoledUtterance } from '../types';
import { buyerDeclinedRecently, buyerLineJustBefore, buyerMoves, deciderNamedRecently } from './buyer-moves';
import { looksLikeQuestion } from './question-cues';
import { normalizeCaption } from '../text-normalize';
import { repJustAskedAboutTimeToTalk, repJustAskedForAFact, repJustAskedHowItIsDoneToday, repJustProposed } from './turn-context';

/** Filler words that carry no meaning for the labels; dropped before the word pairs are formed. */
const FILLERS: ReadonlySet<string> = new Set(['um', 'uh', 'erm', 'er', 'uhm', 'hmm', 'mm']);

/**
 * Word families, so that what is learned from one word carries to its synonyms and to names nobody wrote
 * down: a concern word, a price word, a decider, a tool or vendor, a negation... A line gets each family it
 * contains (`k:price`), each pair of families on neighbouring words (`kb:neg price`) and each pair anywhere in
 * the line (`kc:neg+worry`).
 */
const FAMILIES: Record<string, string> = {
  neg: "not no never nothing nobody none don't doesn't didn't can't cannot won't wouldn't isn't aren't wasn't shouldn't couldn't haven't hasn't nope",
  worry:
    'worried worry worries worrying concern concerned concerns nervous uneasy skeptical sceptical doubt doubts doubtful wary afraid scared risk risky hesitant burned burnt trust issue issues problem problems catch tricky hard difficult tough struggle unsure convinced sold careful',
  price:
    'price prices pricing priced cost costs costly expensive pricey budget budgets money afford affordable spend spending pay paying paid dollars dollar fee fees cheap cheaper cheapest investment roi grand per seat seats discount invoice bill',
  much: 'much more high higher steep lot too double triple twice extra premium',
  decider:
    'boss manager managers cfo ceo coo cto cio ciso vp director directors head procurement legal finance board partner partners cofounder founder owner owners wife husband spouse controller counsel committee leadership exec execs executive executives approval approve approves approved sign signs signoff',
  them: 'he she they him her them his their',
  team: 'team teams department it security ops operations purchasing accounting',
  later: 'later next quarter month months year week weeks summer spring fall autumn winter january february march april may june july august september october november december q1 q2 q3 q4 revisit circle pause pin hold wait after until',
  think: 'think thinking mull sleep digest consider reflect ponder decide discuss chew',
  send: 'send email forward deck overview info information material materials brochure pdf',
  tool:
    'excel spreadsheet spreadsheets sheets sheet hubspot salesforce gong zendesk notion asana monday clickup quickbooks xero netsuite looker typeform jira calendly trello airtable sap oracle workday vendor vendors provider providers agency competitor competitors alternative alternatives tool tools system software app platform solution',
  own: 'in-house house ourselves ourself internally internal build built building manually manual hand paper whiteboard email emails',
  now: 'today currently current now already existing right',
  good: 'good great perfect love awesome excellent fantastic nice fine happy impressed helpful works useful',
  go: 'start started starting begin kickoff proceed forward ahead sign signed buy purchase order contract paperwork pilot trial onboard onboarding rollout go deal pick pickup deliver delivery delivered donate donating donation venmo paypal transfer',
  yes: 'yes yeah yep yup sure ok okay alright absolutely definitely',
  urgent: 'only last ends end expires expire expiring deadline friday tomorrow today tonight hurry quickly soon now never lowest final slots slot left miss lose gone limited',
  push: 'actually but honestly really wrong everyone everybody nobody always never trust promise guarantee though seriously',
  product: 'our we feature features integrates integration integrations automatically automatic ai module modules includes unlimited dashboard dashboards mobile support certified uptime launched launch platform analytics reports templates',
  question: 'what how why when who where which',
};

const FAMILY_OF = new Map<string, string[]>();
for (const [family, list] of Object.entries(FAMILIES)) {
  for (const word of list.split(' ')) FAMILY_OF.set(word, [...(FAMILY_OF.get(word) ?? []), family]);
}

/** Whether a word belongs to one of the word families above ("excel" is a `tool`). */
export function inFamily(word: string, family: string): boolean {
  return FAMILY_OF.get(word)?.includes(family) === true;
}

function familyFeatures(words: readonly string[], out: string[]): void {
  const present = new Set<string>();
  let before: readonly string[] = [];
  for (const w of words) {
    const families = FAMILY_OF.get(w) ?? (w.endsWith("n't") ? ['neg'] : []);
    for (const f of families) {
      present.add(f);
      for (const b of before) out.push(`kb:${b} ${f}`);
    }
    before = families;
  }
  const list = [...present].sort();
  for (let i = 0; i < list.length; i += 1) {
    out.push(`k:${list[i] as string}`);
    for (let j = i + 1; j < list.length; j += 1) out.push(`kc:${list[i] as string}+${list[j] as string}`);
  }
}

/** Stems already computed (words repeat a lot in a call); cleared when it grows large. */
const stems = new Map<string, string>();

/** A crude stem, so that "worried", "worries" and "worrying" share what is learned (`s:worri`). */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  const known = stems.get(word);
  if (known !== undefined) return known;
  if (stems.size > 20_000) stems.clear();
  const s = computeStem(word);
  stems.set(word, s);
  return s;
}

function computeStem(word: string): string {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  const m = /^(.{3,}?)(?:ingly|edly|ings|ing|ied|ies|ed|es|ly|s)$/u.exec(w);
  const base = m === null ? w : (m[1] as string);
  return base.endsWith('y') ? `${base.slice(0, -1)}i` : base;
}

/** Words that turn what follows around, and how far their scope reaches (`n:` features). */
const NEGATION = /^(?:not|no|never|nothing|nobody|none|without|hardly|barely)$|n't$/u;
const SCOPE_ENDS: ReadonlySet<string> = new Set(['but', 'though', 'although', 'however', 'because', 'so', 'and', 'then', 'if', 'yet']);
const NEGATION_SCOPE = 3;

/** Words and word pairs of one line, their stems and families, what is negated, plus its opening and closing words. */
export function lineFeatures(n: NormalizedText): string[] {
  const words = n.words.filter((w) => !FILLERS.has(w));
  const out: string[] = [];
  let negatedFor = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] as string;
    out.push(`w:${w}`);
    const s = stem(w);
    if (s !== w) out.push(`s:${s}`);
    if (i + 1 < words.length) out.push(`b:${w} ${words[i + 1] as string}`);
    if (SCOPE_ENDS.has(w)) negatedFor = 0;
    else if (negatedFor > 0) {
      out.push(`n:${s}`);
      negatedFor -= 1;
    }
    if (NEGATION.test(w)) negatedFor = NEGATION_SCOPE;
  }
  if (words.length > 1) out.push(`$$:${words[words.length - 2] as string} ${words[words.length - 1] as string}`);
  if (looksLikeQuestion(n)) out.push('q:question');
  familyFeatures(words, out);
  if (words.length > 0) out.push(`^:${words[0] as string}`);
  if (words.length > 1) out.push(`^^:${words[0] as string} ${words[1] as string}`);
  out.push(words.length <= 3 ? 'len:short' : words.length <= 10 ? 'len:mid' : 'len:long');
  return out;
}

/** What the hand-written cues said: a strong (`r:`) or weak (`r~`) call per label. */
export function ruleFeatures(labels: readonly Label[]): string[] {
  return labels.map((l) => (l.confidence >= 0.5 ? `r:${l.label}` : `r~${l.label}`));
}

/** What the turns before the line did, from the buyer's or the rep's point of view. */
export function contextFeatures(utterance: RoledUtterance, previous: readonly RoledUtterance[]): string[] {
  const out: string[] = [];
  if (previous.length === 0) out.push('c:first');
  if (utterance.role === 'prospect') {
    if (repJustProposed(previous)) out.push('c:proposed');
    if (repJustAskedForAFact(previous)) out.push('c:fact');
    if (repJustAskedAboutTimeToTalk(previous)) out.push('c:time');
    if (repJustAskedHowItIsDoneToday(previous)) out.push('c:howtoday');
    if (buyerDeclinedRecently(previous)) out.push('c:declined');
    if (deciderNamedRecently(previous)) out.push('c:decider');
    const last = previous[previous.length - 1];
    if (last?.role === 'rep' && looksLikeQuestion(normalizeCaption(last.text))) out.push('c:repasked');
    // The buyer's own line before: a concern often continues ("that's what they all say").
    const before = buyerLineJustBefore(previous.slice(0, -1));
    if (before !== undefined && buyerMoves(before).objection) out.push('c:objectedbefore');
    return out;
  }
  const buyer = buyerLineJustBefore(previous);
  if (buyer !== undefined) {
    const moves = buyerMoves(buyer);
    if (moves.objection) out.push('c:objection');
    if (moves.alternative) out.push('c:alternative');
    if (moves.strongNo) out.push('c:no');
    if (moves.offer) out.push('c:offer');
    if (looksLikeQuestion(normalizeCaption(buyer.text))) out.push('c:buyerasked');
  } else out.push('c:nobuyer');
  if (buyerDeclinedRecently(previous)) out.push('c:declined');
  if (previous[previous.length - 1]?.role === 'rep') out.push('c:repagain');
  return out;
}

/** The cue labels of an earlier line, read with the lines before it (cached by the caller per utterance). */
export type EarlierCues = (turn: RoledUtterance, before: readonly RoledUtterance[]) => readonly Label[];

/** What the previous line was, independent of who speaks now; read once per line object. */
const previousLineCache = new WeakMap<RoledUtterance, string[]>();

function previousLineFeatures(last: RoledUtterance, before: readonly RoledUtterance[], earlier: EarlierCues | undefined): string[] {
  const cached = previousLineCache.get(last);
  if (cached !== undefined) return cached;
  const out: string[] = [];
  const present = new Set<string>();
  for (const w of normalizeCaption(last.text).words) for (const f of FAMILY_OF.get(w) ?? []) present.add(f);
  for (const f of present) out.push(`pk:${last.role}:${f}`);
  if (earlier !== undefined) {
    const labels = new Set<LabelName>(earlier(last, before).filter((l) => l.confidence >= 0.5).map((l) => l.label));
    for (const l of labels) out.push(`pl:${l}`);
    if (labels.size === 0) out.push(`pl:${last.role}:none`);
  }
  previousLineCache.set(last, out);
  return out;
}

/**
 * The previous line (`pt:` same or other speaker, `pl:` what the cues said about it, `pk:` its word families)
 * and the rep's latest question type (`rq:open`, `rq:closed`) within the last two turns.
 */
export function previousTurnFeatures(utterance: RoledUtterance, previous: readonly RoledUtterance[], earlier?: EarlierCues): string[] {
  const last = previous[previous.length - 1];
  if (last === undefined) return [];
  const out = [last.role === utterance.role ? 'pt:same' : 'pt:other', ...previousLineFeatures(last, previous.slice(0, -1), earlier)];
  if (earlier !== undefined) {
    for (let i = previous.length - 1; i >= Math.max(0, previous.length - 2); i -= 1) {
      const turn = previous[i];
      if (turn?.role !== 'rep') continue;
      const labels = earlier(turn, previous.slice(0, i));
      if (labels.some((l) => l.label === 'open_question' && l.confidence >= 0.5)) out.push('rq:open');
      else if (labels.some((l) => l.label === 'closed_question' && l.confidence >= 0.5)) out.push('rq:closed');
      break;
    }
  }
  return out;
}
