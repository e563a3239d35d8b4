import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-63A4LDLH.js";
import "./chunk-TXA7DIWZ.js";
import "./chunk-BJE4KALH.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-BCR4MIIR.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-ETHGYADM.js";
import "./chunk-JJVSJ6MV.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
