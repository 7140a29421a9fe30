/**
 * Buyer `pain`: their own problem, need, goal or situation that the offer could address ("it's a mess", "we
 * lose two days every month reconciling", "churn is our biggest problem", "getting churn under two percent").
 * Budget limits are objections, not pain; describing the business ("we sell to dental clinics") is neither.
 */
import { cue, type Cue } from './cue';

const HURTS =
  "(?:a (?:nightmare|mess|pain|headache|disaster|zoo|struggle|grind|bottleneck|time sink)|(?:so |really |super |pretty |kind of |kinda )?(?:painful|brutal|chaotic|broken|manual and slow|not sustainable|unsustainable|killing (?:us|me)|eating (?:up )?(?:our|my|like|about|two|three|a) [a-z ]{0,20}(?:time|days|hours|week|month)))";

export const PAIN_CUES: readonly Cue[] = [
  cue(`(?:it's|its|it is|that's|this is|it's been|everything is|things are|onboarding is|reporting is|month end is|the process is|our process is) (?:(?:honestly|just|basically|really|totally|kind of|kinda|such|an absolute|a complete|a total|like) )*${HURTS}`, 0.75, 'problem'),
  cue("(?:is|are|it's|that's) (?:killing|hurting|crushing|drowning|burning out) (?:us|me|our|my|the team)|(?:which|that) is killing|eating (?:up )?(?:like )?(?:two|three|a few|several|[0-9]+|half|most of) (?:days|hours|weeks)", 0.75, 'problem'),
  cue("(?:our|my|the) (?:biggest|main|real|number one|core|big) (?:problem|issue|challenge|pain|headache|bottleneck|struggle)|(?:problem|issue|challenge) (?:is|was) that", 0.8, 'problem'),
  cue("(?:we|i|they|customers|people|reps|the team|our team|our reps|my team) (?:(?:always|constantly|keep|still|often|usually|just) )*(?:lose|lost|losing|miss|missed|missing|waste|wasted|wasting|spend half|spend most|struggle|struggling|drown|drowning|can't keep up|hate|hates|hated|never get|wait (?:like )?(?:weeks|days|months|[a-z]+ weeks))", 0.7, 'problem'),
  cue("(?:we|i) (?:end up|ended up) (?:paying|losing|redoing|chasing|missing)|(?:late fees|churn|errors|mistakes|delays|escalations|burn ?out|turnover) (?:are|is|keep|went|have gone|has gone|dropped|up|rising|climbing)|nobody trusts|(?:too|so) (?:long|slow)|takes (?:forever|ages|too long|weeks|months)|on the line", 0.65, 'problem'),
  cue("(?:our|my) (?:goal|goals|priority|target|objective) (?:is|are|this year)|(?:we|i) (?:want|need|have) to (?:get|cut|reduce|grow|hit|double|halve|fix|stop|bring) (?:our |the |that |it |churn |costs? |time )?[a-z0-9 ]{0,30}(?:down|under|below|up|faster|to [0-9]+|in half|by [0-9]+)|(?:getting|get) [a-z ]{1,20} (?:under|below|down to) [a-z0-9]+ percent", 0.65, 'goal'),
  cue("(?:we|i) (?:really )?(?:need|want|are looking for|were looking for) (?:a way|something|help|a better way|a tool|one place|visibility|a system) (?:to|that|for)|(?:just|only|really) need (?:a|some) (?:shared|basic|simple)", 0.6, 'goal'),
  cue("(?:just |recently )?(?:got|been) diagnosed|(?:really )?scared (?:me|us)|(?:sounds|seems|feels) (?:massive|overwhelming)", 0.65, 'problem'),
  cue("(?:we've|we have|we) had (?:breaches|outages|a breach|an outage|problems|issues)|approving [a-z]+ on the go|chasing (?:customers|people|approvals|invoices|documents)", 0.65, 'problem'),
];
