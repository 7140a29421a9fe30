/**
 * `npm run eval`: scores the classifier on both labelled sets, dev and test parts, on final text and on
 * growing prefixes. `--training` also scores the training-only dialogues. `--prefix-errors` lists dev prefix calls the full line does not carry. `--errors` also lists the dev lines it gets wrong (never the test lines: those are not
 * for tuning). `--json FILE` writes the figures for the record. `--file PATH` scores one file alone (see below).
 */
import { writeFileSync } from 'node:fs';
import { CORPORA_TEST_PARTS, loadConversationFile, loadCorpora, loadSalesCalls, loadTraining, DEFAULT_CORPORA_DIR, type CorporaPart, type GoldConversation, type Split } from './lib/sets';
import { scoreSet, type SetScore } from './lib/score';
import { formatErrors, formatPrefixErrors, formatSet } from './lib/report';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
/** `--limit N`: how many dev error lines to list (default 80). */
const limitAt = args.indexOf('--limit');
const errorLimit = limitAt >= 0 ? Number(args[limitAt + 1]) : 80;
/**
 * `--only NAME`: score only the set 1 dev file(s) whose name contains NAME (for example a newly written
 * `dev-4` before anything is tuned on it, to measure how the current classifier generalises to it).
 */
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
/**
 * `--half tune|check`: set 2 dev dialogues alternate between a half whose errors one studies (`tune`, even
 * positions) and a half kept out of error study (`check`, odd positions), so that cue changes made while
 * reading set 2 dev errors can be checked on dialogues nobody read for them.
 */
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args[halfAt + 1] : undefined;
if (half !== undefined && half !== 'tune' && half !== 'check') throw new Error('--half is tune or check');
const jsonAt = args.indexOf('--json');
/** `--dev` scores only the dev parts: what to look at while tuning. */
const splits: readonly Split[] = args.includes('--dev') ? ['dev'] : ['dev', 'test'];
const results: Record<string, Omit<SetScore, 'predictions'>> = {};

/** The figures of one scored set, and its error lines when asked for (never for a test part). */
function print(title: string, score: SetScore, mayListErrors: boolean): void {
  console.log(formatSet(title, score));
  if (showErrors && mayListErrors) console.log(`${formatErrors(score, errorLimit)}\n`);
  if (args.includes('--prefix-errors') && mayListErrors) console.log(`${formatPrefixErrors(score, errorLimit)}\n`);
}

function run(name: string, split: string, score: SetScore): void {
  print(`${name} / ${split}`, score, split === 'dev');
  const { predictions: _p, ...figures } = score;
  results[`${name}/${split}`] = figures;
}

/**
 * `--file PATH`: score one file in set 1's format and nothing else: a newly written dev or training file,
 * before anything is trained or tuned on it (keep it out of training meanwhile with CANDOR_EVAL_EXCLUDE).
 */
const fileAt = args.indexOf('--file');
if (fileAt >= 0) {
  const path = args[fileAt + 1];
  if (path === undefined) throw new Error('--file needs a path');
  // A frozen test part may be scored this way too, but its lines are never listed.
  print(path, scoreSet(loadConversationFile(path)), !/(?:^|\/)test(?:-2)?(?:-labels)?\.jsonl$/u.test(path));
  process.exit(0);
}

const halfOf = <T>(list: T[]): T[] => (half === undefined ? list : list.filter((_, i) => i % 2 === (half === 'tune' ? 0 : 1)));
// With --only, --half splits that set 1 dev file's conversations the same way as set 2's dialogues.
for (const split of splits) {
  const calls = loadSalesCalls(split, only);
  run('set 1 (sales calls)', split, scoreSet(split === 'dev' && only !== undefined ? halfOf(calls) : calls));
}
const corporaParts: readonly CorporaPart[] = splits.includes('test') ? ['dev', ...CORPORA_TEST_PARTS] : ['dev'];
const corporaTests: GoldConversation[] = [];
for (const part of corporaParts) {
  const all = loadCorpora(part);
  if (all === null) {
    console.log(`== set 2 (corpora) / ${part}: SKIPPED, ${DEFAULT_CORPORA_DIR} is not there (its text is not in the repo)\n`);
    continue;
  }
  if (part !== 'dev') corporaTests.push(...all);
  run('set 2 (corpora)', part, scoreSet(part === 'dev' ? halfOf(all) : all));
}
// Both test parts together: the figure set 2's target is judged on (the first part alone is too small).
if (corporaTests.length > 0) run('set 2 (corpora)', 'test + test-2', scoreSet(corporaTests));
// `--training`: the training-only dialogues (test/eval/training), not a dev part of either set. The model is
// trained on them, so these figures are in-sample; test/eval/heldout.ts scores them held out.
if (args.includes('--training')) {
  const training = loadTraining();
  console.log(formatSet('training-only (in-sample for the model)', scoreSet(training)));
}
if (jsonAt >= 0) {
  const file = args[jsonAt + 1];
  if (file === undefined) throw new Error('--json needs a file name');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
