import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-CBVJULBD.js";
import "./chunk-DR765Y3H.js";
import "./chunk-GZHU4G3B.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-EIZIQJG6.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-42BMMHLO.js";
import "./chunk-PP5E433S.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
