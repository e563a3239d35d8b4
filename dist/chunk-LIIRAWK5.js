import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-NO6TYD5V.js";
import "./chunk-A7P5EWLX.js";
import "./chunk-2HBFBLWZ.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-JPTYLRN6.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-4Y75QWDE.js";
import "./chunk-IOW52OAM.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
