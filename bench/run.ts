/**
 * `npm run bench`: runs every benchmark in this folder (each `*.bench.ts` file exports one `Benchmark`; the
 * runner finds them, so a new benchmark is a new file and nothing else), prints a table, and saves the JSON
 * under bench/results/<name>.json with the Node version and the date, plus bench/results/summary.txt.
 *
 *   npm run bench                 every benchmark
 *   npm run bench -- latency core only those (by name)
 *   npm run bench:check           every benchmark, then exit 1 loudly if any figure misses its budget
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isBenchmark, withinBudget, type Benchmark, type BenchResult, type Figure } from './bench-types';

const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));
const benchDir = import.meta.dirname;
const resultsDir = join(benchDir, 'results');

async function discover(): Promise<Benchmark[]> {
  const found: Benchmark[] = [];
  for (const file of readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).sort()) {
    const module = (await import(pathToFileURL(join(benchDir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) if (isBenchmark(value)) found.push(value);
  }
  return found.sort((a, b) => (a.order ?? 50) - (b.order ?? 50) || a.name.localeCompare(b.name));
}

function budgetText(figure: Figure): string {
  const parts: string[] = [];
  if (figure.budget?.max !== undefined) parts.push(`<= ${figure.budget.max}`);
  if (figure.budget?.min !== undefined) parts.push(`>= ${figure.budget.min}`);
  return parts.join(', ');
}

function table(result: BenchResult): string {
  const rows = [`${result.name}: ${result.description}${result.budget === undefined ? '' : ` [budget: ${result.budget}]`}`];
  if (result.cases?.length) {
    rows.push('  case               samples   median us   p99 us   per second');
    for (const c of result.cases) {
      rows.push(`  ${c.case.padEnd(18)}${String(c.samples).padStart(8)}${c.medianUs.toFixed(2).padStart(12)}${c.p99Us.toFixed(2).padStart(9)}${String(c.perSecond).padStart(13)}`);
    }
  }
  for (const f of result.figures ?? []) {
    const verdict = f.budget ? (withinBudget(f) ? 'ok  ' : 'MISS') : '    ';
    const budget = f.budget ? `budget ${budgetText(f)} ${f.unit}` : '';
    rows.push(`  ${verdict} ${f.name.padEnd(52)}${String(f.value).padStart(12)} ${f.unit.padEnd(8)} ${budget}${f.note ? `  (${f.note})` : ''}`);
  }
  for (const note of result.notes ?? []) rows.push(`  note: ${note}`);
  return rows.join('\n');
}

mkdirSync(resultsDir, { recursive: true });
const all: BenchResult[] = [];
const texts: string[] = [];
for (const bench of await discover()) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  const started = Date.now();
  let result: BenchResult;
  try {
    result = await bench.run();
  } catch (error) {
    result = { name: bench.name, description: 'FAILED', figures: [{ name: 'benchmark ran', value: 0, unit: 'bool', budget: { min: 1 }, note: String((error as Error).stack ?? error) }] };
  }
  all.push(result);
  const record = { ...result, node: process.version, date: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000) };
  writeFileSync(join(resultsDir, `${bench.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  const text = `${table(result)}\n  (${record.seconds} s)`;
  texts.push(text);
  console.log(text);
}
if (only.length === 0) writeFileSync(join(resultsDir, 'summary.txt'), `${new Date().toISOString()} node ${process.version}\n\n${texts.join('\n\n')}\n`);
console.log(JSON.stringify(all));

if (check) {
  const misses = all.flatMap((r) => (r.figures ?? []).filter((f) => !withinBudget(f)).map((f) => `${r.name}: ${f.name} = ${f.value} ${f.unit}, budget ${budgetText(f)} ${f.unit}`));
  if (misses.length > 0) {
    console.error(`\n!!! bench:check FAILED: ${misses.length} figure(s) over budget !!!\n${misses.map((m) => `  - ${m}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\nbench:check passed: every budgeted figure of ${all.length} benchmark(s) is within budget.`);
}
