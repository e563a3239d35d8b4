import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
} from "./chunk-SXKKNVMY.js";
import "./chunk-J2FEMY2N.js";
import "./chunk-TDS4A5WK.js";
import "./chunk-LTDY7X75.js";
export {
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
};
