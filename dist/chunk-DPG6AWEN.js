import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-PELYMVVU.js";
import "./chunk-GKHXAWUR.js";
import "./chunk-VGG2ZNXG.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-E6I7JJGP.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-TLRXKYUH.js";
import "./chunk-PD4H4UT2.js";
import "./chunk-6TECYTNY.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
