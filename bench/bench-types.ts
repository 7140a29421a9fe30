/** The shape every benchmark in `bench/` reports, so the runner can print, save and check them alike. */
export interface BenchCase {
  case: string;
  samples: number;
  medianUs: number;
  p99Us: number;
  perSecond: number;
}

/** One reported number; with a budget, `npm run bench:check` fails when it is over (or under, for `min`). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: { max?: number; min?: number };
  /** How to read it, or why it is what it is (shown in the table). */
  note?: string;
}

export interface BenchResult {
  name: string;
  description: string;
  budget?: string;
  /** Per-operation timings (Node micro-benchmarks). */
  cases?: BenchCase[];
  /** Everything else: percentiles, sizes, fractions, each with its unit and budget. */
  figures?: Figure[];
  /** Anything a reader needs to trust the figures: speed-up used, sample counts, what was not measured. */
  notes?: string[];
}

/**
 * A benchmark: one `*.bench.ts` file in bench/ exporting one of these (any export name); the runner finds the
 * files itself, so adding a benchmark touches no shared file. `order` runs cheap Node benchmarks first.
 */
export interface Benchmark {
  name: string;
  order?: number;
  run(): BenchResult | Promise<BenchResult>;
}

export function isBenchmark(value: unknown): value is Benchmark {
  return typeof value === 'object' && value !== null && typeof (value as Benchmark).name === 'string' && typeof (value as Benchmark).run === 'function';
}

export function withinBudget(figure: Figure): boolean {
  if (!figure.budget) return true;
  if (figure.budget.max !== undefined && !(figure.value <= figure.budget.max)) return false;
  if (figure.budget.min !== undefined && !(figure.value >= figure.budget.min)) return false;
  return true;
}

/** The q-quantile (0..1) of numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Median, p99 and throughput from per-operation times in nanoseconds. */
export function summarise(label: string, nanos: number[]): BenchCase {
  const total = nanos.reduce((s, x) => s + x, 0);
  const us = (q: number) => (nanos.length === 0 ? 0 : round(quantile(nanos, q) / 1_000));
  return {
    case: label,
    samples: nanos.length,
    medianUs: us(0.5),
    p99Us: us(0.99),
    perSecond: total === 0 ? 0 : Math.round(nanos.length / (total / 1e9)),
  };
}
