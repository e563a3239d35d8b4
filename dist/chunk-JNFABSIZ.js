import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-5RVIXJX2.js";
import "./chunk-QE3ILIOZ.js";
import "./chunk-KAYFG7KR.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-5H7FM6KT.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-TRS45JYO.js";
import "./chunk-PP5E433S.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
