import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  addSources,
  isUrl,
  unpackIfArchive
} from "./chunk-WNIHQUG2.js";
import "./chunk-T5HUSZ3C.js";
import "./chunk-J2FEMY2N.js";
import "./chunk-TDS4A5WK.js";
import "./chunk-LTDY7X75.js";
export {
  addSources,
  isUrl,
  unpackIfArchive
};
