/** The call review as text for a terminal: the headline first (did the buyer decide?), then the detail. */
import { clock } from '../core/metrics/clock';
import type { CallReview } from '../core/metrics/review';

const OUTCOME: Record<CallReview['decision']['outcome'], string> = {
  clear_yes: 'clear yes',
  clear_no: 'clear no',
  unclear: 'UNCLEAR: the buyer left without a clear yes or no',
};

/**
 * Transcript text is untrusted and this goes to a terminal: control characters would let a file drive it
 * (ESC sequences clear the screen or, OSC 52, write the clipboard) and a newline would let a line pose as one of
 * ours ("Decision: clear yes"). Line breaks and tabs become spaces, other controls U+FFFD. `--json` escapes them.
 */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\t\n\v\f\r\u2028\u2029]/gu, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/gu, '\uFFFD');
}

export function formatReview(review: CallReview, file: string): string {
  const out: string[] = [];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  out.push(`Call review: ${file} (${clock(review.durationSeconds)}${review.timing === 'estimated' ? ', times estimated from word counts' : ''})`);
  out.push(`Decision: ${OUTCOME[review.decision.outcome]}${review.decision.decidedBy === null ? '' : ` (line ${review.decision.decidedBy})`}`);
  out.push(`Talk: rep ${pct(review.talk.repShare)}, buyer ${pct(1 - review.talk.repShare)}${review.talk.repShare > 0.65 ? '  (above 65%: listen more)' : ''}`);
  out.push(`Questions: ${review.questions.open} open, ${review.questions.closed} closed`);
  for (const q of review.questions.list) out.push(`  ${clock(q.at)} ${q.kind.padEnd(6)} ${plain(q.text)}`);
  out.push(`Longest monologues: ${review.monologues.length === 0 ? 'none' : ''}`);
  for (const m of review.monologues) out.push(`  ${clock(m.start)}-${clock(m.end)} ${Math.round(m.seconds)} s`);
  out.push(`Discovery: explored ${review.discovery.explored.join(', ') || 'nothing'}; not explored ${review.discovery.unexplored.join(', ') || 'nothing'}`);
  out.push('Moments:');
  for (const m of review.moments) {
    const labels = m.labels.filter((l) => l.confidence >= 0.5).map((l) => `${l.label} "${plain(l.evidence)}"`).join(', ');
    out.push(`  ${clock(m.at)} ${plain(m.speaker ?? m.role)} (${m.role}): ${plain(m.text)}`);
    out.push(`        ${labels}${m.nudge === null ? '' : `\n        -> card: ${plain(m.nudge.title)} / "${plain(m.nudge.question)}"`}`);
  }
  for (const n of review.callNudges) out.push(`  ${clock(n.at)} call-level card: ${plain(n.title)}${n.evidence === null ? '' : ` (${plain(n.evidence)})`}`);
  const u = review.nudgeUptake;
  out.push(`Nudge uptake: ${u.actedOn}/${u.shown} cards acted on${u.rate === null ? '' : ` (${pct(u.rate)})`}`);
  return `${out.join('\n')}\n`;
}
