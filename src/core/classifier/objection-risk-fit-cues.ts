/**
 * Buyer objections of risk, trust and fit: "we got burned by the last vendor", "how do we know your numbers
 * hold up?", "this seems like overkill for us", "I'm not sure it would work for a team our size".
 * A question counts only when its wording shows doubt; "do you support SSO?" is due diligence, not doubt.
 */
import { cue, decidedByNextWords, onlyIfFollowedBy, type Cue } from './cue';

/** Things a buyer can name as a concern, besides money (money has its own cues). */
const CONCERN_TOPIC =
  '(?:security|compliance|privacy|data privacy|data security|gdpr|the contract|contract length|the commitment|lock in|implementation|the implementation|migration|the migration|onboarding|adoption|integration|the integration|support|risk|the risk|the learning curve|learning curve|change management|the rollout|rollout|switching|the switch|reliability|uptime|scalability)';
/** Words that make a concern noun count ("a big concern", "the main sticking point"). */
const CONCERN_NOUN =
  "(?:a |an |the |our |my )?(?:(?:big|real|major|main|biggest|huge|serious|key|definite|genuine|bit of a|little bit of a|slight|potential|sticking|other|bit|little|legitimate) )*(?:problem|issue|concern|worry|sticking point|hurdle|blocker|obstacle|challenge|barrier|deal ?breaker|red flag|question mark|headache)";
const PRICE_TOPIC = '(?:the )?(?:price|pricing|cost|costs|budget|money|the money)';
/** Follow-ups that show a "how do we know" question is suspicious rather than practical. */
const DOUBTING_OBJECT =
  /^(?:your|you|that|this|it|it'll|it will|this will|you'll|you will|the (?:numbers|data|results|roi|claims|figures|savings)|for sure|if (?:this|it|you)|whether (?:this|it|you)|we can trust|we won't|we're not|they're|any of this|any of that)/u;

export const RISK_FIT_CUES: readonly Cue[] = [
  // "Security is a big concern for us", "price would be a problem".
  cue(`${PRICE_TOPIC}(?:'s| is| are| would be| will be| might be| could be| remains| becomes) ${CONCERN_NOUN}`, 0.75, 'price'),
  cue(`${CONCERN_TOPIC}(?:'s| is| are| would be| will be| might be| could be| remains| becomes) ${CONCERN_NOUN}`, 0.7, 'risk'),
  // "My biggest concern is...": the buyer has announced a concern, whatever comes next.
  cue(
    "(?:my|our|the|one|only|main|biggest|big|real|other|last|one other|one more) (?:(?:main|biggest|big|real|only|one|other|last|major|key|remaining) )*(?:concerns?|worry|worries|hesitation|reservations?|hesitancy|fear|hang ?up|objection)(?: here| right now| with (?:this|it|that|you))?(?:'s| is| are| would be| was| remains)",
    0.65,
    'risk',
  ),
  cue("(?:only|one|main|biggest|real) (?:catch|downside|drawback|hesitation|sticking point)(?: i see| we see| here| with (?:this|it|that))?(?:'s| is| would be)", 0.65, 'risk'),
  cue(`(?:problem|issue|concern|worry|thing that worries me|hesitation)(?:'s| is| would be) (?:really |just |mostly |mainly |honestly )?${PRICE_TOPIC}`, 0.75, 'price'),
  // Worry and suspicion, stated.
  cue(
    "(?:i'm|we're|i am|we are|i'd be|we'd be|i was|we were|people are|the team is|my team is|they're|leadership is|a bit|a little|bit|little|really|pretty|quite|very|also|still|slightly|somewhat|honestly|just|kind of|kinda|definitely|genuinely) (?:worried|concerned|nervous|anxious|uneasy|wary|apprehensive|skeptical|sceptical|hesitant) (?:about|that|whether|if|with|of|around|by)",
    0.7,
    'risk',
  ),
  cue("(?:i'm|we're|i am|we are|a bit|a little|bit|little|pretty|quite|very|still|somewhat|honestly) (?:skeptical|sceptical|wary|hesitant)", 0.7, 'risk'),
  cue("(?:i'm|we're|i am|we are|i'd be|we'd be) (?:(?:a bit|a little|really|pretty|quite|also|still|just|kind of|honestly) )*(?:worried|concerned|nervous|afraid|scared) (?:the|our|my|we|they|it|that|this|people|nobody|no one)|(?:i|we) (?:really |honestly |kind of )?doubt (?:our|the|that|it|this|we|they|you|your|whether|if)|(?:we've|we have|i've|i have) heard (?:that|this|it) before|(?:was|is|it's|seemed|felt|looked) (?:(?:pretty|really|very|so|a bit|kind of|quite) )*(?:confusing|unclear|clunky|buggy|thin|basic|dated)", 0.7, 'risk'),
  cue('how (?:do|can|would|will|could) (?:we|i) (?:know|be sure|be certain|trust|verify)', 0.7, 'risk', onlyIfFollowedBy(DOUBTING_OBJECT)),
  cue('how can you (?:guarantee|prove|promise|be sure)|what (?:guarantees?|proof|assurances?) (?:do|can|would) (?:we|you) (?:have|give|offer|get)', 0.7, 'risk'),
  cue(
    "what if (?:it|this|that|you|we|your (?:company|team|product|tool|platform)|the (?:tool|system|product|platform|integration|rollout|migration)) (?:doesn't|does not|don't|do not|fails?|goes (?:wrong|down|under|out of business|bust)|go (?:wrong|down|under|out of business|bust)|breaks?|stops? working|can't|won't|isn't|gets? (?:acquired|hacked|breached)|shuts? down|disappears?)",
    0.7,
    'risk',
  ),
  cue(
    "(?:too|very|pretty|quite|bit|little|really|seems|sounds|feels|is|it's|its|that's|kind of|kinda) (?:risky|a (?:big |huge |real )?(?:risk|gamble|leap of faith))|(?:big|huge|real|major|serious) (?:risk|gamble)",
    0.7,
    'risk',
  ),
  cue("(?:we've|we have|i've|i have|we|i) (?:been |got |gotten )(?:burned|burnt|bitten|stung)|(?:burned|burnt) (?:before|by)", 0.8, 'risk'),
  cue("(?:don't|do not|can't|hard to|not sure (?:i|we) (?:can|could)) (?:really |fully |quite |totally )?trust", 0.75, 'risk'),
  cue(
    "(?:last|previous|old|other|former) (?:vendor|tool|provider|platform|system|solution|company|one|agency|partner)s?(?: we (?:tried|used|had))? (?:failed|didn't (?:work|deliver|last)|never (?:worked|delivered)|was a (?:disaster|nightmare|mess)|went (?:badly|south|sideways)|let us down|burned us|overpromised|over promised|fell (?:short|apart|over))",
    0.75,
    'risk',
  ),
  cue('why (?:did|do|does|would) (?:the|your|our) (?:last|previous|other) (?:vendor|tool|provider|one|customer|client)s? (?:fail|not work|churn|leave|quit|stop)', 0.7, 'risk'),
  cue("(?:never|haven't|have not|hadn't) (?:even )?heard of (?:you|your (?:company|product|platform|tool)|this (?:company|product|tool)|you guys)", 0.65, 'risk'),
  // Fit and need.
  cue('overkill|over kill', 0.75, 'fit'),
  cue("(?:we|i) (?:don't|do not) (?:really |actually |even )?have (?:a|that|this|much of a|any) (?:[a-z]+ )?(?:problem|issue|need|pain)|(?:not sure|don't think|don't know if) (?:we|i) (?:can|could) (?:make (?:it|this|that) work|move that fast|do that|justify)|what happens if you(?: guys)? (?:go|shut|get|stop|fold|disappear)|why would (?:we|i) (?:switch|change|move|pay|need)", 0.7, 'fit'),
  cue(
    "(?:not|isn't|is not|wouldn't be|won't be|doesn't (?:seem|sound|look|feel) like) (?:really |quite |exactly |necessarily )?(?:a (?:good |great |real |natural |right |strong )?fit|the right (?:fit|tool|solution|product)|right for us|for us|what we need|what we're looking for|something we need)",
    0.75,
    'fit',
  ),
  cue(
    "(?:doesn't|does not|won't|will not|wouldn't|would not|can't) (?:really |quite |fully )?(?:work|fit|scale) (?:for us|for our|with (?:our|how we)|in our|for a (?:team|company|business)|for how we|for what we)",
    0.75,
    'fit',
  ),
  cue(
    "(?:not sure|don't know|unsure|doubt|not convinced|not certain) (?:if |whether |that )?(?:this|it|that|your (?:tool|product|platform|solution|software|system|team))(?:'d|'ll| would| will| could| can| is going to| really| actually)? (?:really |actually |fully )?(?:work|fit|help|solve|handle|scale|make sense|be a (?:fit|good fit)|be right)",
    0.7,
    'fit',
  ),
  cue(
    "(?:we're|we are|our (?:team|company|business) is|we're just|we're still) (?:(?:too|way too|pretty|really|quite|a bit|a little|probably|just|still) )*(?:small|early|tiny|big|large|young|early stage|niche|specialized|simple) for (?:this|that|something like|a (?:tool|platform|system|solution)|it|you|your)",
    0.7,
    'fit',
  ),
  cue('(?:too|overly|way too) (?:complicated|complex|heavy|heavyweight|clunky|advanced|much for us|big for us)|(?:seems|sounds|looks|feels) (?:really |pretty |a bit |kind of |kinda |quite )?(?:complicated|complex|heavy)', 0.65, 'fit'),
  cue("more than (?:we|i) (?:need|'d need|really need|would need|would use|'d use|will use|'ll use|could use|can use)", 0.65, 'fit'),
  cue("(?:doesn't|does not|won't|can't) (?:integrate|connect|sync|talk|play nice|play nicely) with (?:our|the|what we|how we)", 0.7, 'fit'),
  // "We don't need it" is a reason not to buy; "we don't need it to do payroll" is scoping. Wait a word.
  cue(
    "(?:we|i) (?:don't|do not) (?:really |actually |even |necessarily )?need (?:this|it|that|something like (?:this|that)|another (?:tool|platform|system|vendor|app|solution|subscription))",
    0.7,
    'fit',
    decidedByNextWords(/^(?:to|for|until|till|on|in|when|if|as)\b/u),
  ),
];
