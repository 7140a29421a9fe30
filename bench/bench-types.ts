/** The shape every benchmark in `bench/` reports, so the runner can print and save them alike. */
export interface BenchCase {
  case: string;
  samples: number;
  medianUs: number;
  p99Us: number;
  perSecond: number;
}

export interface BenchResult {
  name: string;
  description: string;
  budget?: string;
  cases: BenchCase[];
}

export interface Benchmark {
  name: string;
  run(): BenchResult | Promise<BenchResult>;
}

/** Median, p99 and throughput from per-operation times in nanoseconds. */
export function summarise(label: string, nanos: number[]): BenchCase {
  const sorted = [...nanos].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const total = sorted.reduce((s, x) => s + x, 0);
  return {
    case: label,
    samples: sorted.length,
    medianUs: Math.round(at(0.5) / 10) / 100,
    p99Us: Math.round(at(0.99) / 10) / 100,
    perSecond: total === 0 ? 0 : Math.round(sorted.length / (total / 1e9)),
  };
}
