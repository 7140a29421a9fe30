/**
 * Buyer `stakeholder`: another person who takes part in the purchase or the decision ("my boss", "our CFO",
 * "procurement will need your W9", "the whole leadership team votes"). A bare mention is not enough: the
 * person must be doing something about the decision (approving, reviewing, joining the next call, wanting to
 * see numbers). People the money is for ("visibility for my boss", "my kid can use it") are not stakeholders.
 */
import { BROAD_STAKEHOLDER_CUES } from './broad-cues';
import { cue, type Cue, type Judge } from './cue';
import { DECIDER } from './decider';

export { DECIDER };

const OWNER = "(?:my|our|the|his|her|their|your)";
/** What a person in the decision does. */
const DECISION_ACT =
  "(?:approved|signed off|decided|vetoed|approve|approves|approval|sign|signs|sign off|signoff|signature|review|reviews|look at|see|weigh in|decide|decides|decision|vote|votes|okay|ok|agree|be on|be in|join|on the (?:call|kickoff|next call|meeting)|in the (?:next )?meeting|want to see|wants to see|will want|would want|will need|would need|needs|need|has to|have to|handles|owns|care about|cares about|check|vet|bless|green ?light|call|say)";

/** "For my boss" names who benefits, not who decides. */
const notABeneficiary: Judge = (m, base) => (/(?:^|\s)for$/u.test(m.n.text.slice(0, m.match.index).trimEnd()) ? 0 : base);

const OWN_STAKEHOLDER_CUES: readonly Cue[] = [
  // "my boss would want to see the ROI", "our CFO has to okay it", "procurement will need your W9".
  cue(`(?:${OWNER} )?${DECIDER}(?: (?:would|will|'ll|'d|usually|always|also|then|probably|definitely|really|just))* ${DECISION_ACT}`, 0.75, 'authority', notABeneficiary),
  // "run it by our CFO", "loop in our IT team", "talk it over with my wife", "copy our procurement lead".
  cue(
    `(?:run (?:it|this|that|things) (?:by|past)|check (?:it |this )?with|talk (?:it |this )?(?:over )?(?:to|with)|speak (?:to|with)|loop in|bring in|get (?:approval|sign ?off|buy ?in) from|ask|copy|cc|include|sync with|get) ${OWNER} ${DECIDER}`,
    0.75,
    'authority',
  ),
  cue(`(?:sign ?off|approval|buy ?in|green light|okay|ok) from ${OWNER} ${DECIDER}`, 0.75, 'authority'),
  cue(`(?:it's|its|it is) (?:${OWNER} )?${DECIDER}(?:'s)? (?:budget|call|decision)`, 0.75, 'authority'),
  cue("(?:group|team|joint|committee|board) decision|(?:the whole|our whole|my whole|the) (?:team|leadership team|board) (?:has to|needs to|will|would|votes|decides|agrees)|(?:my|our) team (?:has to|needs to|would need to|will need to|would have to) (?:agree|sign off|buy in|be on board|weigh in)", 0.7, 'authority'),
  cue(`(?:${OWNER} )?${DECIDER} (?:will|would|'ll|'d) (?:want|need) to (?:be|see|review|look|weigh|join|sign|approve)`, 0.75, 'authority'),
  cue(`(?:with|from|by|to) ${OWNER} ${DECIDER} (?:first|before)`, 0.7, 'authority'),
  cue(`(?:call|meeting|chat|session|demo|review) with ${OWNER} ${DECIDER}|(?:it's|its|it is) (?:her|his|their) (?:budget|call|decision|money)`, 0.7, 'authority'),
  cue(`(?:we'd|i'd|we would|i would|we will|i will|we'll|i'll|we|i) (?:need|have to|want to|got to|gotta) (?:get|ask|check with|talk to|involve|loop in) ${OWNER} ${DECIDER}`, 0.75, 'authority'),
];

/** The cues above plus the broader families of `broad-cues.ts`. */
export const STAKEHOLDER_CUES: readonly Cue[] = [...OWN_STAKEHOLDER_CUES, ...BROAD_STAKEHOLDER_CUES];
