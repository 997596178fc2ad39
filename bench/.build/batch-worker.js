import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  FileEvaluator
} from "./chunk-UWACPPO3.js";
import "./chunk-LTJJCUGL.js";
import "./chunk-AK4YB6WT.js";
import "./chunk-4GMANDLW.js";
import {
  loadKnowledge
} from "./chunk-DAEZASC3.js";
import "./chunk-HZCKYSJH.js";
import "./chunk-AU2UU52M.js";
import "./chunk-T5FWLUUZ.js";
import "./chunk-HLXJHIXV.js";
import "./chunk-KPOE4I3O.js";

// src/core/batch/batch-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("batch-worker runs only as a worker thread");
var setup = workerData;
var send = (message) => port.postMessage(message);
var { knowledge, problems } = loadKnowledge(setup.rulesDirs);
var errors = problems.filter((p) => p.severity === "error");
if (errors.length > 0) {
  send({ type: "broken", message: `the rules could not be loaded in a worker: ${errors[0].message}` });
} else {
  const evaluator = new FileEvaluator(knowledge, { coverage: setup.coverage, engine: setup.engine });
  let queue = Promise.resolve();
  port.on("message", (message) => {
    queue = queue.then(async () => {
      const results = [];
      for (const file of message.files) results.push(await evaluator.run(file));
      send({ type: "results", first: message.first, results });
    });
    queue.catch((error) => send({ type: "broken", message: error?.stack ?? String(error) }));
  });
  send({ type: "ready" });
}
