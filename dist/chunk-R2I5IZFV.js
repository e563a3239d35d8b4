import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-FSF644SY.js";
import "./chunk-LINDF2O5.js";
import "./chunk-GIRXCOMN.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-OWX6TQQN.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-W7KUMYJP.js";
import "./chunk-HV3KJZFL.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
