import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-MLGE7YRO.js";
import "./chunk-MCH7HVJZ.js";
import "./chunk-3PU52XQA.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-GHJXFGLB.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-FQANC4XC.js";
import "./chunk-PP5E433S.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
