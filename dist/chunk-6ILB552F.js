import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-POINUL3G.js";
import "./chunk-FFRFT5Y6.js";
import "./chunk-4ONZ476L.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-7LHRVIBC.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-X2VG4SNC.js";
import "./chunk-2YY75KVC.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-N22ZK52P.js";
import "./chunk-LD4SGYTX.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
