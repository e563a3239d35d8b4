import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  addSources,
  isUrl,
  unpackIfArchive
} from "./chunk-6AUCO3HH.js";
import "./chunk-ZJ5SKQ7P.js";
import "./chunk-BUUB24WL.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-LTDY7X75.js";
export {
  addSources,
  isUrl,
  unpackIfArchive
};
