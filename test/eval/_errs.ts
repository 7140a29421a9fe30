import { loadSalesCalls } from '/work/wt4b/test/eval/lib/sets';
import { scoreSet } from '/work/wt4b/test/eval/lib/score';
const s = scoreSet(loadSalesCalls('dev'));
const mode = process.argv[2] ?? 'fp';
for (const { line, predicted } of s.predictions) {
  const fp = predicted.filter((l) => !line.gold.includes(l));
  const fn = line.gold.filter((l) => !predicted.includes(l));
  if (mode === 'fp' && fp.length) console.log(`${line.id} [${line.role}] FP=${fp} gold=${line.gold} :: ${line.text}`);
  if (mode === 'fn' && fn.length) console.log(`${line.id} [${line.role}] FN=${fn} got=${predicted} :: ${line.text}`);
}
