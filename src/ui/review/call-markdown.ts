/**
 * A call as Markdown for a manager: the decision first, then the measures beside their research defaults,
 * objections and how each was handled, the moments with the nudges, notes, and the transcript. Every piece of
 * caption or file text is escaped so it reads as text, never as Markdown or HTML.
 */
import type { CoachSettings } from '../../core/coach-settings';
import { clock } from '../../core/metrics/clock';
import { length, nudgesByLine, OUTCOME_TEXT, SITE_NAMES, type ReviewedCall } from './call-review';
import { measuresOf, TOPIC_NAMES } from './measures';

/** Escapes text so a renderer shows it as typed. */
export function mdText(text: string): string {
  // Inline markup only starts at these; text put at the start of a line goes through mdLine as well.
  return text.replace(/\s+/gu, ' ').replace(/[\\`*_[\]<>|~]/gu, (c) => `\\${c}`);
}

/**
 * Escapes text that starts a line of its own (the call's note): mdText covers inline markup only, and at the
 * start of a line "#", "-", "+", "=", "1." or "1)" make a heading, a list item or a rule ("-", "=" as a setext
 * underline, "---" as a rule). ">" and "*" are already escaped by mdText. Leading spaces go first: up to three
 * of them still start a heading, four start a code block.
 */
export function mdLine(text: string): string {
  return mdText(text.trim()).replace(/^[#+=-]/u, (c) => `\\${c}`).replace(/^(\d{1,9})([.)])/u, '$1\\$2');
}

const HANDLING = { explored: 'explored with a question', countered: 'countered', answered: 'answered without a question', unanswered: 'no reply' } as const;

export function callToMarkdown(reviewed: ReviewedCall, settings?: CoachSettings): string {
  const { bundle, review, details } = reviewed;
  const { call } = bundle;
  const when = new Date(call.startedAt).toISOString().slice(0, 16).replace('T', ' ');
  const who = (call.participants ?? []).map((p) => `${mdText(p.name)} (${p.side === 'ours' ? 'our side' : 'buyer'})`).join(', ');
  const decider = review.decision.decidedBy === null ? null : review.moments.find((m) => m.id === review.decision.decidedBy);
  const out: string[] = [];
  out.push(`# Call review: ${mdText(SITE_NAMES[call.site] ?? call.site)}, ${when} UTC, ${length(review.durationSeconds)}`, '');
  if (who !== '') out.push(`**Who:** ${who}`, '');
  out.push(`## Decision: ${OUTCOME_TEXT[review.decision.outcome]}`, '');
  out.push(decider ? `The buyer's last decision-relevant words (${clock(decider.at)}): \u201c${mdText(decider.text)}\u201d` : 'Nothing in the final part of the call was a decision.', '');
  out.push('## Measures', '', '| measure | this call | research default |', '|---|---|---|');
  for (const m of measuresOf(reviewed, settings)) out.push(`| ${m.name} | ${mdText(m.value)}${m.detail ? ` (${mdText(m.detail)})` : ''} | ${m.reference} |`);
  out.push('');
  if (details.objections.length > 0) {
    out.push('## Objections', '');
    for (const o of details.objections) out.push(`- ${clock(o.at)} \u201c${mdText(o.text)}\u201d: **${HANDLING[o.handling]}**${o.reply ? `, \u201c${mdText(o.reply.text)}\u201d` : ''}`);
    out.push('');
  }
  if (details.pressure.length > 0) {
    out.push('## Pressure moments', '');
    for (const m of details.pressure) out.push(`- ${clock(m.at)} \u201c${mdText(m.text)}\u201d`);
    out.push('');
  }
  out.push('## Discovery checklist', '');
  for (const t of [...review.discovery.explored, ...review.discovery.unexplored]) out.push(`- [${review.discovery.explored.includes(t) ? 'x' : ' '}] ${TOPIC_NAMES[t]}`);
  out.push('');
  const notes = new Map(bundle.notes.map((n) => [n.target, n.text]));
  // The note is the only text that starts a line of its own: escaped for the start of a line, not only inline.
  if (notes.has('')) out.push('## Notes', '', mdLine(notes.get('') ?? ''), '');
  out.push('## Transcript', '');
  const moments = new Map(review.moments.map((m) => [m.id, m]));
  const nudges = nudgesByLine(reviewed);
  for (const line of details.lines) {
    const m = moments.get(line.id);
    const labels = m ? ` *[${m.labels.filter((l) => l.confidence >= 0.5).map((l) => l.label.replace('_', ' ')).join(', ')}]*` : '';
    out.push(`**${clock(line.start)} ${mdText(line.speaker ?? (line.role === 'rep' ? 'Rep' : 'Buyer'))}:** ${mdText(line.text)}${labels}  `);
    for (const n of nudges.get(line.id) ?? []) out.push(`> ${n.shown ? 'Nudge shown' : 'Nudge Candor would show'}: ${mdText(n.title)}  `);
    const note = notes.get(line.id);
    if (note !== undefined) out.push(`> Note: ${mdText(note)}  `);
  }
  out.push('');
  return out.join('\n');
}
