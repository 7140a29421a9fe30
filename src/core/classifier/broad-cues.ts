/**
 * Broader cue families, written against phenomena rather than lines (issue: recall on paraphrases nobody wrote
 * a cue for). Each family is a structure: a worry word about the offer ("what worries me is", "makes me
 * nervous"), a negative evaluation of a price word ("the fees are kind of crazy"), doubt in the vendor's claims
 * ("that's what every vendor says"), a modal plus a decline ("we won't be going ahead"), the buyer's own way of
 * doing it ("we're leaning towards hiring an analyst instead"), a rep's defence after a concern. They are
 * appended to the label's own cue list, so negation, role and context rules apply to them as to every cue.
 */
import { cue, type Cue } from './cue';
import { DECIDER } from './decider';

const SOFT = '(?:(?:a bit|a little|kind of|kinda|really|pretty|quite|just|still|so|very|honestly|also|bit|super|frankly) )*';
const OWNER = '(?:my|our|the|his|her|their)';
const CREW = '(?:team|people|reps|staff|guys|users|folks|agents|techs|managers|employees|drivers|nurses|teachers)';

export const BROAD_OBJECTION_CUES: readonly Cue[] = [
  // Worry and risk about the offer.
  cue(`(?:the thing|what|one thing|the part) (?:that )?(?:${SOFT})(?:worries|concerns|bothers|scares|bugs|makes me nervous)|my (?:main |biggest |only |one |real )?(?:worry|concern|fear|hesitation|reservation|hang ?up|sticking point)`, 0.75, 'risk'),
  cue(`(?:i'm|we're|i am|we are|i was|we were|i'd be|we'd be|i feel|i get) ${SOFT}(?:worried|nervous|concerned|uneasy|wary|skeptical|sceptical|hesitant|apprehensive|anxious|scared|afraid)`, 0.75, 'risk'),
  cue('(?:makes|making|make|made) me (?:a (?:bit|little) )?(?:nervous|uneasy|worried|anxious|hesitant|skeptical|wary)', 0.75, 'risk'),
  cue(
    "(?:been|got|get|getting) burn(?:ed|t)|bad experience with|(?:it|that|the last one|the last (?:tool|vendor|system)) (?:flopped|was a disaster|never (?:really )?worked|went nowhere)|(?:a lot of|too much|big|real|huge|serious) risk|(?:what if|what happens if) (?:you|your company|you guys) (?:go|goes|shut|get)|go(?:ing)? under|oversold and underdelivered",
    0.7,
    'risk',
  ),
  // Doubt about the vendor's claims.
  cue(
    "that's what (?:every (?:vendor|company|one)|they all|everyone|everybody|they|the last (?:one|vendor|company)) (?:says|said|say|told (?:me|us)|promised)|(?:i've|we've|i have|we have) heard that (?:before|one before|a lot|a hundred times)|(?:i|we) (?:really |seriously |kind of )?doubt (?:we|our|they|the|this|you|your|that (?:we|our|it))|(?:seems|sounds|feels) like a stretch|(?:doesn't|does not|don't) add up|too good to be true|(?:i'd|we'd) (?:want|need) to see (?:that|it|this) in writing|how do (?:i|we) know (?:that|it|this|your|you)|(?:customers|references|numbers) you (?:picked|chose|cherry picked)",
    0.7,
    'risk',
  ),
  cue(
    '(?:your|the|this) (?:product|tool|platform|analytics|reporting|onboarding|timeline|roi|roi case|numbers|business case|dashboard|interface|ai|system|software|implementation plan)(?: (?:seems|looks|feels|is|are|sounds|still))+ (?:(?:kind of|pretty|a bit|really|too|very|way) )*(?:basic|immature|optimistic|thin|flimsy|unproven|clunky|complicated|complex|buggy|unreliable|robotic|generic|limited|risky|shaky)',
    0.7,
    'value',
  ),
  cue("(?:isn't|is not|aren't|are not|not) good enough|not (?:mature|proven|robust|reliable) enough|(?:seems|seem) to crash|(?:crashes|crashed|goes down|went down) (?:a lot|all the time|too often)", 0.7, 'value'),
  // Fit, need and adoption.
  cue(
    `(?:not sure|don't think|doubt|wonder if|worried|worry) (?:that |whether |if )?(?:the|my|our|your) ${CREW}(?: would| will| are going to| 'll| 'd| could| can)? (?:(?:actually|really|ever|even) )?(?:use|adopt|like|want|learn|take to|log in|stick with|get used to)`,
    0.75,
    'fit',
  ),
  cue(
    `(?:${CREW}|they) (?:hate|hates|won't use|don't use|never use|resist|push back on) (?:new )?(?:tools|software|systems|change)|(?:nobody|no one) (?:has|have) (?:the )?(?:bandwidth|time|capacity)|(?:don't|do not) have (?:the )?(?:bandwidth|capacity|people|headcount|resources|staff) (?:for|to)|(?:can't|cannot|couldn't) take (?:it|this|that|anything|a new (?:project|tool|system)) on|(?:can't|cannot|couldn't) take on (?:a new|another|anything|more)|(?:a lot|too much) of (?:change|work|effort) for|heads down`,
    0.7,
    'fit',
  ),
  cue(
    "(?:we're|we are|we're just|we are just) (?:too small|not big enough|a small (?:shop|team|company|nonprofit)|not (?:there|at that (?:stage|point|scale)) yet)|not big enough to (?:need|justify)|(?:don't|do not) (?:really )?(?:have|see) (?:the |a )?use case|overkill|nice to have|(?:more|overkill) than (?:we|i) (?:need|would use)|deal ?breaker|not (?:really )?a (?:selling point|must have) for|not sure (?:we'd|we would|we'll|we will|i'd) (?:use|need)|we'd only (?:need|use)",
    0.7,
    'fit',
  ),
  // Price and budget, by a negative evaluation of a price word.
  cue(
    `(?:double|twice|triple|three times|way more than|much more than) (?:what|the amount) (?:we|i) (?:pay|spend|paid|budgeted|have)|hard to swallow|(?:(?:services?|setup|training|implementation|license|licence) )?(?:fees?|price|pricing|cost|costs|quote|number|rates?|proposal) (?:are|is|'s|seem|seems|feel|feels|look|looks) ${SOFT}(?:crazy|insane|nuts|ridiculous|steep|wild|out there|excessive|hard to justify|a deal breaker|a problem)`,
    0.75,
    'price',
  ),
  cue(
    "priced for (?:enterprises?|bigger|larger|big)|(?:spending|purchases|budgets?|everything|new (?:tools|projects|spend)) (?:is |are )?(?:all )?on hold|more than (?:i|we) (?:was|were) hoping|(?:can't|cannot|couldn't) (?:take|bring|sell) (?:double|that|this|an? [a-z]+ (?:story|number|price|cost)|the cost) to|paying for (?:people|seats|users|licenses) (?:who|that|we) (?:are only|don't|won't|aren't)",
    0.75,
    'price',
  ),
  // Authority: the buyer cannot decide alone.
  cue(
    `(?:can't|cannot|won't|couldn't) (?:sign|commit|agree|decide|buy)(?: to)?(?: (?:anything|this|it|that))? without|(?:is|'s) the one (?:who|that) (?:signs|decides|approves|makes the call)|(?:goes|go|has to go|needs to go) (?:to|through|past) ${OWNER} ${DECIDER}|(?:has|have|needs|need) to (?:approve|sign off on|bless|okay|review) (?:any|it|this|that|anything|all)|would (?:say no|never (?:approve|go for it|sign))|(?:hasn't|haven't|has not) (?:even )?(?:seen|reviewed|looked at) it`,
    0.7,
    'authority',
  ),
  // Timing and switching.
  cue(
    "(?:not|isn't|is not|wrong|bad) (?:(?:really|quite|exactly) )?(?:the )?right time|(?:in the middle of|right in the middle of) (?:a |an |the )?(?:reorg|migration|launch|audit|merger|acquisition|busy season|restructure|rollout|crm migration)|bad timing|timing (?:is|'s) (?:just )?(?:bad|tough|off|not great|terrible|awful)|too (?:fast|soon|quick) for us",
    0.7,
    'timing',
  ),
  cue(
    "switching costs?|(?:have|need) to retrain|(?:can't|cannot|don't want to) (?:migrate|switch|move) again|(?:locked|lock) in for|stuck with something|(?:just|already) (?:signed|renewed) (?:a |our )?(?:renewal|contract|deal)|(?:contract|terms) (?:is|are) (?:too long|a problem)|auto ?renews|(?:can't|cannot) accept|(?:never|haven't) worked with you",
    0.7,
    'risk',
  ),
];

export const BROAD_STALL_CUES: readonly Cue[] = [
  cue(
    "(?:sit|sleep|chew) (?:with|on|over) (?:it|this|that|things)|mull (?:it|this|that|things) over|mull over|put a pin in|(?:put (?:it|this) )?on (?:hold|the back burner|ice) for now|(?:reconnect|revisit|regroup|touch base|check in|circle back|pick (?:this|it) (?:back )?up)(?: with (?:me|us))? (?:in|after|next|at|when|later|once|around)|no decisions? (?:for a while|yet|any time soon)|exploration mode|not ready to (?:make a (?:call|decision)|decide|commit)|we'll (?:just )?(?:have to )?see|(?:need|want) (?:a bit |a little |some )?more time|no promises|don't make decisions on the spot|not saying yes yet|(?:i'll|we'll) (?:let you know|get back to you)|think about (?:both|whether)|(?:talk|check|speak) (?:to|with) (?:a (?:couple|few) (?:of )?)?(?:people|them|the team|everyone) first",
    0.7,
    'postpone',
  ),
];

export const BROAD_STRONG_NO_CUES: readonly Cue[] = [
  cue(
    "(?:not|never) (?:going to|gonna) (?:move forward|go ahead|buy|sign|happen|change (?:my|our) mind)|won't be (?:going ahead|moving forward|buying|signing)|(?:we've|we have|i've|i have) (?:made|taken) (?:the|a|our|my) decision|(?:the )?decision(?:'s| is| has been) made|(?:answer|it)(?:'s| is) still no|we said no|(?:we're|i'm|we are|i am) not (?:buying|signing|interested|going ahead|doing it)|(?:gone|going|went) with (?:another|a different|someone else)|(?:then )?we'll (?:leave|pass on) it|(?:go|going) (?:a different|another) (?:direction|way)|(?:we're|we are|i'm) all set|hold off indefinitely|not happening|(?:i'm|we're) done here|it's decided|(?:isn't|is not) (?:a fit|for us)|stick with (?:what we|our|pipedrive|them|it)|stop you there",
    0.75,
    'decline',
  ),
];

export const BROAD_ALTERNATIVE_CUES: readonly Cue[] = [
  cue(
    "(?:we're|we've been|we are|we have been|we've|we) (?:pretty |really |quite |very )?(?:happy|fine|satisfied|content|settled) with|(?:talking to|evaluating|demoing|looking at|comparing) (?:a (?:few|couple of) )?(?:other (?:vendors|options|tools|providers|companies|solutions)|competitors?)|(?:other|another) (?:option|vendor|one|provider|tool|company) (?:we|i) (?:looked at|saw|found|talked to|spoke to)|(?:we|i) found (?:one|another|someone|a cheaper)|half the price|(?:competitor|other vendor|other one) (?:offered|quoted|charges|is cheaper)",
    0.75,
    'other-vendor',
  ),
  cue(
    "(?:hire|hiring|bring in|brought in) (?:another|a|an|more|a couple of|some) (?:analyst|person|generalist|admin|temps?|contractors?|coordinator|people|freelancers?|consultant)|(?:build|built|hacked together|make) (?:it |something(?: like this)? |our own |one )?(?:ourselves|in ?house|internally)|(?:in ?house|internal) (?:tool|build|solution)|keep doing what we(?:'re| are) doing|(?:whiteboard|group text|gut feel|shared calendar|google forms)|our (?:agency|consultants?|accountant|bookkeeper|interns?|assistant|office manager|paralegals?) (?:handles?|does|runs|takes care of|read)",
    0.7,
    'status-quo',
  ),
];

export const BROAD_STAKEHOLDER_CUES: readonly Cue[] = [
  cue(
    `(?:decision|call|budget|sign ?off)(?: really)? (?:sits|rests|lies|is) with (?:${OWNER} )?[a-z]+|${OWNER} ${DECIDER}(?: and (?:${OWNER} )?${DECIDER})?(?: (?:will|would|'ll|'d|usually|always|also))* (?:make the (?:call|decision)|make these (?:calls|decisions)|signs? everything|bless|brought it up|drags? (?:their|his|her) feet)|(?:${OWNER} )?[a-z]+ and i (?:make|decide|run)`,
    0.7,
    'authority',
  ),
];

export const BROAD_PRESSURE_CUES: readonly Cue[] = [
  cue(
    "(?:only|just) (?:have )?(?:[a-z]+ )?(?:implementation |onboarding )?(?:slots?|spots?|openings?) left|(?:slots?|spots?) (?:for this month )?(?:are |is )?(?:almost |nearly )?(?:gone|filling up)|(?:offer|price|discount|deal|credit)(?: really)? (?:won't be (?:here|around|available)|expires|goes away|is gone)|now or never|take it or leave it|one time offer|can't (?:afford to wait|promise after)|leave (?:that )?money on the table|slip away|no brainer|what's there to think about|lock it in today|need (?:a signature|this (?:closed|signed)|to get this (?:closed|signed))|can only hold",
    0.75,
    'urgency',
  ),
];

export const BROAD_COUNTER_CUES: readonly Cue[] = [
  cue(
    "(?:that's|that is|it's) not (?:true|fair|right|the case|a stretch|basic|complicated|comparable)|(?:we're|we are) (?:not every|nothing like|not them)|the difference is|(?:i'd|let me) push back|with respect|you'd be surprised|you'll grow into|won't happen with us|not something you need to worry about|(?:isn't|is not) (?:really )?representative|standard in the industry|pays for itself|look at it as an investment|(?:cheapest|simplest|best|fastest) (?:on the market|in the industry)|nobody can tell the difference|(?:they|it) (?:really )?(?:doesn't|don't|isn't|aren't) (?:reflect|basic)",
    0.7,
    'rebut',
  ),
];

export const BROAD_BUYING_SIGNAL_CUES: readonly Cue[] = [
  cue(
    "(?:where|how) do (?:i|we) sign|what (?:are|would be) (?:the )?next steps|what do you need from us|(?:could|can) we (?:start|kick off|begin|get (?:it|this|the team|everyone) (?:set up|trained|started|going|live))|how (?:soon|quickly|fast) (?:can|could) we|what would it take to (?:try|start|get started|roll)|what would a pilot look like|(?:you've|you have) convinced me|ticks (?:our|all the|all our) boxes|(?:is|'s) what (?:we'd|we would|we will|we'll) go with|(?:i|we) think we(?:'re| are) ready|ready to (?:move forward|go ahead|get started|start|sign)|get it back (?:to you )?by|(?:we'd|we would|i'd|i would) want to start with|let's get (?:it|this|things) (?:moving|going|started|rolling)",
    0.75,
    'next-step',
  ),
  cue(
    "let's (?:do|set up|book|plan on|go with|start|see|talk about|put together|schedule) (?:a |the |that|it|this|those)(?: (?:pilot|trial|proposal|kickoff|call|session|demo|comparison|in|up|for))?|(?:set|send) (?:it|that|one|me (?:a|the) (?:comparison|proposal|paperwork|contract|order form|quote)) up|send (?:me |us |over )?(?:the )?(?:paperwork|contract|order form|docusign|agreement|proposal)",
    0.7,
    'next-step',
  ),
];

export const BROAD_PITCH_CUES: readonly Cue[] = [
  cue(
    "(?:our|the|this) (?:[a-z]+ )?(?:platform|tool|engine|model|assistant|app|ai|dashboard|product|system|module|forecasting|scoring model|support team|portal|matching engine) (?:also |just |even |automatically )?(?:ranks|learns|pulls|drafts|shows|answers|reads|syncs|handles|flags|catches|connects|integrates|automates|summarizes|summarises|gives|lets|builds|tracks|predicts|is (?:three|two|ten|five) times)",
    0.6,
    'feature',
  ),
  cue(
    "we (?:just )?(?:launched|released|rolled out)|we've got (?:a|an|five|over|a brand|brand)|we also (?:do|have|offer)|one (?:more )?thing i didn't mention|sets us apart|nobody else (?:in the market )?does|at no extra cost|out of the box|in one click|in (?:seconds|minutes)|around the clock|(?:customers|everyone) (?:are|is) loving|(?:is|it's) (?:completely |totally )?free|super slick|gets better over time",
    0.6,
    'benefit',
  ),
];
