import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-XD5URW7N.js";
import "./chunk-QJCDV7JY.js";
import "./chunk-ALLCBN2Y.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-N5NUVKDE.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-CMZQHKMJ.js";
import "./chunk-JJVSJ6MV.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-EPACEUOZ.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
