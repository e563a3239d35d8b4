import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-3BH6JPEY.js";
import "./chunk-OUB46CSM.js";
import "./chunk-Z7VFJFFT.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-DT5XFCVS.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-QRYKTC3S.js";
import "./chunk-CLSSG5U4.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
