import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  renderQuestion
} from "./chunk-SNJKNDKX.js";
import "./chunk-KPOE4I3O.js";
export {
  renderQuestion
};
