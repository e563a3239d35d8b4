import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-MXXPANYJ.js";
import "./chunk-GS7CSNIP.js";
import "./chunk-5UD5OO2A.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-BCR4MIIR.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-DGGNZ4AG.js";
import "./chunk-JJVSJ6MV.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
