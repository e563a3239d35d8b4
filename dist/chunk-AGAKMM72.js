import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-W7Y7R5DE.js";
import "./chunk-AD2QS3QI.js";
import "./chunk-DMPOZ3CV.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-AEYHKXHG.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-MFZ2AB4E.js";
import "./chunk-K6EJZMPX.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
