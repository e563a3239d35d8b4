import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-VP5Y35I6.js";
import "./chunk-2ABK47ZE.js";
import "./chunk-JG5SZGJT.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-UFGHRPYU.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-RPB226U2.js";
import "./chunk-K6EJZMPX.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
