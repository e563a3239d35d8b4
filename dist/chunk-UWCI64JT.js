import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
} from "./chunk-B3HKS66P.js";
import "./chunk-34UVR5L4.js";
import "./chunk-N22ZK52P.js";
import "./chunk-LD4SGYTX.js";
import "./chunk-LTDY7X75.js";
export {
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
};
