/**
 * `npm run bench`: runs every benchmark in this folder (one file each, listed below), prints a table, and saves
 * the JSON under bench/results/<name>.json with the Node version and the date. Add a benchmark by writing a
 * `*.bench.ts` that exports a `Benchmark` and listing it here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, BenchResult } from './bench-types';
import { classifyCoachBenchmark } from './classify-coach.bench';
import { importReviewBenchmark } from './import-review.bench';

const BENCHMARKS: Benchmark[] = [classifyCoachBenchmark, importReviewBenchmark];
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const resultsDir = join(import.meta.dirname, 'results');

function table(result: BenchResult): string {
  const rows = [`${result.name}: ${result.description}${result.budget === undefined ? '' : ` [budget: ${result.budget}]`}`];
  rows.push(`  ${'case'.padEnd(24)} samples   median us      p99 us   per second`);
  for (const c of result.cases) {
    rows.push(`  ${c.case.padEnd(24)}${String(c.samples).padStart(8)}${c.medianUs.toFixed(2).padStart(12)}${c.p99Us.toFixed(2).padStart(12)}${String(c.perSecond).padStart(13)}`);
  }
  return rows.join('\n');
}

mkdirSync(resultsDir, { recursive: true });
const all: BenchResult[] = [];
for (const bench of BENCHMARKS) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  const result = await bench.run();
  all.push(result);
  const record = { ...result, node: process.version, date: new Date().toISOString() };
  writeFileSync(join(resultsDir, `${bench.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.log(table(result));
}
console.log(JSON.stringify(all));
