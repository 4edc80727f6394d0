/** One measured quantity of a benchmark case, with the baseline measured in the same run. */
export interface BenchRow {
  metric: string;
  unit: string;
  poolgate: number;
  baseline?: number;
  baselineName?: string;
  /** true when a larger number is better (requests/s); false for latency, memory, start-up time. */
  higherIsBetter: boolean;
  /** e.g. ">= 5x baseline" */
  goal?: string;
}

export interface BenchCase {
  name: string;
  run(): Promise<BenchRow[]>;
}
