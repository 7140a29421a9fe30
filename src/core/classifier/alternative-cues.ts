/**
 * The buyer's alternative: a competitor, "another vendor", the tool or process they use today ("we just use
 * spreadsheets", "our interns do it by hand"), building it in-house, or doing nothing. Naming the tool they
 * use today counts; describing their own work ("we work with small clinics") does not.
 */
import { wordIndexAt } from '../text-normalize';
import { BROAD_ALTERNATIVE_CUES } from './broad-cues';
import { DEAL_ALTERNATIVE_CUES } from './deal-talk-cues';
import { KNOWN_PRODUCTS } from './products';
import { cue, decidedByNextWords, UNDECIDED, type Cue, type CueMatch, type Judge } from './cue';

/** After "and email": words that make it the verb ("...and email you the deck"). */
const EMAIL_AS_VERB = /^(?:you|me|us|them|him|her|back|it|over|that|this|the|a|an|some|everyone|everybody|someone|our|your|their|my|his)(?![\p{L}'])/u;

/** Words after "we use" that are not a tool or process ("we use it daily", "we use about forty seats"). */
const NOT_A_TOOL: ReadonlySet<string> = new Set([
  'it', 'this', 'that', 'these', 'those', 'them', 'to', 'for', 'about', 'around', 'roughly', 'like', 'lot',
  'lots', 'bit', 'little', 'much', 'many', 'more', 'less', 'same', 'your', 'you', 'yours', 'both', 'all',
  'every', 'each', 'only', 'just', 'and', 'or', 'but', 'so', 'if', 'when', 'what', 'how', 'why', 'which',
  'who', 'one', 'up', 'out', 'in', 'on', 'at', 'of', 'with', 'as', 'very', 'really', 'quite', 'too', 'is',
  'be', 'not', 'no', 'time', 'money', 'people', 'staff', 'team', 'hours', 'days', 'weeks', 'data', 'case',
  'cases', 'approach', 'word', 'term', 'number', 'numbers', 'whatever', 'anything', 'everything', 'any',
  'several', 'multiple', 'different', 'various', 'other', 'budget', 'part', 'half', 'most',
  'some', 'my', 'his', 'her', 'their', 'because', 'daily', 'weekly', 'often', 'mostly', 'mainly',
]);

/** Determiners after which the next words may be a tool ("a cheap scheduling app") or not ("a lot", "a standing meeting"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'our']);

/** Nouns that make "we use a ..." name a tool or an outside service. */
const TOOL_NOUN =
  /^(?:similar|equivalent|comparable|features?|modules?|tools?|apps?|software|systems?|platforms?|spreadsheets?|sheets?|crms?|erps?|vendors?|providers?|services?|agenc(?:y|ies)|plugins?|add-?ons?|scripts?|templates?|forms?|databases?|bots?|products?|suites?|solutions?|programs?|called|excel|consultants?|contractors?|freelancers?|firms?|partners?|portals?|trackers?|extensions?|packages?|subscriptions?|licen[cs]es?|integrations?|inbox|workbooks?|macros?|docs?)$/u;

/** How many words after a determiner may pass before the tool noun ("a cheap little scheduling app"). */
const TOOL_NOUN_REACH = 4;

/**
 * The last word of the match must name a tool, not a pronoun or a quantity. After a determiner the noun
 * phrase decides: "we use a tool called Routific" and "we use a cheap scheduling app" name one, "we use a lot
 * of email" and "we use a standing meeting" do not; while the caption has not reached a tool noun or a
 * product name yet, the cue waits instead of flashing on "we use a".
 */
const namesATool: Judge = (m, base) => {
  const words = m.match[0].split(' ');
  const last = words[words.length - 1] as string;
  if (NOT_A_TOOL.has(last) || /^[0-9]/u.test(last)) return 0;
  const lastIndex = wordIndexAt(m.n, m.match.index + m.match[0].length - 1);
  const determinerLast = DETERMINERS.has(last);
  if (!determinerLast && !DETERMINERS.has(words[words.length - 2] ?? '')) return base;
  // The words of the noun phrase: from the word after the determiner, up to the reach or a clause break.
  const first = determinerLast ? lastIndex + 1 : lastIndex;
  for (let i = first; i < first + TOOL_NOUN_REACH && i < m.n.words.length; i += 1) {
    if (i > first && m.n.breakBefore[i] === true) return 0;
    const word = m.n.words[i] as string;
    if (TOOL_NOUN.test(word) || KNOWN_PRODUCTS.has(word) || (m.n.capitalised[i] === true && m.n.breakBefore[i] !== true && !NOT_A_PRODUCT.has(word))) return base;
    if (i > first && NOT_A_TOOL.has(word)) return 0;
  }
  const seen = m.n.words.length - first;
  return !m.final && seen < TOOL_NOUN_REACH ? UNDECIDED : 0;
};

/** Capitalised words that are not products. */
const NOT_A_PRODUCT: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'q1',
  'q2', 'q3', 'q4', 'ok', 'okay',
]);

/**
 * After "we looked at", "we're using", a product is a proper noun: the caption capitalises it
 * ("we looked at Tipalti") while "we looked at the numbers" stays lower case.
 */
const namesAProduct: Judge = (m: CueMatch, base) => {
  const lastWord = wordIndexAt(m.n, m.match.index + m.match[0].length - 1);
  const word = m.n.words[lastWord] ?? '';
  // A capital after a full stop only starts a sentence ("I have. Do you...").
  const properNoun =
    lastWord > 0 &&
    m.n.capitalised[lastWord] === true &&
    m.n.breakBefore[lastWord] !== true &&
    word !== 'i' &&
    !NOT_A_TOOL.has(word) &&
    !NOT_A_PRODUCT.has(word);
  return properNoun ? base : 0;
};

const OPTION_NOUN =
  '(?:vendors?|providers?|suppliers?|agenc(?:y|ies)|options?|solutions?|platforms?|tools?|products?|compan(?:y|ies)|partners?|quotes?|offers?|proposals?|bids?|firms?|systems?|services?)';
const CONSIDERING =
  "(?:talking to|talking with|speaking (?:to|with)|looking at|looked at|considering|evaluating|evaluated|comparing|in talks with|got (?:a )?quotes? from|have (?:a )?quotes? from|quotes? from|an offer from|going with|leaning (?:towards|toward)|signed with|working with|demoed|trialing|trialling|trialed|tried|met with|already have|have)";
/** Verbs after which a capitalised word is a product, not a person ("talking to John" names a colleague). */
const WEIGHING_A_PRODUCT =
  "(?:we|i|we're|i'm|we've|i've|we've been|also|already|been|were|was|and) (?:(?:also|already|currently|seriously|briefly) )?(?:looking at|looked at|considering|considered|evaluating|evaluated|comparing|demoed|trialing|trialling|trialed|tried|going with|leaning (?:towards|toward)|signed with|using|use|got (?:a )?quotes? from|pay for|switched to|moved to)";
const OWN_ALTERNATIVE_CUES: readonly Cue[] = [
  cue(
    `${CONSIDERING} (?:(?:a few|some|a couple(?: of)?|two|three|several|a bunch of|one of your|one) )?(?:other|another|a different|different|competing|alternative|a cheaper|cheaper|a competing) ${OPTION_NOUN}`,
    0.8,
    'other-vendor',
  ),
  cue("(?:another|a different|a competing|a cheaper) (?:vendor|provider|supplier|agency|company|platform|tool)(?: (?:quoted|offered|is|was|does|has|gave|charges))", 0.75, 'other-vendor'),
  cue('(?:talking to|looking at|using|went with|quote from|quoted by|offer from|considering|evaluating) (?:a |one of )?(?:your )?competitors?|(?:a|your|one of your) competitors? (?:quoted|offered|charges?|is cheaper|gave us|does|has)', 0.8, 'competitor'),
  cue(
    "(?:cheaper|for less|less money|a better (?:price|deal|rate)|a lower (?:price|quote)|half (?:that|the price)) (?:elsewhere|somewhere else|from (?:someone|somebody|another|a different|other|a competitor|them)|online|at [a-z]+|with [a-z]+|on amazon)|(?:i|we) (?:can|could) get (?:it|this|that|one|the same(?: thing)?|something similar) (?:for )?(?:cheaper|for less|for free|for half)|(?:found|seen|saw) (?:it|one|the same(?: thing| one)?|something similar) (?:for (?:less|cheaper)|cheaper|elsewhere)",
    0.75,
    'other-vendor',
  ),
  // The tool they use today: "we already use Gong", "we just use HubSpot for that".
  cue(
    "(?:we|i|our team|the team) (?:already|currently) (?:use|uses|have|'ve got|got|pay for|work with|run|own|rely on|license)(?: (?:a|an|the|some|our))? [a-z0-9][a-z0-9']*|(?:we've|we have) already got(?: (?:a|an|the|some|our))? [a-z0-9][a-z0-9']*",
    0.75,
    'current-tool',
    namesATool,
  ),
  cue(
    "(?:we|i|our team|the team) (?:(?:just|mostly|still|basically|actually|kind of|kinda|primarily|mainly|typically|usually|all|also) )*(?:use|are using|'re using|have been using|'ve been using|rely on|went with|signed with|switched to)(?: (?:a|an|the|some|our))? [a-z0-9][a-z0-9']*",
    0.65,
    'current-tool',
    namesATool,
  ),
  cue(`${WEIGHING_A_PRODUCT} [a-z0-9][a-z0-9']*`, 0.7, 'other-vendor', namesAProduct),
  // Status quo processes.
  // "spreadsheets and email" is how they work today; "let me think and email you" is a promise to write.
  cue('(?:and|plus) email', 0.7, 'status-quo', decidedByNextWords(EMAIL_AS_VERB)),
  cue("(?:to|in|into|from) (?:excel|google sheets|a google sheet|sheets)|google (?:forms|docs|sheets?)|(?:gmail|outlook|slack|whatsapp|word docs|email threads|shared inbox(?:es)?) (?:and|plus|for)|(?:and|plus) (?:gmail|a google sheet|word docs|slack|phone calls)|(?:our|the) (?:current|existing|old|incumbent) (?:provider|vendor|tool|system|setup|platform|crm|solution|supplier|one)|(?:your|a) competitor(?:'s)? (?:is|are|does|has|charges|offers)|(?:our|the) engineers (?:could|can|are)|everyone (?:already )?knows (?:it|how)", 0.7, 'status-quo'),
  cue('(?:spreadsheets?|excel|google sheets|a spreadsheet|sheets) (?:for|to|and)|(?:in|on|with|using|into|out of) (?:excel|spreadsheets?|google sheets|a spreadsheet|a shared spreadsheet|sheets)|spreadsheets', 0.75, 'status-quo'),
  cue(
    '(?:do|does|doing|did|done|handle|handled|handles|handling|manage|managed|managing|track|tracked|tracking|reconcile|reconciling|process|processing|enter|entering|it|them|this|that|everything|invoices|stuff) (?:(?:all|still|mostly) )?(?:by hand|manually)|pen and paper|paper forms|sticky notes|email threads',
    0.7,
    'status-quo',
  ),
  cue(
    "(?:stick|stay|continue|keep going) (?:with|on) (?:what (?:we have|we've got|we got|we've|we use)|the status quo|our (?:current|existing|old|own)|the (?:current|existing|old) (?:one|setup|set up|system|tool|process|way))|(?:happy|fine|good|okay|ok|set|all set) with (?:what (?:we have|we've got|we got|we've|we use)|our (?:current|existing) (?:setup|set up|system|tool|process|vendor|provider|solution)|how (?:things|it) (?:are|is) (?:now|today)?)|status quo",
    0.75,
    'status-quo',
  ),
  cue("(?:do|doing) nothing|(?:not|don't) (?:do|change) anything(?: for now| right now)?|(?:leave|keep) (?:it|things) (?:as is|the way (?:it is|they are))|(?:live|get by) with (?:it|what we have)", 0.7, 'status-quo'),
  // Building it themselves.
  cue(
    "(?:build|built|building|develop|developing|make|making|do|doing|handle|handling|write|writing|code|coding)(?: (?:it|this|that|one|something|them|our own|a version))? (?:ourselves|in house|internally|on our own|themselves)|(?:our own|an internal|a homegrown|a home grown|homegrown|home grown|in house|custom built|a custom) (?:tool|system|solution|thing|script|scripts|app|build|version|process|platform|software|setup|set up)|in house (?:team|dev|developers|engineers)",
    0.7,
    'in-house',
  ),
  cue("(?:hire|hiring|bring on|add) (?:someone|a (?:person|contractor|freelancer|consultant|temp|bookkeeper|developer|va)|an (?:intern|agency|analyst|assistant)|more people) (?:to do|to handle|for|instead)", 0.65, 'in-house'),
];

/** Compiled matchers for a caller's own competitor names, cached per list so each call reuses them. */
const competitorCueCache = new WeakMap<readonly string[], Cue | null>();

export function competitorNameCue(competitors: readonly string[] | undefined): Cue | null {
  if (competitors === undefined || competitors.length === 0) return null;
  const cached = competitorCueCache.get(competitors);
  if (cached !== undefined) return cached;
  const names = competitors
    .map((name) => name.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ').trim())
    .filter((name) => name.length > 1)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const compiled = names.length === 0 ? null : cue(names.join('|'), 0.8, 'competitor');
  competitorCueCache.set(competitors, compiled);
  return compiled;
}

/** The cues above plus the broader families of `broad-cues.ts`. */
export const ALTERNATIVE_CUES: readonly Cue[] = [...OWN_ALTERNATIVE_CUES, ...BROAD_ALTERNATIVE_CUES, ...DEAL_ALTERNATIVE_CUES];
