import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-F3YB26H3.js";
import "./chunk-3IGHNZC4.js";
import "./chunk-DVI42FPN.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-NGDJ3XSO.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-JP674OZW.js";
import "./chunk-2YY75KVC.js";
import "./chunk-N22ZK52P.js";
import "./chunk-LD4SGYTX.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
