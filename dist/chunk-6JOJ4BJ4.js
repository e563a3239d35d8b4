import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-6ATA2YPV.js";
import "./chunk-FKHO5GNC.js";
import "./chunk-SGPQ7YQS.js";
import "./chunk-UFC7JDEV.js";
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
