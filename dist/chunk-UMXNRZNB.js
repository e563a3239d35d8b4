import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-A353CEMV.js";
import "./chunk-PDTPY3YD.js";
import "./chunk-NSKQKQCR.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-7AIUIHZI.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-YQTJ6A4K.js";
import "./chunk-IOW52OAM.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
