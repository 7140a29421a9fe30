/**
 * Buyer objections of timing ("the timing isn't great, we're mid-reorg") and authority ("I'd need my boss to
 * sign off", "legal has to review it first"). Timing cues are kind 'timing' so the classifier can drop them
 * when the buyer is only answering "is now a good time to talk?".
 */
import { cue, onlyIfFollowedBy, type Cue } from './cue';

/** People who take part in a purchase decision. Bare "it" is left out: only "our IT", "the IT team". */
const STAKEHOLDER =
  "(?:boss|manager|managers|cfo|ceo|cto|coo|cio|cro|vp|svp|evp|director|head of [a-z]+|team|partners?|board|finance|finance team|legal|legal team|procurement|purchasing|security|security team|it team|it department|leadership|management|owners?|founders?|co ?founders?|wife|husband|spouse|accountant|lawyer|lawyers|committee|execs?|executives?|higher ups|superiors?|supervisor|it|c suite|exec team|leadership team|steering committee|business partner|other partners?|colleagues?)";
/** Who may own that person ("my boss", "our CFO", "the board"). */
const OWNER = "(?:my|our|the|his|her|their)";

/** Words after "busy" that make it about this purchase, not a description of the buyer's week. */
const BUSY_WITH_THIS = /^(?:right now|at the moment|now|currently|this (?:quarter|month|year|season|week)|to (?:take|look|deal|think|focus|start|add|roll|evaluate|onboard|implement)|for (?:this|that|anything|a new|new)|with other|until|till|through|over the next)/u;

export const TIMING_AUTHORITY_CUES: readonly Cue[] = [
  cue(
    "timing(?:'s| is)? (?:just |really )?(?:bad|off|tough|tricky|terrible|awful|wrong|not (?:great|right|good|ideal)|a (?:bit|little) off)|timing (?:isn't|is not|just isn't|is just not) (?:great|right|good|ideal|there)|(?:bad|awkward|tough|terrible|rough|tricky|poor) timing",
    0.75,
    'timing',
  ),
  cue(
    "(?:not|isn't|is not|wasn't) (?:really |quite |exactly )?(?:a good|the right|the best|an ideal|a great|the ideal|great|good) (?:time|moment|quarter|year)(?: for (?:us|this|that|it|me|a (?:change|switch|new tool)|something like this|new (?:tools|software|projects?)))?",
    0.7,
    'timing',
  ),
  cue('not (?:right )?now|not (?:this|until next|till next|before next) (?:year|quarter|month|fiscal year)', 0.6, 'timing'),
  cue('(?:too|really|super|very|crazy|pretty|so|insanely|extremely|just) (?:busy|swamped|slammed|stretched|overloaded|underwater|maxed out)', 0.65, 'timing', onlyIfFollowedBy(BUSY_WITH_THIS)),
  cue("(?:too much|a lot|so much|tons|a ton) (?:going on|on (?:our|my) plates?)|(?:full|busy) plate|plate is (?:really |pretty |already )?full|plates are (?:really |pretty |already )?full", 0.65, 'timing'),
  cue(
    'in the (?:middle|midst) of (?:a |an |our |the )?(?:re ?org|reorganization|restructuring|migration|merger|acquisition|audit|hiring freeze|freeze|budget (?:cycle|planning|review)|transition|busy season|launch|rollout|roll out|fundraise|fundraising|layoffs?|reshuffle|system change|big project|implementation|go live|renewal)',
    0.7,
    'timing',
  ),
  cue(
    "(?:no|don't have (?:the |any |much )?|do not have (?:the |any )?|zero|not enough|limited|little) (?:bandwidth|capacity|headcount|resources) (?:for|to|right now|at the moment|this (?:quarter|year|month))|no (?:bandwidth|capacity)",
    0.7,
    'timing',
  ),
  cue("(?:too|a bit|a little|way too|really|pretty) (?:early|soon) for (?:us|this|that|it|something like)", 0.7, 'timing'),
  cue(
    "(?:not|isn't|is not) (?:a |really a |our |the |much of a )?(?:top |high |big |real )?priority|(?:low|lower) (?:on the )?priority|on the back ?burner|back burner|(?:other|bigger|higher|more pressing) priorities",
    0.7,
    'timing',
  ),
  // Authority: someone else has to agree.
  cue(
    `(?:run (?:it|this|that|things|everything|this all|all this) (?:by|past)|check (?:it |this |that )?(?:with|in with)|talk (?:it |this |that )?(?:over )?(?:to|with)|speak (?:to|with)|consult(?: with)?|loop in|bring in|clear (?:it|this|that) with|get (?:approval|sign ?off|buy ?in|the (?:ok|okay|green light|go ahead|nod|blessing)) from|get (?:it|this|that) (?:approved|signed off) by|ask) ${OWNER} (?:${STAKEHOLDER})`,
    0.7,
    'authority',
  ),
  cue(
    "(?:need|needs|require|requires|pending|waiting (?:on|for)|subject to) (?:the |an |their |his |her |final |formal |official |some )?(?:approval|sign ?off|buy ?in|green light|blessing|go ahead)",
    0.7,
    'authority',
  ),
  cue(
    `(?:(?:${OWNER} )(?:${STAKEHOLDER})|legal|finance|procurement|purchasing|security|leadership|management)(?: would| will|'ll|'d)? (?:has|have|needs?|must|need|would need|will need|would have|will have|is going|are going|wants?|would want|gets?) to (?:sign off|sign|approve|review|look at|see|weigh in|green ?light|be involved|okay|ok|be on board|agree|decide|make the call|vet|bless|check|read|have a look)`,
    0.8,
    'authority',
  ),
  cue(
    `(?:i'd|we'd|i would|we would|i'll|we'll|i will|we will|i|we) (?:need|have to get|want|have to ask) ${OWNER} (?:${STAKEHOLDER}) to (?:sign off|sign|approve|review|look|see|weigh in|agree|okay|ok|be on board|decide)`,
    0.8,
    'authority',
  ),
  cue(
    "not (?:really |entirely |totally |just |solely |only )?(?:my (?:call|decision|budget|department)|up to me|in my hands|the decision ?maker|the one (?:who|that) (?:decides|signs|makes)|the (?:person|one) (?:signing|deciding|making the call))|isn't (?:really |entirely |just )?(?:my (?:call|decision)|up to me)",
    0.8,
    'authority',
  ),
  // "I'd also need Lena in finance ops to sign off": a named person, a few words, then the approval.
  cue(
    "(?:need|needs|have to get|has to get|got to get|gotta get|'d need|would need|will need|'ll need) (?:[a-z']+ ){1,4}to (?:sign off|approve|okay|ok|green ?light|bless|sign it|sign the|be on board|weigh in|agree)|(?:needs?|has|have) to be (?:approved|signed off|reviewed|vetted) by",
    0.7,
    'authority',
  ),
  cue('above my pay ?grade', 0.75, 'authority'),
  cue(
    "(?:can't|couldn't) (?:make|sign|approve|decide|commit)(?: (?:this|that|it|the|a|to) (?:decision|call|purchase|contract|deal|this|that|it))? (?:on my own|alone|myself|by myself|without)",
    0.75,
    'authority',
  ),
  cue("(?:decision|call|final say|final decision)(?:'s| is) (?:really |ultimately |actually )?(?:up to|with) (?:my|our|the)", 0.7, 'authority'),
];
