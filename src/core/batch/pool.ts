// Worker threads for large batches: each worker loads the rules once and evaluates chunks of files;
// the main thread hands out chunks as workers finish and passes results on in file order.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { BatchFile } from "./discover.js";
import type { FileResult } from "./results.js";

export interface WorkerSetup {
  readonly rulesDirs: readonly string[];
  readonly coverage: boolean;
  readonly engine: "compiled" | "reference";
}

export type ToWorker = { readonly first: number; readonly files: readonly BatchFile[] };
export type FromWorker =
  | { readonly type: "ready" }
  | { readonly type: "results"; readonly first: number; readonly results: FileResult[] }
  | { readonly type: "broken"; readonly message: string };

export interface PoolOptions extends WorkerSetup {
  readonly workers: number;
  /** Called once per file, in file order. */
  readonly onResult: (result: FileResult, index: number) => void;
  /** Called as results arrive (any order), for a progress display. */
  readonly onProgress?: (done: number, file: string) => void;
}

export async function runInWorkers(files: readonly BatchFile[], options: PoolOptions): Promise<void> {
  const chunkSize = Math.max(1, Math.min(100, Math.ceil(files.length / (options.workers * 4))));
  const pending = new Map<number, FileResult>();
  let nextChunk = 0;
  let nextToEmit = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = false;
      const fail = (error: Error) => {
        if (!finished) (finished = true), reject(error);
      };
      const dispatch = (worker: Worker): boolean => {
        if (nextChunk >= files.length) return false;
        const first = nextChunk;
        nextChunk = Math.min(files.length, nextChunk + chunkSize);
        worker.postMessage({ first, files: files.slice(first, nextChunk) } satisfies ToWorker);
        return true;
      };
      let busy = 0;
      for (let i = 0; i < options.workers; i++) {
        const worker = startWorker({ rulesDirs: options.rulesDirs, coverage: options.coverage, engine: options.engine });
        workers.push(worker);
        worker.on("error", (error) => fail(error));
        worker.on("exit", (code) => {
          if (code !== 0) fail(new Error(`a batch worker stopped with exit code ${code}`));
        });
        worker.on("message", (message: FromWorker) => {
          if (finished) return;
          if (message.type === "broken") return fail(new Error(message.message));
          if (message.type === "results") {
            busy--;
            message.results.forEach((result, offset) => {
              pending.set(message.first + offset, result);
              options.onProgress?.(++done, result.file);
            });
            // Hand results on in file order and let go of them: only out-of-order ones wait here.
            for (let result = pending.get(nextToEmit); result !== undefined; result = pending.get(nextToEmit)) {
              pending.delete(nextToEmit);
              options.onResult(result, nextToEmit++);
            }
          }
          // "ready" or "results": this worker is free for the next chunk.
          if (dispatch(worker)) busy++;
          else if (busy === 0 && nextToEmit === files.length) {
            finished = true;
            resolve();
          }
        });
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Whether this is the built tool (a compiled batch-worker.js beside this module) rather than the sources. */
function compiledWorkerAvailable(): boolean {
  return existsSync(fileURLToPath(new URL("./batch-worker.js", import.meta.url)));
}

/**
 * From the bundle, the worker is the built batch-worker.js next to the CLI; from the sources (tsx,
 * vitest) it is batch-worker.ts, loaded through tsx's module hooks registered inside the new thread.
 */
function startWorker(setup: WorkerSetup): Worker {
  const built = new URL("./batch-worker.js", import.meta.url);
  if (compiledWorkerAvailable()) return new Worker(built, { workerData: setup });
  const source = new URL("./batch-worker.ts", import.meta.url);
  const tsx = tsxHooksUrl();
  const bootstrap = `import(${JSON.stringify(tsx)})
    .then((tsx) => (tsx.register ?? tsx.default.register)())
    .then(() => import(${JSON.stringify(source.href)}));`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

/** tsx's ESM entry (its "import" export), which registers the TypeScript hooks in the calling thread. */
function tsxHooksUrl(): string {
  const resolveImport = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof resolveImport === "function") return resolveImport("tsx/esm/api");
  return pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
}
