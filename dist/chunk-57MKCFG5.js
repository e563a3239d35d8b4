import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-Z2INSPPU.js";
import "./chunk-FKHO5GNC.js";
import "./chunk-HHW64A4Z.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-NAL6C642.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-RSPUH6XO.js";
import "./chunk-5WR4BIJJ.js";
import "./chunk-TDS4A5WK.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
