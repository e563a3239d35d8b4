import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-MJTD4N2O.js";
import "./chunk-MTRRILYX.js";
import "./chunk-OZFJTKHG.js";
import "./chunk-N5NUVKDE.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-LQYNG4JQ.js";
import "./chunk-EPACEUOZ.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-JJVSJ6MV.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
