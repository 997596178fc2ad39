// Runs a batch, in this thread or (when asked) across worker threads, and collects the results into a report.
import type { Knowledge } from "../load-knowledge.js";
import { belowThreshold, CoverageTracker, type CoverageReport } from "./coverage.js";
import type { BatchFile } from "./discover.js";
import { FileEvaluator } from "./evaluate-file.js";
import { runInWorkers } from "./pool.js";
import type { FileResult } from "./results.js";
import { BatchTally, type Counts, type ExamFigures, type GroupBy, type GroupSummary } from "./summary.js";

export interface RunOptions {
  readonly knowledge: Knowledge;
  /** The rules directories `knowledge` came from: each worker loads them itself. */
  readonly rulesDirs: readonly string[];
  readonly coverage?: boolean;
  /** json-rules-engine itself instead of the compiled engine (see compiled-engine.ts). */
  readonly referenceEngine?: boolean;
  /** Stop after the first failed or invalid file (in file order; always runs in this thread). */
  readonly bail?: boolean;
  /** Worker threads; 0, 1 or undefined: this thread only. */
  readonly workers?: number;
  /** Every result, in file order. */
  readonly onResult: (result: FileResult, index: number) => void;
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

export interface RunSummary {
  readonly ran: number;
  readonly stoppedEarly: boolean;
  /** 0 when the files were evaluated in this thread. */
  readonly workers: number;
}

// Worker threads are opt-in. Measured by `npm run bench` (tests/bench/batch.ts) on the 2-core machine this was
// built on, with the compiled engine: one thread beat two workers from 500 to 5,000 scenario files and
// about broke even at 10,000, built or from the sources; on the 270 exam questions workers were at best even.
// A scenario file costs well under a millisecond, so starting workers (each loads its modules and the
// rules) and passing results back costs more than it saves. With more cores `--workers N` may pay; the
// results are the same either way (a test compares them).
export async function runFiles(files: readonly BatchFile[], options: RunOptions): Promise<RunSummary> {
  const workers = options.bail ? 0 : (options.workers ?? 0);
  if (workers >= 2 && files.length >= 2) {
    await runInWorkers(files, {
      rulesDirs: options.rulesDirs,
      coverage: options.coverage ?? false,
      engine: options.referenceEngine ? "reference" : "compiled",
      workers: Math.min(workers, files.length),
      onResult: options.onResult,
      onProgress: (done, file) => options.onProgress?.(done, files.length, file),
    });
    return { ran: files.length, stoppedEarly: false, workers: Math.min(workers, files.length) };
  }
  const evaluator = new FileEvaluator(options.knowledge, { coverage: options.coverage, engine: options.referenceEngine ? "reference" : "compiled" });
  for (const [index, file] of files.entries()) {
    const result = await evaluator.run(file);
    options.onResult(result, index);
    options.onProgress?.(index + 1, files.length, file.display);
    if (options.bail && (result.status === "failed" || result.status === "invalid"))
      return { ran: index + 1, stoppedEarly: index + 1 < files.length, workers: 0 };
  }
  return { ran: files.length, stoppedEarly: false, workers: 0 };
}

// ---------- collecting ----------

export interface BatchReport {
  readonly by: GroupBy;
  /** Every file that ran, in path order, without its coverage details. */
  readonly results: readonly FileResult[];
  readonly groups: readonly GroupSummary[];
  readonly totals: Counts & { readonly figures: ExamFigures };
  /** Files found by the paths given, and how many of them the selection kept. */
  readonly found: number;
  readonly selected: number;
  /** Selected files not run because --bail stopped the run. */
  readonly notRun: number;
  readonly coverage?: CoverageReport;
  readonly minCoverage?: number;
  /** Which coverage figures fell below --min-coverage. */
  readonly coverageBelow: ReadonlyArray<"rules" | "sections">;
  readonly exitCode: 0 | 1 | 2;
}

export class BatchCollector {
  readonly results: FileResult[] = [];
  private readonly tally: BatchTally;
  private readonly tracker = new CoverageTracker();

  constructor(private readonly by: GroupBy = "area") {
    this.tally = new BatchTally(by);
  }

  add(result: FileResult): void {
    this.tracker.add(result.touched);
    const { touched: _touched, ...kept } = result;
    this.results.push(kept as FileResult);
    this.tally.add(result);
  }

  report(knowledge: Knowledge, selection: { found: number; selected: number }, options: { coverage?: boolean; minCoverage?: number } = {}): BatchReport {
    const totals = this.tally.totals();
    const coverage = options.coverage || options.minCoverage !== undefined ? this.tracker.report(knowledge) : undefined;
    const coverageBelow = coverage && options.minCoverage !== undefined ? belowThreshold(coverage, options.minCoverage) : [];
    return {
      by: this.by,
      results: this.results,
      groups: this.tally.summaries(),
      totals,
      found: selection.found,
      selected: selection.selected,
      notRun: selection.selected - this.results.length,
      ...(coverage ? { coverage } : {}),
      ...(options.minCoverage !== undefined ? { minCoverage: options.minCoverage } : {}),
      coverageBelow,
      exitCode: exitCode(totals, coverageBelow.length > 0),
    };
  }
}

/** Invalid files win (2): the suite itself is broken, so its passes and failures cannot be trusted yet. */
export function exitCode(totals: Counts, coverageTooLow: boolean): 0 | 1 | 2 {
  if (totals.invalid > 0) return 2;
  if (totals.failed > 0 || coverageTooLow) return 1;
  return 0;
}
