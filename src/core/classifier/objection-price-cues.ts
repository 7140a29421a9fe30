/**
 * Buyer objections about money: price, budget, affordability, and doubt that it is worth the money.
 * Every cue needs the telling words ("too expensive", "out of our budget", "can't afford"): a bare "the price
 * is" or "to be honest the cost" can still end in "...not a problem for us", so it never fires on its own.
 */
import { cue, rejectIfFollowedBy, type Cue } from './cue';

/** Nouns that name what the buyer would pay. */
const PRICE =
  "(?:the |your |this |that |a |our )?(?:price|prices|pricing|asking price|cost|costs|quote|fees?|rates?|rent|number|figure|price tag|license fee|licence fee|subscription|investment|[0-9]+(?: dollars| a month| per month| a year| per year| per seat| a seat)?)";
/** Optional words between a verb and the telling word ("is just way too high"). */
const SOFT = '(?:(?:way|a bit|a little|a tad|just|really|far|kind of|kinda|bit|pretty|quite|still|much|honestly|probably|definitely|simply|so|very|super|awfully|rather|fairly|too) )*';
/** "It's too expensive, but worth it": the buyer answered their own concern. */
const WORTH_IT = /^(?:(?:but|though|yet|and|although) )?(?:(?:it's|its|that's|it is|it'd be|it would be|totally|definitely|well|probably|still|so|really|absolutely|i think|honestly) )*worth/u;
const unlessWorthIt = rejectIfFollowedBy(WORTH_IT);

export const PRICE_CUES: readonly Cue[] = [
  cue('too (?:expensive|pricey|pricy|costly|steep|rich for (?:us|our blood|me))', 0.8, 'price', unlessWorthIt),
  cue(`(?:${PRICE}|that|this|it|its)(?:'s| is| are| seems| seem| feels| looks| sounds| was)? ${SOFT}too (?:high|much|steep)`, 0.8, 'price', unlessWorthIt),
  cue(`${PRICE}(?:'s| is| are| seems| feels| looks| sounds) ${SOFT}(?:high|steep|hefty|a lot|a stretch|out of (?:reach|range))`, 0.7, 'price', unlessWorthIt),
  cue(
    "(?:(?:it's|its|that's|this is|it is|that is|seems|sounds|looks|feels|pretty|quite|really|very|kind of|kinda|bit|little|super|awfully|extremely|fairly|rather|so|damn|still|way) )+(?:expensive|pricey|pricy|costly|steep)",
    0.7,
    'price',
    unlessWorthIt,
  ),
  cue('overpriced|over priced|unaffordable|not (?:really |very |that |at all |exactly |quite )?affordable', 0.8, 'price', unlessWorthIt),
  cue(
    "a (?:lot|ton|bunch|heap) of (?:money|cash|dough)|(?:big|serious|real|significant|major|huge) (?:money|spend|chunk of (?:change|money|our budget|the budget))|that's (?:a lot|quite a lot) (?:for|to spend|to pay|to ask)|that's a big ask|a (?:big|huge|tough) (?:ask|pill to swallow)",
    0.7,
    'price',
    unlessWorthIt,
  ),
  cue(
    "out of (?:our|my|the) (?:price range|budget|range|league)|(?:over|above|beyond|outside|exceeds?|blows?|blow through) (?:our |my |the )?budget|too (?:much|high|far) for (?:our|my|the) budget|(?:more|higher) than (?:we|i) (?:budgeted|planned(?: for)?|expected|were expecting|was expecting|have|can spend|can pay|can afford|wanted to spend|want to spend|wanted to pay|want to pay|was willing to (?:pay|spend)|were willing to (?:pay|spend)|was hoping to (?:pay|spend)|were hoping to (?:pay|spend)|allocated|usually spend|pay now|are paying|'re paying|could spend|can justify)",
    0.8,
    'price',
  ),
  cue(
    "(?:no|zero|not much|not enough|limited|tight|tighter|small|smaller|lower|tiny|slim|shrinking|frozen|shrunk|reduced|modest|strict|fixed|shoestring) budget|on a budget|budget (?:freeze|cuts?|constraints?)|budget(?:'s| is) (?:(?:a bit|a little|much|way|quite|bit|little) )?(?:lower|less|smaller) than|budget(?:'s| is| was| has been| will be| are) (?:(?:really|pretty|very|super|quite|just|already|kind of|a bit|so) )*(?:tight|limited|frozen|gone|spent|maxed(?: out)?|capped|stretched|spoken for|allocated elsewhere|used up|locked|cut|small|slim|smaller|tiny|nonexistent)",
    0.8,
    'price',
  ),
  cue(
    "(?:don't|do not|haven't|have not) (?:have|got) (?:the |a |any |much |enough |that (?:kind of|much) )?(?:budget|money|funds|cash)|(?:there's|there is) no (?:budget|money)|(?:hiring|budget|spending|purchasing|procurement) freeze|freeze on (?:spending|new|purchases|tools|software|vendors|budgets?|hiring)",
    0.8,
    'price',
  ),
  cue(
    "(?:can't|couldn't|can not|won't be able to|not able to|unable to) (?:really |quite |possibly |even |realistically )?(?:afford|justify|swing|stretch to|spend that|pay that|get (?:that|this|it) (?:approved|through|past))",
    0.85,
    'price',
  ),
  cue(
    "(?:don't|do not) (?:think|know if|know whether|see how) (?:we|i) (?:can|could|would be able to) (?:afford|justify|swing|get (?:that|this|it) (?:approved|through|past))|not sure (?:if |whether |that )?(?:we|i) (?:can|could) (?:afford|justify|swing)",
    0.8,
    'price',
  ),
  cue("(?:doesn't|does not|won't|will not|wouldn't|would not) (?:really )?fit (?:in |into |within |in with )?(?:our|the|my) (?:budget|price range)", 0.8, 'price'),
  cue(
    "(?:need|needs|want|'d rather (?:put|spend)|rather (?:put|spend)) (?:the |that |our |this )?(?:money|budget|cash|funds) (?:for |on )?(?:other things|something else|elsewhere|other (?:stuff|priorities|projects))|(?:money|cash|money's|cash's) (?:is )?(?:tight|short|scarce)|(?:tight|short) on (?:cash|money|funds|budget)",
    0.75,
    'price',
  ),
  cue("(?:pricier|more expensive|costlier|higher|more) than (?:i|we) (?:expected|thought|hoped|imagined|were (?:expecting|hoping|thinking))|(?:is|'s) (?:as high|as much|the most|the highest) (?:as )?(?:we|i) (?:can|could|will|would) (?:go|pay|do|spend)|(?:highest|most) (?:we|i) (?:can|could|will|would) (?:go|pay|do|spend)|(?:that's|that is|this is) all (?:we|i) can (?:afford|spend|pay)|budget (?:got|was|has been|is being|just got) (?:cut|slashed|halved|frozen|reduced)", 0.75, 'price'),
  cue("why (?:is|does|would) (?:it|this|that|your (?:product|tool|platform|pricing|price)) (?:cost )?(?:so|that) (?:expensive|much|pricey|high)|how come (?:it's|it is) (?:so|that) expensive", 0.75, 'price'),
  // Doubt about value: the buyer is not yet sure it is worth the money.
  cue(
    "(?:don't|do not|can't|struggle to|struggling to|not sure i|not sure we) (?:really |quite |fully |yet |honestly )?see (?:the |any |much |enough |a lot of |real |where the )?(?:value|roi|return|point|benefit|upside|difference|need|use case|business case|payoff|advantage)",
    0.75,
    'value',
  ),
  cue(
    "(?:not|isn't|is not|wasn't|aren't|don't think (?:it's|it is|this is|that's)) (?:really |quite |necessarily |sure (?:it's|this is|that's|it'd be|it would be) |convinced (?:it's|this is|that's) |that )?worth (?:it|the|that|paying|spending|switching)",
    0.75,
    'value',
  ),
  cue("(?:i'm|we're|i am|we are) (?:just |still |really |quite |totally |fully |entirely |honestly )?not (?:convinced|sold)|not (?:yet |quite |fully )?(?:convinced|sold) (?:on|that|by)", 0.75, 'value'),
  cue('(?:hard|tough|difficult) (?:to|for me to|for us to) justify', 0.75, 'value'),
  cue(
    '(?:is|would|will|does|can) (?:it|this|that|your (?:tool|product|platform|solution)) (?:really|actually|honestly|truly) (?:be )?(?:worth|make a difference|help|move the needle|pay off|pay for itself|work|deliver|save)',
    0.7,
    'value',
  ),
  cue('(?:what|how much) (?:would|will|do|does) (?:we|i) (?:actually|really) (?:get|gain) (?:for|out of)', 0.7, 'value'),
  // "It would be nice to have a dashboard" is a wish; "it's more of a nice to have" is a reason not to buy.
  cue('(?:more of a|more like a|just a|only a|a|kind of a) nice to have|not (?:a |really a )?(?:must have|need to have|necessity)', 0.6, 'value'),
];
