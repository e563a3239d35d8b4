import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyCommand,
  positiveInt
} from "./chunk-M56LSNHR.js";
import "./chunk-QSRU4BRX.js";
import "./chunk-2BQ3CQJ4.js";
import "./chunk-BT5M4Y5L.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-LWJI6XJI.js";
import "./chunk-YMRHGGN4.js";
import "./chunk-UFC7JDEV.js";
import "./chunk-JJVSJ6MV.js";
import "./chunk-LTDY7X75.js";
export {
  copyCommand,
  positiveInt
};
