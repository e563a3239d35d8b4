import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  EXPORT_TAR_FILE,
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
} from "./chunk-GVXEUOC7.js";
import "./chunk-4PIROPUP.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-LTDY7X75.js";
export {
  EXPORT_TAR_FILE,
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
};
