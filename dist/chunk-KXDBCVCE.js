import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-OFSTQXUF.js";
import "./chunk-ZPN63UPL.js";
import "./chunk-FBPUQ7BV.js";
import "./chunk-HZE3DBIV.js";
import "./chunk-ULC54CGH.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-QVPJYAEA.js";
import "./chunk-2UBADK7Q.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
