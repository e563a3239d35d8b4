import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-6FMFNWXL.js";
import "./chunk-XPUDW2OY.js";
import "./chunk-7ZAJMODE.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-73JERPMK.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-JVJBL7O4.js";
import "./chunk-A6EFCSE2.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
