import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  addSources,
  isUrl,
  unpackIfArchive
} from "./chunk-MQTXJF6Y.js";
import "./chunk-5AKI2GUO.js";
import "./chunk-YMRHGGN4.js";
import "./chunk-LTDY7X75.js";
export {
  addSources,
  isUrl,
  unpackIfArchive
};
