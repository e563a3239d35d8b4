import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-BRQWOQRC.js";
import "./chunk-XTZZ5NW4.js";
import "./chunk-VIWLWGOR.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-IIGZS2OQ.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-3JAA3EO6.js";
import "./chunk-2UBADK7Q.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
