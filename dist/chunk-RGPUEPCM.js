import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
} from "./chunk-UEJFUZIC.js";
import "./chunk-BUUB24WL.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-LTDY7X75.js";
export {
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  serveWorker,
  sweepTemp
};
