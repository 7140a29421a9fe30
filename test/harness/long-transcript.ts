/**
 * A long transcript for import tests and the benchmark: a two-hour call of about 2,000 turns as a Zoom-style
 * WebVTT file, written from a small pool of ordinary sales-call lines (questions, pain, objections, stalls,
 * pitches) so the classifier and the coach have real work to do. Deterministic: the same file every time.
 */
const REP = [
  'What made you take the call today?',
  'How do you handle invoice approvals today?',
  'What does that cost your team each month?',
  'That is fair. What makes it feel that way?',
  'Our platform also has automated reminders, a mobile app and thirty integrations out of the box.',
  'If you did nothing, what would happen?',
  'Who else weighs in on a decision like this?',
  'Would a pilot in March work for you?',
  'What would a great outcome look like six months from now?',
  'Got it, thanks.',
];
const BUYER = [
  'We lose about two days every month reconciling invoices by hand.',
  'Honestly the price is more than we budgeted for this year.',
  'We mostly use spreadsheets and it kind of works.',
  'Let me think about it and get back to you.',
  'My CFO would have to sign off on anything like this.',
  'That sounds good, how soon could we start?',
  'Yeah.',
  'The team spends hours chasing approvals, people get frustrated and late fees pile up, it is a real problem for us.',
];

function stamp(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = (seconds % 60).toFixed(3).padStart(6, '0');
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s}`;
}

export function longTranscript(turns = 2_000, seconds = 2 * 3600): string {
  const out = ['WEBVTT', ''];
  const step = seconds / turns;
  for (let i = 0; i < turns; i += 1) {
    const rep = i % 2 === 0;
    const pool = rep ? REP : BUYER;
    const text = pool[(i * 7 + Math.floor(i / 13)) % pool.length] ?? '';
    const start = i * step;
    out.push(String(i + 1), `${stamp(start)} --> ${stamp(start + step * 0.9)}`, `${rep ? 'Sam Rivera' : 'Dana Ruiz'}: ${text}`, '');
  }
  return out.join('\n');
}
