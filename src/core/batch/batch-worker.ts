// Worker-thread entry point (its own bundle entry: esbuild builds it next to the CLI as batch-worker.js).
// Loads the rules once, builds one FileEvaluator, then evaluates the chunks of files it is sent, one
// file at a time, and posts the results back.
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge } from "../load-knowledge.js";
import { FileEvaluator } from "./evaluate-file.js";
import type { FromWorker, ToWorker, WorkerSetup } from "./pool.js";

const port = parentPort;
if (!port) throw new Error("batch-worker runs only as a worker thread");

const setup = workerData as WorkerSetup;
const send = (message: FromWorker) => port.postMessage(message);
const { knowledge, problems } = loadKnowledge(setup.rulesDirs);
const errors = problems.filter((p) => p.severity === "error");
if (errors.length > 0) {
  send({ type: "broken", message: `the rules could not be loaded in a worker: ${errors[0]!.message}` });
} else {
  const evaluator = new FileEvaluator(knowledge, { coverage: setup.coverage, engine: setup.engine });
  // Chunks are handled strictly one after another: the evaluator's engines must never run overlapped.
  let queue = Promise.resolve();
  port.on("message", (message: ToWorker) => {
    queue = queue.then(async () => {
      const results = [];
      for (const file of message.files) results.push(await evaluator.run(file));
      send({ type: "results", first: message.first, results });
    });
    queue.catch((error: unknown) => send({ type: "broken", message: (error as Error)?.stack ?? String(error) }));
  });
  send({ type: "ready" });
}
