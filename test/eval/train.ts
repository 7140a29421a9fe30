/**
 * `npm run train`: trains the learned model of src/core/classifier/model.ts and writes
 * src/core/classifier/model-weights.json. Data: the DEV part of set 1 (test/eval/sales-calls/dev*.jsonl) and
 * the training-only dialogues (test/eval/training/*.jsonl); never the frozen test parts, never the corpora
 * (their licences do not cover shipping what is learned from them).
 *
 * Per nudge label, when the model adds a label the cues missed and when it takes back a cue's call are chosen
 * on leave-one-file-out predictions over the set 1 dev files (each file predicted by a model that never saw
 * it), for the best held-out F1 at precision 0.9 or more (see test/eval/lib/model-train.ts). Deterministic:
 * same data, same weights. `npx tsx test/eval/heldout.ts` measures the whole recipe on left-out files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesOf, trainModel } from './lib/model-train';
import { loadSalesCalls, loadTraining, REPO_ROOT } from './lib/sets';

const OUT = join(REPO_ROOT, 'src/core/classifier/model-weights.json');

const dev = loadSalesCalls('dev');
const training = loadTraining();
const devFiles = [...new Set(dev.map((c) => c.file as string))];
const examples = examplesOf([...dev, ...training]);
console.log(`held-out (leave one of ${devFiles.join(', ')} out) figures of cues + model at the chosen decisions:`);
const model = trainModel(examples, devFiles, undefined, (line) => console.log(line));
const json = `${JSON.stringify(model)}\n`;
writeFileSync(OUT, json);
const trainingLines = examples.length - dev.reduce((n, c) => n + c.lines.length, 0);
console.log(
  `wrote ${OUT}: ${Object.keys(model.features).length} features, ${(json.length / 1024).toFixed(1)} KB, ` +
    `from ${examples.length - trainingLines} set 1 dev lines and ${trainingLines} training-only lines`,
);
