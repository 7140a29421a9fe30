/**
 * `npx tsx test/eval/heldout.ts`: the held-out measure the model is judged by (never the test parts).
 * Leave one file out: for each set 1 dev file, a model is trained exactly as `npm run train` does (its add and
 * take-back decisions chosen by leave-one-file-out over the OTHER dev files, then fitted on them and on the
 * training-only data), and the classifier (cues + that model) scores the left-out file, final text and growing
 * prefixes. Cues alone are scored beside it. Then set 2 dev and the training-only files, each scored by a model
 * that never saw them.
 * `--files dev-5,dev-6` limits the left-out files; `--json FILE` writes the figures.
 * Options of the training (EPOCHS, LR, L2, MIN_COUNT, PRUNE, POS_WEIGHT, MIN_PRECISION, NO_REMOVE) are read from
 * the environment, so that choices can be compared on held-out files.
 */
import { writeFileSync } from 'node:fs';
import type { ModelWeights } from '../../src/core/classifier/model';
import { NUDGE_LABELS, type LabelName } from '../../src/core/types';
import { examplesOf, fitModel, MODEL_LABELS, NEVER, trainModel, type Example } from './lib/model-train';
import { precisionRecallF1, scoreSet, type SetScore } from './lib/score';
import { loadCorpora, loadSalesCalls, loadTraining, type GoldConversation } from './lib/sets';

const args = process.argv.slice(2);
const filesAt = args.indexOf('--files');
const jsonAt = args.indexOf('--json');
const quiet = args.includes('--quiet');

const dev = loadSalesCalls('dev');
const training = loadTraining();
const devFiles = [...new Set(dev.map((c) => c.file as string))];
const leftOut = filesAt >= 0 ? (args[filesAt + 1] ?? '').split(',') : devFiles;
const all: GoldConversation[] = [...dev, ...training];
const examples = examplesOf(all);

const CUES_ONLY: ModelWeights = fitModel([], undefined, { add: MODEL_LABELS.map(() => NEVER), remove: MODEL_LABELS.map(() => 0) });

interface Pooled {
  tp: number;
  fp: number;
  fn: number;
}
const pooled = { cues: new Map<LabelName, Pooled>(), model: new Map<LabelName, Pooled>() };
const prefixPooled = { cues: { n: 0, wrong: 0 }, model: { n: 0, wrong: 0 } };
const record: Record<string, unknown> = {};

function add(into: Map<LabelName, Pooled>, score: SetScore): void {
  for (const s of score.perLabel) {
    const p = into.get(s.label) ?? { tp: 0, fp: 0, fn: 0 };
    into.set(s.label, { tp: p.tp + s.tp, fp: p.fp + s.fp, fn: p.fn + s.fn });
  }
}

const f2 = (x: number) => x.toFixed(2);
function row(label: string, a: { precision: number; recall: number; f1: number }, b: { precision: number; recall: number; f1: number }): string {
  return `  ${label.padEnd(15)} ${f2(a.precision)} ${f2(a.recall)} ${f2(a.f1)}   |  ${f2(b.precision)} ${f2(b.recall)} ${f2(b.f1)}`;
}

function table(title: string, cues: SetScore, model: SetScore, labels: readonly LabelName[]): void {
  console.log(`== ${title}: ${model.lines} lines; cues alone macro-F1 ${f2(cues.macroF1)}, cues + model ${f2(model.macroF1)}`);
  console.log('  label           cues P    R    F1   |  + model P R    F1');
  for (const label of labels) {
    const a = cues.perLabel.find((s) => s.label === label);
    const b = model.perLabel.find((s) => s.label === label);
    if (a === undefined || b === undefined || (b.support === 0 && b.fp === 0 && a.fp === 0)) continue;
    console.log(`${row(label, a, b)}   (support ${b.support}, model ${b.tp}/${b.fp}/${b.fn})`);
  }
  const nudge = (s: SetScore) => s.perLabel.filter((x) => NUDGE_LABELS.includes(x.label) && x.support > 0);
  const mean = (s: SetScore) => nudge(s).reduce((sum, x) => sum + x.f1, 0) / Math.max(1, nudge(s).length);
  console.log(`  nudge-label mean F1 ${f2(mean(cues))} -> ${f2(mean(model))}; prefix precision ${f2(cues.prefix.precision)} -> ${f2(model.prefix.precision)} (${model.prefix.predictions} prefix calls)\n`);
}

for (const file of leftOut) {
  const inner: Example[] = examples.filter((ex) => ex.group !== file);
  const selectOn = devFiles.filter((f) => f !== file);
  const model = trainModel(inner, selectOn, undefined, quiet ? undefined : (line) => console.log(line));
  const conversations = dev.filter((c) => c.file === file);
  const cues = scoreSet(conversations, { model: CUES_ONLY });
  const withModel = scoreSet(conversations, { model });
  table(`set 1 dev, left out: ${file}`, cues, withModel, MODEL_LABELS);
  add(pooled.cues, cues);
  add(pooled.model, withModel);
  prefixPooled.cues.n += cues.prefix.predictions;
  prefixPooled.cues.wrong += cues.prefix.wrong;
  prefixPooled.model.n += withModel.prefix.predictions;
  prefixPooled.model.wrong += withModel.prefix.wrong;
  record[file] = { cues: cues.perLabel, model: withModel.perLabel, prefix: { cues: cues.prefix.precision, model: withModel.prefix.precision } };
}

const pooledFigures = (p: Pooled) => precisionRecallF1(p.tp, p.fp, p.fn);

console.log(`== pooled over the left-out files (${leftOut.join(', ')}): each line scored by a model that never saw its file`);
console.log('  label           cues P    R    F1   |  + model P R    F1');
let sumCues = 0;
let sumModel = 0;
for (const label of MODEL_LABELS) {
  const a = pooledFigures(pooled.cues.get(label) ?? { tp: 0, fp: 0, fn: 0 });
  const b = pooledFigures(pooled.model.get(label) ?? { tp: 0, fp: 0, fn: 0 });
  if (NUDGE_LABELS.includes(label)) {
    sumCues += a.f1;
    sumModel += b.f1;
  }
  console.log(row(label, a, b));
}
const pp = (x: { n: number; wrong: number }) => (x.n - x.wrong) / Math.max(1, x.n);
console.log(
  `  nudge-label mean F1 ${f2(sumCues / NUDGE_LABELS.length)} -> ${f2(sumModel / NUDGE_LABELS.length)}; prefix precision ${f2(pp(prefixPooled.cues))} -> ${f2(pp(prefixPooled.model))}\n`,
);
record.pooled = { cues: Object.fromEntries(pooled.cues), model: Object.fromEntries(pooled.model), prefix: { cues: pp(prefixPooled.cues), model: pp(prefixPooled.model) } };

if (!args.includes('--no-others')) {
  // The shipped recipe on all set 1 dev files and the training data: set 2 dev is never trained on.
  const shipped = trainModel(examples, devFiles);
  const corpora = loadCorpora('dev');
  if (corpora === null) console.log('== set 2 dev: SKIPPED (../shared/corpora is not there)\n');
  else {
    const cues = scoreSet(corpora, { model: CUES_ONLY });
    const withModel = scoreSet(corpora, { model: shipped });
    table('set 2 dev (never trained on)', cues, withModel, MODEL_LABELS);
    record.set2dev = { cues: cues.macroF1, model: withModel.macroF1, prefix: withModel.prefix.precision };
  }
  // Training-only files, each scored by a model trained on set 1 dev and the other training files.
  for (const file of [...new Set(training.map((c) => c.file as string))]) {
    const model = trainModel(
      examples.filter((ex) => ex.group !== file),
      devFiles,
    );
    const conversations = training.filter((c) => c.file === file);
    table(`training-only ${file}, left out`, scoreSet(conversations, { model: CUES_ONLY }), scoreSet(conversations, { model }), MODEL_LABELS);
  }
}

if (jsonAt >= 0) writeFileSync(args[jsonAt + 1] as string, `${JSON.stringify(record, null, 2)}\n`);
