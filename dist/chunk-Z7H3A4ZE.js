import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  addSources,
  isUrl,
  unpackIfArchive
} from "./chunk-2IC4724E.js";
import "./chunk-QQYKTBRB.js";
import "./chunk-YMRHGGN4.js";
import "./chunk-LTDY7X75.js";
export {
  addSources,
  isUrl,
  unpackIfArchive
};
