import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
} from "./chunk-MKXUUWWF.js";
import "./chunk-QQYKTBRB.js";
import "./chunk-YMRHGGN4.js";
import "./chunk-LTDY7X75.js";
export {
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
};
