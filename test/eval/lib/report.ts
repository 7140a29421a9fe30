/** Text tables for `npm run eval`: per-label P/R/F1, the confusion summary and the prefix figures. */
import { NUDGE_LABELS } from '../../../src/core/types';
import type { LabelScore, SetScore } from './score';

const pct = (x: number) => x.toFixed(2);

function labelTable(scores: readonly LabelScore[]): string[] {
  const rows = ['  label              support   P     R     F1    (tp/fp/fn)'];
  for (const s of scores) {
    if (s.support === 0 && s.fp === 0) continue;
    const nudge = NUDGE_LABELS.includes(s.label) ? '*' : ' ';
    rows.push(
      `  ${nudge}${s.label.padEnd(18)}${String(s.support).padStart(5)}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  (${s.tp}/${s.fp}/${s.fn})`,
    );
  }
  return rows;
}

function confusionLines(confusion: SetScore['confusion']): string[] {
  const pairs: Array<[string, number]> = [];
  for (const [gold, row] of Object.entries(confusion)) for (const [p, n] of Object.entries(row)) pairs.push([`${gold} -> ${p}`, n]);
  pairs.sort((a, b) => b[1] - a[1]);
  return pairs.slice(0, 12).map(([pair, n]) => `  ${String(n).padStart(3)}  ${pair}`);
}

export function formatSet(title: string, score: SetScore): string {
  const prefixFlagged = score.prefix.perLabel.filter((s) => s.fp > 0).map((s) => `${s.label} ${s.fp}`);
  return [
    `== ${title}: ${score.lines} utterances; macro-F1 ${pct(score.macroF1)} (over labels present; * = nudge label)`,
    ...labelTable(score.perLabel),
    '  confusion (gold -> predicted, where they differ; "none" = no label):',
    ...confusionLines(score.confusion),
    `  prefixes every 3 words: ${score.prefix.predictions} positive calls, precision ${pct(score.prefix.precision)}` +
      (prefixFlagged.length > 0 ? `; wrong on prefixes: ${prefixFlagged.join(', ')}` : ''),
    '',
  ].join('\n');
}

/** Lines whose predicted labels differ from the gold ones, for studying errors. */
export function formatErrors(score: SetScore, limit = 80): string {
  const out: string[] = [];
  for (const { line, predicted } of score.predictions) {
    const gold = [...line.gold].sort().join(',');
    const got = [...predicted].sort().join(',');
    if (gold === got) continue;
    out.push(`  ${line.id} [${line.role}] gold=${gold || '-'} got=${got || '-'} :: ${line.text.slice(0, 160)}`);
    if (out.length >= limit) break;
  }
  return out.join('\n');
}

/** Prefix calls that the full line does not carry: cards that would flash up and vanish. */
export function formatPrefixErrors(score: SetScore, limit = 80): string {
  return score.prefixErrors
    .slice(0, limit)
    .map(({ line, prefix, label }) => `  ${line.id} [${line.role}] ${label} on "${prefix}" :: gold=${[...line.gold].sort().join(',') || '-'}`)
    .join('\n');
}
