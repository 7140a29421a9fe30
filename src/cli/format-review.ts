/** The call review as text for a terminal: the headline first (did the buyer decide?), then the detail. */
import type { CallReview } from '../core/metrics/review';

const OUTCOME: Record<CallReview['decision']['outcome'], string> = {
  clear_yes: 'clear yes',
  clear_no: 'clear no',
  unclear: 'UNCLEAR: the buyer left without a clear yes or no',
};

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function formatReview(review: CallReview, file: string): string {
  const out: string[] = [];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  out.push(`Call review: ${file} (${clock(review.durationSeconds)}${review.timing === 'estimated' ? ', times estimated from word counts' : ''})`);
  out.push(`Decision: ${OUTCOME[review.decision.outcome]}${review.decision.decidedBy === null ? '' : ` (line ${review.decision.decidedBy})`}`);
  out.push(`Talk: rep ${pct(review.talk.repShare)}, buyer ${pct(1 - review.talk.repShare)}${review.talk.repShare > 0.65 ? '  (above 65%: listen more)' : ''}`);
  out.push(`Questions: ${review.questions.open} open, ${review.questions.closed} closed`);
  for (const q of review.questions.list) out.push(`  ${clock(q.at)} ${q.kind.padEnd(6)} ${q.text}`);
  out.push(`Longest monologues: ${review.monologues.length === 0 ? 'none' : ''}`);
  for (const m of review.monologues) out.push(`  ${clock(m.start)}-${clock(m.end)} ${Math.round(m.seconds)} s`);
  out.push(`Discovery: explored ${review.discovery.explored.join(', ') || 'nothing'}; not explored ${review.discovery.unexplored.join(', ') || 'nothing'}`);
  out.push('Moments:');
  for (const m of review.moments) {
    const labels = m.labels.filter((l) => l.confidence >= 0.5).map((l) => `${l.label} "${l.evidence}"`).join(', ');
    out.push(`  ${clock(m.at)} ${m.speaker ?? m.role} (${m.role}): ${m.text}`);
    out.push(`        ${labels}${m.nudge === null ? '' : `\n        -> card: ${m.nudge.title} / "${m.nudge.question}"`}`);
  }
  for (const n of review.callNudges) out.push(`  ${clock(n.at)} call-level card: ${n.title}${n.evidence === null ? '' : ` (${n.evidence})`}`);
  const u = review.nudgeUptake;
  out.push(`Nudge uptake: ${u.actedOn}/${u.shown} cards acted on${u.rate === null ? '' : ` (${pct(u.rate)})`}`);
  return `${out.join('\n')}\n`;
}
