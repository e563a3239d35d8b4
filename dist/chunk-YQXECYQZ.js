import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  addSources,
  isUrl,
  unpackIfArchive
} from "./chunk-SAZXUOID.js";
import "./chunk-34AEUKOT.js";
import "./chunk-EPACEUOZ.js";
import "./chunk-LTDY7X75.js";
export {
  addSources,
  isUrl,
  unpackIfArchive
};
