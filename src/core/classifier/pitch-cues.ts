/**
 * Rep pitch: features and benefits promoted without being asked ("our platform also...", "we integrate
 * with...", "you'll be able to...", "it saves teams like yours..."). Whether the buyer asked is decided by
 * the classifier from the turns before; these cues only find the promoting words.
 */
import { BROAD_PITCH_CUES } from './broad-cues';
import { DEAL_PITCH_CUES } from './deal-talk-cues';
import { cue, type Cue } from './cue';

const PRODUCT = '(?:platform|product|tool|solution|software|system|app|dashboard|engine|ai|api|integration|reporting|analytics|feature|module|suite|plugin|extension)';
const BENEFIT_VERB =
  '(?:does|lets|allows|gives|helps|handles|includes|comes with|offers|supports|integrates|provides|automates|makes|saves|tracks|syncs|connects|pulls|flags|surfaces|generates|cuts|reduces|eliminates|streamlines|simplifies|takes care of|plugs into|scales)';
const CUSTOMERS = '(?:teams|companies|customers|clients|businesses|folks|people|orgs|organizations|organisations|reps|users|firms)';

const OWN_PITCH_CUES: readonly Cue[] = [
  cue(`(?:our|this|the) ${PRODUCT} (?:also|even|actually also|additionally)`, 0.7, 'feature'),
  cue(`(?:our|this) ${PRODUCT} (?:(?:really|actually|basically|automatically|then|just|fully|natively) )?${BENEFIT_VERB}`, 0.65, 'feature'),
  cue('we (?:also )?(?:integrate|sync|connect|plug) (?:(?:natively|directly|seamlessly|right) )?(?:with|into|to)|(?:it|this) (?:also )?(?:integrates|syncs|connects|plugs) (?:(?:natively|directly|seamlessly|right) )?(?:with|into)', 0.65, 'feature'),
  cue(
    "you'll (?:(?:also|now|even|finally|immediately|instantly|actually) )?(?:be able to|never have to|no longer (?:have|need) to|save|love|spend less|cut|get (?:instant|real time|full|complete|a (?:full|complete|single|clear)|all the|back))",
    0.7,
    'benefit',
  ),
  cue('you (?:can|could) (?:also|even|easily|instantly|automatically|finally)', 0.6, 'benefit'),
  cue(`(?:lets|allows|enables|empowers) (?:you|your (?:team|reps|people|staff|managers)|${CUSTOMERS})`, 0.6, 'benefit'),
  cue(`(?:saves?|saving|helps?|helping) ${CUSTOMERS} like (?:yours|you)|${CUSTOMERS} like (?:yours|you) (?:typically |usually |often |all )?(?:see|save|get|cut|love|use)`, 0.75, 'benefit'),
  cue(
    "(?:saves?|cuts?|reduces?|boosts?|increases?|improves?|doubles?|triples?) (?:you|your (?:team|reps|people)|them) (?:(?:up to|about|over|around|roughly|on average|an average of|at least) )?(?:[0-9]+|a ton|tons|hours|time|money|days|weeks|half|thousands|hundreds|a lot)",
    0.7,
    'benefit',
  ),
  cue(
    "best in class|industry leading|market leading|award winning|cutting edge|state of the art|world class|best of breed|game changer|second to none|all in one|the only (?:platform|tool|vendor|solution|product|one) (?:that|which|with|on)|no one else (?:does|offers|has)|nobody else (?:does|offers|has)",
    0.65,
    'feature',
  ),
  cue(
    "(?:another (?:great|cool|nice|big|key|huge|really cool|awesome|neat) |one more (?:great |cool )?|my favorite |the (?:coolest|best|nicest) )(?:thing|feature|part|benefit|capability)|a (?:really )?(?:cool|great|neat|killer|unique) (?:feature|capability|integration)",
    0.65,
    'feature',
  ),
  cue("(?:our|my) (?:customers|clients|users) (?:(?:really|absolutely|all|typically|usually) )?(?:love|tell us|see|save|report|rave)", 0.6, 'benefit'),
  cue("we help [a-z]+ (?:teams|companies|firms|leaders|managers|departments|people) [a-z]+|trusted by (?:over |more than |about )?[0-9a-z]+ (?:thousand |hundred )?(?:companies|teams|customers|brands|businesses)|(?:that's|this is|here's) where (?:we|it|our [a-z]+) (?:shine|shines|stand out|stands out|come in|comes in)|(?:we have|we've got|there's|theres|there is) (?:also )?(?:a|an|this) (?:really )?(?:built in|native|new|nice|great|cool|powerful|smart)? ?[a-z]* ?(?:feature|module|app|integration|dashboard|assistant|portal|engine)|(?:which|that|it|this) (?:also )?(?:automatically )?(?:generates|summarizes|summarises|drafts|routes|flags|surfaces|scores) (?:a |an |every |all |your |the )|for you automatically|(?:we're|we are) (?:soc ?2|soc two|iso [0-9]+|gdpr|hipaa)[a-z ]{0,20} (?:certified|compliant)|encrypt everything", 0.65, 'feature'),
  cue("we're the (?:only|leading|best|first|fastest|easiest|number one|biggest|largest|top)", 0.65, 'feature'),
  cue("what's (?:great|cool|nice|neat|awesome|amazing|unique|special|powerful|exciting) (?:is|about (?:it|this|our))|the (?:great|cool|nice) thing (?:is|about)", 0.6, 'feature'),
];

/** The cues above plus the broader families of `broad-cues.ts`. */
export const PITCH_CUES: readonly Cue[] = [...OWN_PITCH_CUES, ...BROAD_PITCH_CUES, ...DEAL_PITCH_CUES];
