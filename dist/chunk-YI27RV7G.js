import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-CXBAYFRR.js";
import "./chunk-XNDOPMYU.js";
import "./chunk-WKWKMBAV.js";
import "./chunk-BT5M4Y5L.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-XC2BBMDL.js";
import "./chunk-YMRHGGN4.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-JJVSJ6MV.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
