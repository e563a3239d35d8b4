import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-FMTMRVGV.js";
import "./chunk-3YMPCZVU.js";
import "./chunk-AY5ZJWQC.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-5KGEMR3M.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-DJSOPWHX.js";
import "./chunk-2UBADK7Q.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
