import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  addSources,
  isUrl,
  unpackIfArchive
} from "./chunk-V54P4H42.js";
import "./chunk-34UVR5L4.js";
import "./chunk-N22ZK52P.js";
import "./chunk-LD4SGYTX.js";
import "./chunk-LTDY7X75.js";
export {
  addSources,
  isUrl,
  unpackIfArchive
};
