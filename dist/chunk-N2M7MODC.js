import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-LF5UXZUD.js";
import "./chunk-FDIY7GFW.js";
import "./chunk-WHVVHGBT.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-42Z3LFIE.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-2TGAI25G.js";
import "./chunk-K6EJZMPX.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
