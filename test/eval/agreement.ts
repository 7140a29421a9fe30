/**
 * `npx tsx test/eval/agreement.ts`: how well a second, blind labelling agrees with the gold labels, beside how
 * well the classifier does on the same lines. It says whether a target is above what careful readers of the
 * guide reach (the labels would be the limit) or within it (the classifier is).
 *
 * The second labels (test/eval/agreement/*.jsonl, `{"id","labels"}` per line) were written by a reader who had
 * only the principles and the labelling guide: never the gold labels, the cues, the model or its output. Set 2
 * dev is whole (its text stays in ../shared/corpora); set 1 dev is a sample of 40 calls from three writers'
 * files (dev-5, dev-11, dev-16). Dev parts only: the frozen test parts are never relabelled or read here.
 *
 * Both readers are the same kind of reader (a careful model given the same guide), so read the agreement as
 * what the guide makes learnable, an upper bound on human agreement rather than a measure of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_LABELS, type LabelName } from '../../src/core/types';
import { precisionRecallF1, scoreSet } from './lib/score';
import { loadCorpora, loadSalesCalls, REPO_ROOT, type GoldConversation } from './lib/sets';

const DIR = join(REPO_ROOT, 'test/eval/agreement');

function secondLabels(file: string): Map<string, Set<LabelName>> {
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return new Map(
    lines.map((l) => {
      const r = JSON.parse(l) as { id: string; labels: LabelName[] };
      return [r.id, new Set(r.labels)];
    }),
  );
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Per label: the second reader (or the classifier) against the gold, over the lines both have. */
function compare(conversations: readonly GoldConversation[], other: (id: string) => ReadonlySet<LabelName> | undefined): Map<LabelName, Counts> {
  const out = new Map<LabelName, Counts>(ALL_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  for (const c of conversations) {
    for (const line of c.lines) {
      const theirs = other(line.id);
      if (theirs === undefined) continue;
      for (const label of ALL_LABELS) {
        const counts = out.get(label) as Counts;
        const gold = line.gold.includes(label);
        if (gold && theirs.has(label)) counts.tp += 1;
        else if (theirs.has(label)) counts.fp += 1;
        else if (gold) counts.fn += 1;
      }
    }
  }
  return out;
}

function report(title: string, conversations: readonly GoldConversation[], second: Map<string, Set<LabelName>>): void {
  const sample = conversations.filter((c) => c.lines.some((l) => second.has(l.id)));
  const predicted = new Map(scoreSet(sample).predictions.map((p) => [p.line.id, new Set(p.predicted)]));
  const reader = compare(sample, (id) => second.get(id));
  const classifier = compare(sample, (id) => (second.has(id) ? predicted.get(id) : undefined));
  const lines = sample.reduce((n, c) => n + c.lines.filter((l) => second.has(l.id)).length, 0);
  console.log(`== ${title}: ${lines} lines; F1 against the gold labels (support)`);
  console.log('  label            second reader   classifier');
  const f1s = { reader: [] as number[], classifier: [] as number[] };
  for (const label of ALL_LABELS) {
    const r = reader.get(label) as Counts;
    const k = classifier.get(label) as Counts;
    if (r.tp + r.fn === 0) continue;
    const fr = precisionRecallF1(r.tp, r.fp, r.fn).f1;
    const fk = precisionRecallF1(k.tp, k.fp, k.fn).f1;
    f1s.reader.push(fr);
    f1s.classifier.push(fk);
    console.log(`  ${label.padEnd(16)} ${fr.toFixed(2).padStart(6)}         ${fk.toFixed(2).padStart(6)}   (${r.tp + r.fn})`);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(`  macro-F1         ${mean(f1s.reader).toFixed(2).padStart(6)}         ${mean(f1s.classifier).toFixed(2).padStart(6)}\n`);
}

report('set 1 dev sample (dev-5, dev-11, dev-16; the model was trained on these files)', loadSalesCalls('dev'), secondLabels('set1-dev-sample-second.jsonl'));
const corpora = loadCorpora('dev');
if (corpora === null) console.log('== set 2 dev: ../shared/corpora is not here, so set 2 agreement cannot be measured.');
else report('set 2 dev (never trained on)', corpora, secondLabels('set2-dev-second.jsonl'));
