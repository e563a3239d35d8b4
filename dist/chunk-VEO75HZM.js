import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-SJFLWEM5.js";
import "./chunk-2BBFSHS2.js";
import "./chunk-VNHT3YOY.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-7LHRVIBC.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-FHPYSZLR.js";
import "./chunk-2YY75KVC.js";
import "./chunk-N22ZK52P.js";
import "./chunk-LD4SGYTX.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
