import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  readFacts,
  readFactsFromSentences
} from "./chunk-UCS6YJT6.js";
import "./chunk-T5FWLUUZ.js";
import "./chunk-HLXJHIXV.js";
import "./chunk-KPOE4I3O.js";
export {
  readFacts,
  readFactsFromSentences
};
