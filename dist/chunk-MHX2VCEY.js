import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  BuildContext,
  DockerfileError,
  StageScope,
  checkConfigOf,
  checkViolation,
  checksOff,
  cleanSource,
  compileComponent,
  contextKey,
  defaultChecks,
  defaultDockerfilePath,
  fetchGitContext,
  formatWarning,
  gitAuthToken,
  isRemoteSource,
  loadDockerignore,
  localContextProblem,
  lookupNamedContext,
  openBuildContext,
  parseDockerfile,
  parseGitContext,
  parseInstruction,
  planStages,
  redactUrl,
  resolveGitCommit,
  resolveSourceIn,
  runChecks,
  secretFileReader,
  stageByRef
} from "./chunk-FGUCFZVQ.js";
import {
  OciLayout,
  REF_NAME_ANNOTATION,
  mapLimit,
  verifiedManifest
} from "./chunk-E6I7JJGP.js";
import {
  parseBool,
  parseGoBool,
  parseRamBytes,
  splitCsv
} from "./chunk-TLRXKYUH.js";
import {
  Pool,
  RegistryError,
  buildIndex,
  buildManifest,
  registryDenied,
  registryNotFound,
  sortedKeys,
  toBytes
} from "./chunk-PD4H4UT2.js";
import {
  formatPlatform,
  formatReference,
  goReferenceError,
  hostPlatform,
  imageEntryFor,
  makeReference,
  normalizePlatform,
  parsePlatformSpecifier,
  parseReference,
  parseTargetPlatform,
  repositoryName,
  repositoryOf,
  tagsByRepository,
  withDigest,
  withTag
} from "./chunk-6TECYTNY.js";
import {
  DEFAULT_HOSTNAME,
  EXPORT_TAR_FILE,
  FrameDecoder,
  FrameType,
  LastLines,
  LayerStore,
  MEMORY_ROOT,
  RUN_DIR_PREFIX,
  RunCancelledError,
  RunError,
  SNIFF_BYTES,
  SYSTEM_ENV,
  SYSTEM_PATH,
  SandboxError,
  TarWriter,
  VIEW_DIR_PREFIX,
  applyLayer,
  decompress,
  decompressBlob,
  goDuration,
  goPathClean,
  goQuote,
  goQuoteRune,
  goQuoteSlice,
  goSetMap,
  goSlice,
  goTime,
  hostsFile,
  layerDir,
  mountLowerView,
  newMemoryDir,
  onTmpfs,
  openArchive,
  peekStream,
  pidAlive,
  processFailed,
  readTar,
  readTarFile,
  removeTree,
  resolvConf,
  sniffArchive,
  startSocketProxy,
  sweepLayerTemps,
  sweepMemoryDirs,
  sweepTemp,
  sys,
  takeCacheSlot,
  under,
  unmountAll,
  unpackLayer,
  which,
  withEnvEntries,
  writeDirAsLayer,
  writeLayerBlob
} from "./chunk-GVXEUOC7.js";
import {
  components,
  goParseInt,
  parseGroup,
  parsePasswd,
  resolveInRoot
} from "./chunk-4PIROPUP.js";
import {
  DigestStream,
  Digester,
  MediaType,
  VerifyingStream,
  chainId,
  compressionOf,
  digestAlgorithm,
  digestHex,
  digestOf,
  digestOfFile,
  familyOf,
  isDigest,
  layerMediaType,
  mediaTypesFor,
  parseDigest
} from "./chunk-A2LCJWYG.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-LTDY7X75.js";

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable6 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough5(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline7(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable6 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough5 = class extends Transform {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline7(...streams, (err) => {
          if (err) return reject(err);
          resolve();
        });
      });
    }
    function pipeline7(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline7,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable6,
      Duplex,
      Transform,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough5
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp2(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp2(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable6, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable6 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve, reject) => {
            if (extract.destroyed) return resolve({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants3 = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants3;
    } catch {
      module.exports = constants3;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable6, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants3 = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable6 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain2 = this._drain;
        this._drain = noop;
        drain2();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants3.S_IFMT) {
        case constants3.S_IFBLK:
          return "block-device";
        case constants3.S_IFCHR:
          return "character-device";
        case constants3.S_IFDIR:
          return "directory";
        case constants3.S_IFIFO:
          return "fifo";
        case constants3.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/build/provenance.ts
var ProvenanceSpecError = class extends Error {
  constructor(value, detail) {
    super(`provenance "${value}": ${detail}`);
    this.value = value;
    this.name = "ProvenanceSpecError";
  }
  value;
};
function parseProvenance(value) {
  const v = value.trim();
  if (v === "" || parseGoBool(v) === false) return void 0;
  if (parseGoBool(v) === true) return { mode: "min" };
  const out = { mode: "min" };
  for (const field of v.split(",").map((f) => f.trim()).filter(Boolean)) {
    const eq = field.indexOf("=");
    if (eq < 0 && parseGoBool(field) === true) continue;
    if (eq < 0 && parseGoBool(field) === false) return void 0;
    if (eq <= 0) throw new ProvenanceSpecError(value, `"${field}" is not key=value (true, false, mode=min|max, builder-id=URL)`);
    const key = field.slice(0, eq).toLowerCase();
    const val = field.slice(eq + 1);
    if (key === "mode") {
      if (val !== "min" && val !== "max") throw new ProvenanceSpecError(value, `mode must be min or max, got "${val}"`);
      out.mode = val;
    } else if (key === "builder-id") out.builderId = val;
    else if (key === "disabled") {
      if (parseGoBool(val) === true) return void 0;
    } else if (key === "type") {
      if (val !== "provenance") throw new ProvenanceSpecError(value, `type=${val} is not provenance`);
    } else if (key === "inline-only" || key === "reproducible") {
    } else if (key === "version") {
      if (val !== "v0.2") throw new ProvenanceSpecError(value, `version ${val}: hoist writes SLSA provenance v0.2`);
    } else throw new ProvenanceSpecError(value, `unknown key "${key}" (mode, builder-id)`);
  }
  return out;
}
function attestType(spec) {
  return /(?:^|,)\s*type=([^,]*)/.exec(spec)?.[1]?.trim();
}
function purl(ref, platform) {
  let r;
  try {
    r = typeof ref === "string" ? parseReference(ref, { defaultTag: null }) : ref;
  } catch {
    return `pkg:docker/${String(ref)}`;
  }
  const name = formatReference(makeReference(r.registry, r.repository));
  const qualifiers = [];
  if (r.digest && !r.tag) qualifiers.push(`digest=${encodeURIComponent(r.digest)}`);
  if (platform) qualifiers.push(`platform=${encodeURIComponent(formatPlatform(platform))}`);
  return `pkg:docker/${name}${r.tag ? `@${r.tag}` : ""}${qualifiers.length ? `?${qualifiers.join("&")}` : ""}`;
}
function provenanceStatement(opts, p) {
  const digest = { sha256: digestHex(p.manifestDigest) };
  const subject = p.names.length ? p.names.map((n) => ({ name: purl(n, p.platform), digest })) : [{ name: "_", digest }];
  const args = {};
  if (opts.mode === "max") for (const [k, v] of Object.entries(p.buildArgs).sort(([a], [b]) => a < b ? -1 : 1)) args[`build-arg:${k}`] = v;
  if (p.target) args.target = p.target;
  const buildkitMeta = {};
  if (opts.vcs) buildkitMeta.vcs = { source: opts.vcs.source, ...opts.vcs.revision ? { revision: opts.vcs.revision } : {} };
  return {
    _type: "https://in-toto.io/Statement/v0.1",
    predicateType: "https://slsa.dev/provenance/v0.2",
    subject,
    predicate: {
      builder: { id: opts.builderId ?? "" },
      buildType: "https://mobyproject.org/buildkit@v1",
      materials: p.materials.filter((m) => /^sha256:[0-9a-f]{64}$/.test(m.digest)).map((m) => ({ uri: purl(m.ref, p.platform), digest: { sha256: digestHex(m.digest) } })),
      invocation: {
        configSource: { entryPoint: p.dockerfile },
        parameters: { frontend: "dockerfile.v0", ...Object.keys(args).length ? { args } : {}, locals: [{ name: "context" }, { name: "dockerfile" }] },
        environment: { platform: formatPlatform(p.platform) }
      },
      metadata: {
        buildInvocationID: p.invocationId,
        buildStartedOn: new Date(p.startedOn).toISOString(),
        buildFinishedOn: new Date(p.finishedOn).toISOString(),
        completeness: { parameters: opts.mode === "max", environment: true, materials: false },
        reproducible: false,
        "https://mobyproject.org/buildkit@v1#metadata": buildkitMeta
      }
    }
  };
}
function attestationManifest(statement, imageManifestDigest) {
  const layerBytes = Buffer.from(JSON.stringify(statement, null, 2));
  const layerDigest = digestOf(layerBytes);
  const layer = { mediaType: "application/vnd.in-toto+json", digest: layerDigest, size: layerBytes.length, annotations: { "in-toto.io/predicate-type": "https://slsa.dev/provenance/v0.2" } };
  const config = { architecture: "unknown", os: "unknown", config: {}, rootfs: { type: "layers", diff_ids: [layerDigest] } };
  const configBytes = toBytes(config);
  const configDigest = digestOf(configBytes);
  const manifest = { schemaVersion: 2, mediaType: MediaType.ociManifest, config: { mediaType: MediaType.ociConfig, digest: configDigest, size: configBytes.length }, layers: [layer] };
  const manifestBytes = toBytes(manifest);
  const manifestDigest = digestOf(manifestBytes);
  return {
    layerBytes,
    layer,
    configBytes,
    configDigest,
    manifestBytes,
    manifestDigest,
    descriptor: {
      mediaType: MediaType.ociManifest,
      digest: manifestDigest,
      size: manifestBytes.length,
      annotations: { "vnd.docker.reference.digest": imageManifestDigest, "vnd.docker.reference.type": "attestation-manifest" },
      platform: { architecture: "unknown", os: "unknown" }
    }
  };
}

// src/build/check.ts
import { readFile } from "node:fs/promises";

// src/build/cache-key.ts
import { createHash } from "node:crypto";
var CACHE_KEY_VERSION = "hoist-step-v3";
function canonicalJson(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
function stepKey(parent, material) {
  return createHash("sha256").update(canonicalJson({ v: CACHE_KEY_VERSION, parent, material })).digest("hex");
}

// src/build/ports.ts
var PortSpecError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PortSpecError";
  }
};
function parseRange(s, what) {
  const bad = () => new PortSpecError(`invalid ${what}: ${s}`);
  const one = (x) => {
    if (!/^[0-9]+$/.test(x)) throw bad();
    const n = Number(x);
    if (n > 65535) throw bad();
    return n;
  };
  if (s === "") throw new PortSpecError("empty string specified for ports");
  if (!s.includes("-")) return [one(s), one(s)];
  const parts = s.split("-");
  if (parts.length !== 2) throw new PortSpecError(`invalid port range format: ${s}`);
  const [a, b] = [one(parts[0]), one(parts[1])];
  if (b < a) throw new PortSpecError(`invalid range specified for port: ${s}`);
  return [a, b];
}
function parsePortSpec(raw) {
  const parts = raw.split(":");
  const containerPart = parts[parts.length - 1];
  const hostPart = parts.length >= 2 ? parts[parts.length - 2] : "";
  const [portText, protoText = ""] = containerPart.split("/");
  if (portText === "") throw new PortSpecError(`no port specified: ${raw}<empty>`);
  const proto = protoText.toLowerCase() || "tcp";
  if (!["tcp", "udp", "sctp"].includes(proto)) throw new PortSpecError(`Invalid proto: ${proto}`);
  let start;
  let end;
  try {
    [start, end] = parseRange(portText, "containerPort");
  } catch {
    throw new PortSpecError(`invalid containerPort: ${portText}`);
  }
  if (hostPart) {
    let hs;
    let he;
    try {
      [hs, he] = parseRange(hostPart, "hostPort");
    } catch {
      throw new PortSpecError(`invalid hostPort: ${hostPart}`);
    }
    if (end - start !== he - hs && end !== start) {
      throw new PortSpecError(`invalid ranges specified for container and host Ports: ${portText} and ${hostPart}`);
    }
  }
  const out = [];
  for (let p = start; p <= end; p++) out.push(`${p}/${proto}`);
  return out;
}

// src/build/config.ts
var HISTORY_COMMENT = "buildkit.dockerfile.v0";
var DEFAULT_PATH2 = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function applyTargetPlatform(config, target, legacy) {
  const sameOsArch = config.os === target.os && config.architecture === target.architecture;
  config.os = target.os;
  config.architecture = target.architecture;
  const set = (k, v) => {
    if (v) config[k] = v;
    else delete config[k];
  };
  if (legacy || target.variant || !sameOsArch) set("variant", target.variant);
  if (legacy || target["os.version"] || !sameOsArch) set("os.version", target["os.version"]);
  if (target["os.features"]) config["os.features"] = [...target["os.features"]];
}
function shellOf(config) {
  const shell = config.config?.Shell;
  return shell && shell.length > 0 ? [...shell] : ["/bin/sh", "-c"];
}
function withShell(config, command) {
  return [...shellOf(config), command];
}
function setRunEnv(env, key, value) {
  return [...env.filter((e) => e.split("=", 1)[0] !== key), `${key}=${value}`];
}
function addEnv(env, key, value) {
  const out = [...env];
  const i = out.findIndex((e) => e.split("=", 1)[0] === key);
  if (i >= 0) out[i] = `${key}=${value}`;
  else out.push(`${key}=${value}`);
  return out;
}
function commitHistory(config, createdBy, withLayer, created, buildkitSuffix = false) {
  const entry = {};
  if (created) entry.created = created;
  entry.created_by = buildkitSuffix ? `${createdBy} # buildkit` : createdBy;
  entry.comment = HISTORY_COMMENT;
  if (!withLayer) entry.empty_layer = true;
  (config.history ??= []).push(entry);
  return entry;
}
var SIGNAL_NAMES = /* @__PURE__ */ new Set([
  "ABRT",
  "ALRM",
  "BUS",
  "CHLD",
  "CLD",
  "CONT",
  "FPE",
  "HUP",
  "ILL",
  "INT",
  "IO",
  "IOT",
  "KILL",
  "PIPE",
  "POLL",
  "PROF",
  "PWR",
  "QUIT",
  "SEGV",
  "STKFLT",
  "STOP",
  "SYS",
  "TERM",
  "TRAP",
  "TSTP",
  "TTIN",
  "TTOU",
  "URG",
  "USR1",
  "USR2",
  "VTALRM",
  "WINCH",
  "XCPU",
  "XFSZ",
  "RTMIN",
  "RTMAX",
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`)
]);
function isValidSignal(raw) {
  if (/^[+-]?[0-9]+$/.test(raw)) {
    const n = BigInt(raw);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return n !== 0n;
  }
  return SIGNAL_NAMES.has(raw.toUpperCase().replace(/^SIG/, ""));
}
function applyConfigInstruction(config, instr, ctx) {
  const c = config.config ??= {};
  switch (instr.kind) {
    case "ENV": {
      let msg = "ENV";
      for (const { key, value } of instr.pairs) {
        c.Env = addEnv(c.Env ?? [], key, value);
        msg += ` ${key}=${value}`;
      }
      commitHistory(config, msg, false, ctx.created);
      return true;
    }
    case "LABEL": {
      let msg = "LABEL";
      c.Labels ??= {};
      for (const { key, value } of instr.pairs) {
        c.Labels[key] = value;
        msg += ` ${key}=${value}`;
      }
      commitHistory(config, msg, false, ctx.created);
      return true;
    }
    case "EXPOSE": {
      const ports = instr.ports.flatMap(parsePortSpec);
      c.ExposedPorts ??= {};
      for (const p of ports) c.ExposedPorts[p] = {};
      commitHistory(config, `EXPOSE ${ctx.legacyFrontend ? goSetMap(ports) : goSlice(ports)}`, false, ctx.created);
      return true;
    }
    case "VOLUME": {
      c.Volumes ??= {};
      for (const v of instr.volumes) {
        if (v === "") throw new Error("VOLUME specified can not be an empty string");
        c.Volumes[v] = {};
      }
      commitHistory(config, `VOLUME ${goSlice(instr.volumes)}`, false, ctx.created);
      return true;
    }
    case "USER":
      c.User = instr.user;
      commitHistory(config, `USER ${instr.user}`, false, ctx.created);
      return true;
    case "CMD": {
      const args = instr.form === "shell" ? withShell(config, instr.command) : instr.args;
      c.Cmd = args;
      c.ArgsEscaped = true;
      ctx.cmdSet = true;
      commitHistory(config, `CMD ${goQuoteSlice(args)}`, false, ctx.created);
      return true;
    }
    case "ENTRYPOINT": {
      const args = instr.form === "shell" ? withShell(config, instr.command) : instr.args;
      c.Entrypoint = args;
      if (!ctx.cmdSet) c.Cmd = null;
      commitHistory(config, `ENTRYPOINT ${goQuoteSlice(args)}`, false, ctx.created);
      return true;
    }
    case "SHELL":
      c.Shell = [...instr.args];
      commitHistory(config, `SHELL ${goSlice(instr.args)}`, false, ctx.created);
      return true;
    case "HEALTHCHECK": {
      const h = instr.health;
      const hc = h.kind === "NONE" ? { Test: ["NONE"] } : {
        Test: h.test,
        Interval: h.interval || void 0,
        Timeout: h.timeout || void 0,
        StartPeriod: h.startPeriod || void 0,
        StartInterval: h.startInterval || void 0,
        Retries: h.retries || void 0
      };
      c.Healthcheck = Object.fromEntries(Object.entries(hc).filter(([, v]) => v !== void 0));
      let fmt;
      if (ctx.legacyFrontend) {
        const d = (ns) => goQuote(goDuration(ns ?? 0));
        fmt = `&{${goQuoteSlice(hc.Test)} ${d(hc.Interval)} ${d(hc.Timeout)} ${d(hc.StartPeriod)} ${d(hc.StartInterval)} ${goQuoteRune(hc.Retries ?? 0)}}`;
      } else {
        const d = (ns) => goDuration(ns ?? 0);
        fmt = `{Test:${goSlice(hc.Test)} Interval:${d(hc.Interval)} Timeout:${d(hc.Timeout)} StartPeriod:${d(hc.StartPeriod)} StartInterval:${d(hc.StartInterval)} Retries:${hc.Retries ?? 0}}`;
      }
      commitHistory(config, `HEALTHCHECK ${fmt}`, false, ctx.created);
      return true;
    }
    case "STOPSIGNAL":
      if (!isValidSignal(instr.signal)) throw new Error(`invalid signal: ${instr.signal}`);
      c.StopSignal = instr.signal;
      commitHistory(config, `STOPSIGNAL ${instr.signal}`, false, ctx.created);
      return true;
    case "ONBUILD":
      c.OnBuild = [...c.OnBuild ?? [], instr.expression];
      return true;
    case "MAINTAINER":
      config.author = instr.maintainer;
      commitHistory(config, `MAINTAINER ${instr.maintainer}`, false, ctx.created);
      return true;
    default:
      return false;
  }
}
function normalizeWorkdir(current, requested) {
  if (requested.startsWith("/")) return requested;
  const base = `${current || "/"}/${requested}`;
  const parts = [];
  for (const p of base.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return `/${parts.join("/")}`;
}

// src/build/image-source.ts
var BaseImageError = class extends Error {
  constructor(file, line, message) {
    super(`${file}:${line}: ${message}`);
    this.name = "BaseImageError";
  }
};
function scratchState(platform) {
  const config = { architecture: platform.architecture, os: platform.os, config: { Env: [`PATH=${DEFAULT_PATH2}`], WorkingDir: "/" }, rootfs: { type: "layers", diff_ids: [] }, history: [] };
  if (platform.variant) config.variant = platform.variant;
  return { platform, config, layers: [], key: stepKey("", { from: "scratch", platform: formatPlatform(platform) }) };
}
function onceEach(registry) {
  const seen = /* @__PURE__ */ new Map();
  return (ref, platform) => {
    const key = `${String(ref)}\0${formatPlatform(platform)}`;
    let p = seen.get(key);
    if (!p) {
      p = registry.resolveImage(ref, platform);
      seen.set(key, p);
    }
    return p;
  };
}
function stagePlatform(stage2, platform) {
  return stage2.platform ? parsePlatformSpecifier(stage2.platform) : platform;
}
function imageBases(plan, platform) {
  const out = [];
  for (const stage2 of plan.stages) {
    if (stage2.base.kind !== "image") continue;
    try {
      out.push({ ref: parseReference(stage2.base.ref), platform: stagePlatform(stage2, platform) });
    } catch {
    }
  }
  return out;
}
async function resolveImageState(s, name, platform, line) {
  let ref;
  try {
    ref = parseReference(name);
  } catch (e) {
    throw new BaseImageError(s.dockerfile.file, line, e.message);
  }
  let resolved;
  try {
    resolved = await s.resolveImage(ref, platform);
  } catch (e) {
    throw new BaseImageError(s.dockerfile.file, line, `${name}: ${registryNotFound(e, "manifest") ? "not found: " : ""}${e.message}`);
  }
  try {
    const state = imageState(resolved, platform, () => ({ kind: "registry", registry: ref.registry, repository: ref.repository }), String(ref));
    const full = formatReference(ref, "full");
    const pulled = `pulled from ${ref.digest ? full : `${full}@${state.baseDigest}`}`;
    for (const l of state.layers) s.pulledFrom.set(l, pulled);
    return state;
  } catch (e) {
    throw new BaseImageError(s.dockerfile.file, line, `${name}: ${e.message}`);
  }
}
function imageState(resolved, platform, location, baseName) {
  const { manifest, config } = resolved;
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== manifest.manifest.layers.length) {
    throw new Error(`the config lists ${diffIds.length} diff_ids but the manifest has ${manifest.manifest.layers.length} layers`);
  }
  const layers = manifest.manifest.layers.map((d, i) => ({ diffId: diffIds[i], digest: d.digest, size: d.size, mediaType: d.mediaType, location: location(d) }));
  const cfg = structuredClone(config);
  delete cfg.created;
  cfg.config ??= {};
  cfg.history ??= [];
  if (!(cfg.config.Env ?? []).some((e) => e.startsWith("PATH="))) cfg.config.Env = [...cfg.config.Env ?? [], `PATH=${DEFAULT_PATH2}`];
  const state = {
    platform,
    config: cfg,
    layers,
    key: stepKey("", { from: "image", chain: chainId(diffIds) ?? "empty", platform: formatPlatform(platform) }),
    baseDigest: resolved.index?.digest ?? manifest.digest
  };
  if (baseName !== void 0) state.baseName = baseName;
  return state;
}

// src/build/check.ts
async function checkBuild(df, plan, config, opts) {
  if (checksOff(config)) return [];
  const stages = opts.stages ?? plan.stages;
  const bases = /* @__PURE__ */ new Map();
  await Promise.all(
    stages.map(async (stage2) => {
      if (stage2.base.kind !== "image") return;
      try {
        const { config: image } = await opts.resolveImage(parseReference(stage2.base.ref), stagePlatform(stage2, opts.platform));
        const platform = { os: image.os, architecture: image.architecture, ...image.variant ? { variant: image.variant } : {} };
        const ref = stage2.base.ref;
        const fromContext = [...opts.namedContexts?.values() ?? []].some((c) => c.kind === "image" && c.ref === ref);
        bases.set(stage2.index, { env: image.config?.Env ?? [], shell: image.config?.Shell ?? [], onBuild: image.config?.OnBuild ?? [], ...fromContext ? {} : { platform } });
      } catch (e) {
        if (opts.strict) throw new DockerfileError(df.file, stage2.ast.from.startLine, `${stage2.base.ref}: ${e.message}`);
      }
    })
  );
  return runChecks(df, plan, {
    config,
    stages,
    baseConfig: (s) => bases.get(s.index),
    platformOf: (s) => {
      try {
        return stagePlatform(s, opts.platform);
      } catch {
        return opts.platform;
      }
    },
    targetPlatform: opts.platform,
    buildPlatform: opts.buildPlatform,
    ...opts.dockerignore ? { dockerignore: opts.dockerignore } : {}
  });
}
async function readDockerfile(file) {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`cannot read Dockerfile ${file}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
  }
}
async function checkDockerfile(opts) {
  const text = await readDockerfile(opts.path);
  let df;
  try {
    df = parseDockerfile(text, { file: opts.file });
  } catch (e) {
    if (!(e instanceof DockerfileError) || e.line <= 1) throw e;
    const head = text.split("\n").slice(0, e.line - 1).join("\n") + "\n";
    let before = [];
    try {
      before = (await checkParsed(parseDockerfile(head, { file: opts.file }), head, opts)).warnings;
    } catch {
    }
    if (!before.length) throw e;
    return { file: opts.file, text, warnings: before, error: e };
  }
  return checkParsed(df, text, opts);
}
async function checkParsed(df, text, opts) {
  const plan = planStages(df, { buildArgs: opts.buildArgs, target: opts.target, namedContexts: opts.namedContexts, targetPlatform: opts.platform, buildPlatform: opts.buildPlatform });
  const config = checkConfigOf(df, opts.buildArgs);
  const warnings = await checkBuild(df, plan, config, {
    buildArgs: opts.buildArgs,
    platform: opts.platform,
    buildPlatform: opts.buildPlatform,
    resolveImage: onceEach(opts.registry),
    stages: opts.target === void 0 ? plan.allStages : plan.stages,
    strict: true,
    namedContexts: opts.namedContexts,
    ...opts.contextDir !== void 0 ? { dockerignore: await loadDockerignore(opts.contextDir, opts.path).then((m) => m.patterns.length ? m : void 0, () => void 0) } : {}
  });
  const violation = checkViolation(config, warnings);
  return { file: opts.file, text, warnings, ...violation ? { violation } : {} };
}
function snippet(file, text, start, end) {
  const lines = text.split("\n");
  if (start < 1 || start > lines.length) return "";
  let from = start;
  let to = Math.min(end, lines.length);
  const pad = to === from ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (from > 1) {
      from--;
      p++;
    }
    if (to !== lines.length) {
      to++;
      p++;
    }
  }
  const out = [`${file}:${start}`, "--------------------"];
  for (let i = from; i <= to; i++) out.push(` ${String(i).padStart(3)} | ${i >= start && i <= end ? ">>>" : "   "} ${lines[i - 1]}`);
  out.push("--------------------");
  return `${out.join("\n")}
`;
}
function formatCheckReport(r) {
  const n = r.warnings.length;
  if (n === 0) return "Check complete, no warnings found.\n";
  let out = `Check complete, ${n === 1 ? "1 warning has" : `${n} warnings have`} been found!
`;
  for (const w of r.warnings) {
    out += `
WARNING: ${w.rule}${w.url ? ` - ${w.url}` : ""}
${w.message}
`;
    out += snippet(r.file, r.text, w.line, w.rule === "NoEmptyContinuation" ? w.line : Math.max(w.line, w.endLine));
  }
  return out;
}

// src/sandbox/index.ts
import { existsSync as existsSync2 } from "node:fs";
import { copyFile, mkdir as mkdir4, mkdtemp as mkdtemp2, rename as rename2, rm as rm5 } from "node:fs/promises";
import path6 from "node:path";

// src/sandbox/docker/executor.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { chmod, mkdir, readFile as readFile2, rm as rm2, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { PassThrough as PassThrough2, Readable } from "node:stream";

// src/sandbox/signals.ts
var active = /* @__PURE__ */ new Set();
var resources = /* @__PURE__ */ new Set();
var SIGNALS = ["SIGINT", "SIGTERM"];
var installed = false;
function onSignal(sig) {
  const all = [...active];
  for (const a of all) a.abort.abort();
  void Promise.allSettled(all.map((a) => a.done)).then(() => Promise.allSettled([...resources].map((r) => r()))).then(() => {
    const others = process.listeners(sig).filter((l) => l !== handlers[sig]);
    if (others.length === 0) {
      uninstall();
      process.kill(process.pid, sig);
    }
  });
}
var handlers = Object.fromEntries(SIGNALS.map((s) => [s, () => onSignal(s)]));
function install() {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, handlers[s]);
}
function maybeUninstall() {
  if (!installed || active.size > 0 || resources.size > 0) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, handlers[s]);
}
function uninstall() {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, handlers[s]);
}
function trackRun(outer) {
  const abort = new AbortController();
  if (outer?.aborted) abort.abort();
  else outer?.addEventListener("abort", () => abort.abort(), { once: true });
  const entry = { abort, done: Promise.resolve() };
  active.add(entry);
  install();
  return {
    signal: abort.signal,
    settle(done) {
      entry.done = done;
      const finish = () => {
        active.delete(entry);
        maybeUninstall();
      };
      void done.then(finish, finish);
    }
  };
}
function trackResource(cleanup) {
  resources.add(cleanup);
  install();
  return () => {
    resources.delete(cleanup);
    maybeUninstall();
  };
}

// src/sandbox/docker/engine.ts
var API_VERSION = "v1.41";
var DockerEngine = class {
  constructor(socketPath) {
    this.socketPath = socketPath;
    this.client = new Pool("http://localhost", { socketPath, bodyTimeout: 0, headersTimeout: 0, connections: 8 });
  }
  socketPath;
  /** A pool: a streaming request (logs) must never hold up another (kill) on the same socket. */
  client;
  /** Sends a request; non-2xx (other than `allow`) becomes a SandboxError with the daemon's message. */
  async request(method, path25, opts = {}) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== void 0) q.set(k, String(v));
    const full = `/${API_VERSION}${path25}${q.size ? `?${q}` : ""}`;
    const headers = { ...opts.headers };
    let body = opts.body;
    if (opts.json !== void 0) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.json);
    }
    let res;
    try {
      res = await this.client.request({ method, path: full, headers, body, signal: opts.signal });
    } catch (e) {
      throw new SandboxError(`docker ${method} ${path25}: ${e.message} (socket ${this.socketPath})`);
    }
    const r = res;
    if ((r.statusCode < 200 || r.statusCode >= 300) && !opts.allow?.includes(r.statusCode)) {
      const text = method === "HEAD" ? "" : await r.body.text().catch(() => "");
      let message = text;
      try {
        message = JSON.parse(text).message ?? text;
      } catch {
      }
      throw new SandboxError(`docker ${method} ${path25}: ${r.statusCode} ${message.trim()}`);
    }
    return { status: r.statusCode, headers: r.headers, body: r.body };
  }
  /** A request whose JSON answer is returned (or undefined for an allowed non-2xx). */
  async json(method, path25, opts = {}) {
    const r = await this.request(method, path25, opts);
    if (r.status < 200 || r.status >= 300) {
      await r.body.text().catch(() => "");
      return void 0;
    }
    const text = await r.body.text();
    return text ? JSON.parse(text) : {};
  }
  /** True when the daemon answers `/_ping`. */
  async ping() {
    try {
      const r = await this.request("GET", "/_ping");
      await r.body.text();
      return true;
    } catch {
      return false;
    }
  }
  async close() {
    await this.client.close();
  }
};
function demultiplexer(onFrame) {
  let buf = Buffer.alloc(0);
  return (chunk) => {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    while (buf.length >= 8) {
      const size = buf.readUInt32BE(4);
      if (buf.length < 8 + size) break;
      const stream = buf[0] === 2 ? "stderr" : "stdout";
      onFrame(stream, buf.subarray(8, 8 + size));
      buf = buf.subarray(8 + size);
    }
  };
}

// src/sandbox/docker/image-io.ts
import { createReadStream, createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
var PARENT_REPO = "hoist-sandbox/parent";
var EMPTY_LAYER_DIFF_ID = "sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef";
function parentRef(layers, owner) {
  const chain = chainId(layers.map((l) => l.diffId)) ?? EMPTY_LAYER_DIFF_ID;
  return `${PARENT_REPO}:${digestHex(chain)}-${owner}`;
}
function dockerArch() {
  return { x64: "amd64", arm64: "arm64", arm: "arm", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" }[process.arch] ?? process.arch;
}
async function spool(src, file) {
  const d = new DigestStream();
  await pipeline(src, d, createWriteStream(file, { mode: 384 }));
  return { digest: d.digester.digest(), size: (await stat(file)).size };
}
async function ensureParent(engine, layers, tempDir, known, owner) {
  const ref = parentRef(layers, owner);
  const exists = await engine.json("GET", `/images/${ref}/json`, { allow: [404] });
  if (exists) return ref;
  const files = [];
  const diffIds = [];
  try {
    for (const [i, l] of layers.entries()) {
      const file = path.join(tempDir, `hoist-load-${process.pid}-${Date.now()}-${i}`);
      const { digest, size } = await spool(await l.open(), file);
      known.add(digestHex(digest));
      known.add(digestHex(l.diffId));
      files.push({ name: `${digestHex(l.diffId)}/layer.tar`, file, size });
      diffIds.push(l.diffId);
    }
    const empty = Buffer.alloc(1024);
    if (layers.length === 0) diffIds.push(EMPTY_LAYER_DIFF_ID);
    const config = Buffer.from(JSON.stringify({ architecture: dockerArch(), os: "linux", config: {}, rootfs: { type: "layers", diff_ids: diffIds } }));
    const manifest = Buffer.from(JSON.stringify([{ Config: "config.json", RepoTags: [ref], Layers: layers.length ? files.map((f) => f.name) : ["empty/layer.tar"] }]));
    const out = new PassThrough();
    const req = engine.request("POST", "/images/load", { query: { quiet: 1 }, body: out, headers: { "content-type": "application/x-tar" } });
    const w = new TarWriter(out);
    const base = { mode: 420, uid: 0, gid: 0, mtime: 0 };
    await w.add({ ...base, path: "config.json", type: "file", size: config.length }, config);
    for (const f of files) await w.add({ ...base, path: f.name, type: "file", size: f.size }, createReadStream(f.file));
    if (layers.length === 0) await w.add({ ...base, path: "empty/layer.tar", type: "file", size: empty.length }, empty);
    await w.add({ ...base, path: "manifest.json", type: "file", size: manifest.length }, manifest);
    await w.finish();
    const res = await req;
    const text = await res.body.text();
    if (/"error"/.test(text)) throw new SandboxError(`docker executor: loading the parent image failed: ${text.trim()}`);
    return ref;
  } finally {
    await Promise.all(files.map((f) => rm(f.file, { force: true })));
  }
}
async function exportTopLayer(engine, ref, known, outFile, tempDir) {
  const res = await engine.request("GET", `/images/${encodeURIComponent(ref)}/get`);
  const spooled = /* @__PURE__ */ new Map();
  const small = /* @__PURE__ */ new Map();
  let n = 0;
  try {
    for await (const { entry, body } of readTar(res.body)) {
      if (entry.type !== "file") continue;
      const base = path.basename(entry.path);
      if (known.has(base) || entry.path.endsWith("/layer.tar") && known.has(path.basename(path.dirname(entry.path)))) {
        body.resume();
        continue;
      }
      if (entry.size < 64 * 1024) {
        const chunks = [];
        for await (const c of body) chunks.push(c);
        small.set(entry.path, Buffer.concat(chunks));
      } else {
        const file2 = path.join(tempDir, `hoist-export-${process.pid}-${n++}`);
        await pipeline(body, createWriteStream(file2, { mode: 384 }));
        spooled.set(entry.path, file2);
      }
    }
    const manifest = small.get("manifest.json");
    if (!manifest) throw new SandboxError(`docker executor: the export of ${ref} has no manifest.json`);
    const layers = JSON.parse(manifest.toString("utf8"))[0]?.Layers ?? [];
    const top = layers[layers.length - 1];
    if (!top) throw new SandboxError(`docker executor: the export of ${ref} lists no layers`);
    const file = spooled.get(top);
    const buf = small.get(top);
    if (file) {
      await rm(outFile, { force: true });
      await pipeline(createReadStream(file), createWriteStream(outFile, { mode: 384 }));
    } else if (buf) {
      await pipeline(async function* () {
        yield buf;
      }, createWriteStream(outFile, { mode: 384 }));
    } else if (path.basename(top) === digestHex(EMPTY_LAYER_DIFF_ID) || path.basename(path.dirname(top)) === digestHex(EMPTY_LAYER_DIFF_ID)) {
      await pipeline(async function* () {
        yield Buffer.alloc(1024);
      }, createWriteStream(outFile, { mode: 384 }));
    } else {
      throw new SandboxError(`docker executor: the top layer ${top} of ${ref} equals a parent layer; it was not kept`);
    }
  } finally {
    await Promise.all([...spooled.values()].map((f) => rm(f, { force: true })));
  }
}

// src/sandbox/docker/stubs.ts
import { createReadStream as createReadStream2, createWriteStream as createWriteStream2 } from "node:fs";
function goModePerm(m) {
  let perm = m & 511;
  if (m & 1 << 23) perm |= 2048;
  if (m & 1 << 22) perm |= 1024;
  if (m & 1 << 20) perm |= 512;
  return perm;
}
async function statIn(engine, container, p) {
  const r = await engine.request("HEAD", `/containers/${container}/archive`, { query: { path: p }, allow: [404] });
  await r.body.text().catch(() => "");
  if (r.status === 404) return void 0;
  const h = r.headers["x-docker-container-path-stat"];
  const raw = Array.isArray(h) ? h[0] : h;
  if (!raw) return { mode: 0 };
  const st = JSON.parse(Buffer.from(raw, "base64").toString("utf8"));
  return { mode: goModePerm(st.mode) };
}
async function probeTargets(engine, container, targets) {
  const out = [];
  for (const t of targets) {
    const comps = components(t);
    let existing = comps.length;
    const stats = [];
    for (; existing > 0; existing--) {
      const p = comps.slice(0, existing).join("/");
      const st = await statIn(engine, container, "/" + p);
      if (st) break;
    }
    for (let i = existing; i > 0; i--) {
      const p = comps.slice(0, i).join("/");
      const st = await statIn(engine, container, "/" + p);
      if (st) stats.push({ path: p, mode: st.mode });
    }
    const created = [];
    for (let i = existing + 1; i <= comps.length; i++) created.push(comps.slice(0, i).join("/"));
    out.push({ created, ancestors: existing === comps.length ? [] : stats });
  }
  return out;
}
function under2(p, dir) {
  return p.startsWith(dir + "/");
}
async function filterLayer(raw, outTar, probes) {
  const created = new Set(probes.flatMap((p) => p.created));
  const ancestorMode = /* @__PURE__ */ new Map();
  for (const p of probes) for (const a of p.ancestors) ancestorMode.set(a.path, a.mode);
  const out = createWriteStream2(outTar, { mode: 384 });
  const w = new TarWriter(out);
  const held = [];
  let entries = 0;
  const flushFor = async (p) => {
    for (let i = 0; i < held.length; ) {
      if (under2(p, held[i].path)) {
        await w.add(held[i]);
        entries++;
        held.splice(i, 1);
      } else i++;
    }
  };
  const input = await decompress(createReadStream2(raw));
  for await (const { entry, body } of readTar(input)) {
    const p = entry.path;
    if (p === "." || p === "") {
      body.resume();
      continue;
    }
    if (created.has(p) && (entry.type === "dir" || entry.type === "file" && entry.size === 0)) {
      body.resume();
      continue;
    }
    const mode = ancestorMode.get(p);
    if (mode !== void 0 && entry.type === "dir" && (entry.mode & 4095) === mode) {
      held.push(entry);
      body.resume();
      continue;
    }
    await flushFor(p);
    await w.add(entry, entry.type === "file" ? body : void 0);
    if (entry.type !== "file") body.resume();
    entries++;
  }
  await w.finish();
  return { entries };
}

// src/sandbox/docker/executor.ts
function containerEnv(env) {
  return env.some((e) => e.startsWith("HOSTNAME=")) ? env : [...env, "HOSTNAME"];
}
var DockerExecutor = class {
  constructor(opts) {
    this.opts = opts;
    this.volumePrefix = `hoist-cache-${createHash2("sha256").update(path2.resolve(opts.cacheDir)).digest("hex").slice(0, 12)}`;
  }
  opts;
  name = "docker";
  client;
  /** Hex digests of blobs loaded as parents (skipped when exporting). */
  known = /* @__PURE__ */ new Set();
  parents = /* @__PURE__ */ new Map();
  probes = /* @__PURE__ */ new Map();
  /** Volume names of cache mounts carry the cache dir's key: two cache dirs never share a volume. */
  volumePrefix;
  warned = false;
  /** The Engine API client (made again after close(): the builder closes executors after each build). */
  get engine() {
    this.client ??= new DockerEngine(this.opts.socketPath);
    return this.client;
  }
  /** Tags this executor's parent images carry (see parentRef). */
  owner = `${process.pid}-${randomBytes(4).toString("hex")}`;
  /** Removes containers (and committed step images) left by hoist processes that are gone. */
  async sweep() {
    const list = await this.engine.json("GET", "/containers/json", { query: { all: true, filters: JSON.stringify({ label: ["org.hoist.sandbox"] }) } });
    for (const c of list ?? []) {
      const m = /^\/hoist-(?:run|probe)-(\d+)-/.exec(c.Names?.[0] ?? "");
      if (!m || pidAlive(Number(m[1]))) continue;
      await this.engine.request("DELETE", `/containers/${c.Id}`, { query: { force: true, v: true }, allow: [404, 409] }).then((r) => r.body.text()).catch(() => void 0);
    }
    const images = await this.engine.json("GET", "/images/json", { query: { filters: JSON.stringify({ reference: [`${PARENT_REPO}:*`] }) } });
    for (const tag of (images ?? []).flatMap((i) => i.RepoTags ?? [])) {
      const m = new RegExp(`^${PARENT_REPO}:[0-9a-f]{64}-(\\d+)-[0-9a-f]+$`).exec(tag);
      if (!m || pidAlive(Number(m[1]))) continue;
      await this.engine.request("DELETE", `/images/${tag}`, { query: { force: true }, allow: [404, 409] }).then((r) => r.body.text()).catch(() => void 0);
    }
  }
  parent(req) {
    const key = req.layers.map((l) => l.diffId).join(",");
    let p = this.parents.get(key);
    if (!p) {
      p = ensureParent(this.engine, req.layers, this.opts.tempDir, this.known, this.owner);
      p.catch(() => this.parents.delete(key));
      this.parents.set(key, p);
    }
    return p;
  }
  async prepareMounts(req, scratch, signal) {
    const out = { mounts: [], slots: [], slotsById: /* @__PURE__ */ new Map(), scratch, cacheRoots: [], proxies: [] };
    const add = (m, i) => this.mount(m, i, out, signal);
    for (const [i, m] of req.mounts.entries()) await add(m, i);
    const hostResolv = await readFile2("/etc/resolv.conf", "utf8").catch(() => void 0);
    const hostname = req.hostname || DEFAULT_HOSTNAME;
    for (const [target, content] of [["/etc/hosts", hostsFile(hostname, req.extraHosts)], ["/etc/resolv.conf", resolvConf(hostResolv, req.network !== "none")]]) {
      if (req.mounts.some((m) => m.target === target)) continue;
      const file = path2.join(scratch, path2.basename(target));
      await writeFile(file, content, { mode: 420 });
      out.mounts.push({ Type: "bind", Source: file, Target: target, ReadOnly: true });
    }
    for (const [i, f] of (req.heredocFiles ?? []).entries()) {
      const file = path2.join(scratch, `heredoc-${i}`);
      await writeFile(file, f.content, { mode: f.mode });
      await chmod(file, f.mode);
      out.mounts.push({ Type: "bind", Source: file, Target: f.path, ReadOnly: true });
    }
    return out;
  }
  async mount(m, i, out, signal) {
    switch (m.type) {
      case "bind": {
        let source = m.source;
        if (!m.readonly) {
          source = path2.join(out.scratch, `bind-${i}`);
          await sys("cp", ["-a", "--", m.source, source]);
        }
        out.mounts.push({ Type: "bind", Source: source, Target: m.target, ReadOnly: m.readonly });
        return;
      }
      case "tmpfs":
        out.mounts.push({ Type: "tmpfs", Target: m.target, TmpfsOptions: m.size !== void 0 ? { SizeBytes: m.size } : {} });
        return;
      case "secret": {
        const content = await readFile2(m.source).catch((e) => {
          if (e.code === "ENOENT" && !m.required) return void 0;
          throw new SandboxError(`secret for ${m.target}: cannot read its source (${e.code ?? e.message})`);
        });
        if (content === void 0) return;
        const file = path2.join(out.scratch, `secret-${i}`);
        await writeFile(file, content, { mode: 384 });
        await chmod(file, m.mode);
        out.mounts.push({ Type: "bind", Source: file, Target: m.target, ReadOnly: true });
        return;
      }
      case "ssh": {
        const root = process.getuid?.() === 0;
        const proxy = await startSocketProxy(path2.join(out.scratch, `ssh-${i}.sock`), m.source, root ? { mode: m.mode, owner: { uid: m.uid, gid: m.gid } } : { mode: m.uid === 0 && m.gid === 0 ? m.mode : 438 }).catch((e) => {
          throw new SandboxError(`ssh agent for ${m.target}: ${e.message}`);
        });
        out.proxies.push(proxy);
        out.mounts.push({ Type: "bind", Source: proxy.path, Target: m.target, ReadOnly: false });
        return;
      }
      case "cache": {
        if (m.from && !this.warned) {
          this.warned = true;
          this.opts.log("docker executor: cache mount from= is not applied (named volumes)");
        }
        let slot = out.slotsById.get(m.id);
        if (!slot) {
          slot = await takeCacheSlot(path2.join(this.opts.cacheDir, "docker-cache-locks"), m.id, m.sharing, signal);
          out.slots.push(slot);
          out.slotsById.set(m.id, slot);
        }
        const volume = `${this.volumePrefix}-${slot.slot}`;
        if (m.uid || m.gid || m.mode !== void 0 && m.mode !== 493) {
          const r = await this.engine.request("GET", `/volumes/${volume}`, { allow: [404] });
          await r.body.text().catch(() => "");
          if (r.status === 404) out.cacheRoots.push({ target: m.target, uid: m.uid ?? 0, gid: m.gid ?? 0, mode: m.mode ?? 493 });
        }
        out.mounts.push({ Type: "volume", Source: volume, Target: m.target, ReadOnly: m.readonly, VolumeOptions: { NoCopy: true } });
        return;
      }
    }
  }
  async run(req) {
    const tracked = this.opts.handleSignals === false ? { signal: req.signal ?? new AbortController().signal, settle: () => void 0 } : trackRun(req.signal);
    const p = this.runTracked(req, tracked.signal);
    tracked.settle(p);
    return p;
  }
  async runTracked(req, signal) {
    const id = `${process.pid}-${randomBytes(6).toString("hex")}`;
    const scratch = path2.join(this.opts.tempDir, `hoist-docker-${id}`);
    await mkdir(scratch, { recursive: true, mode: 448 });
    const outTar = path2.join(this.opts.tempDir, `hoist-diff-${id}.tar`);
    const raw = path2.join(scratch, "layer.raw");
    let container;
    let committed;
    let prepared;
    try {
      const image = await this.parent(req);
      const probes = await this.probe(image, [...req.mounts.map((m) => m.target), ...(req.heredocFiles ?? []).map((f) => f.path)]);
      prepared = await this.prepareMounts(req, scratch, signal);
      const created = await this.engine.json("POST", "/containers/create", {
        query: { name: `hoist-run-${id}` },
        json: {
          Image: image,
          Cmd: req.argv,
          Entrypoint: null,
          Env: containerEnv(withEnvEntries(req.env, req.secretEnv ?? [])),
          WorkingDir: req.cwd || "/",
          User: req.user,
          Hostname: req.hostname || DEFAULT_HOSTNAME,
          Tty: false,
          OpenStdin: false,
          AttachStdout: true,
          AttachStderr: true,
          Labels: { "org.hoist.sandbox": "run" },
          HostConfig: {
            NetworkMode: req.network === "none" ? "none" : "host",
            Mounts: prepared.mounts,
            ExtraHosts: (req.extraHosts ?? []).map((h) => `${h.host}:${h.ip}`),
            Ulimits: (req.ulimits ?? []).map((u) => ({ Name: u.name, Soft: u.soft, Hard: u.hard }))
          }
        }
      });
      container = created.Id;
      for (const r of prepared.cacheRoots) await this.setCacheRoot(container, r);
      signal.throwIfAborted();
      const last = new LastLines();
      const exit = await this.startAndWait(container, req, last, signal);
      if (signal.aborted) throw new RunCancelledError(req.argv);
      if (exit !== 0) throw new RunError(req.argv, exit, last.get());
      await this.refuseWhiteoutNames(container);
      committed = `hoist-sandbox/step:${id}`;
      const blank = (req.secretEnv ?? []).map((e) => `${e.slice(0, e.indexOf("="))}=`);
      await this.engine.json("POST", "/commit", { query: { container, repo: "hoist-sandbox/step", tag: id, pause: false }, ...blank.length ? { json: { Env: blank } } : {} });
      const inspect = await this.engine.json("GET", `/images/${committed}/json`);
      if ((inspect?.RootFS?.Layers?.length ?? 0) <= Math.max(1, req.layers.length)) {
        await writeFile(outTar, Buffer.alloc(1024), { mode: 384 });
        return { exitCode: 0, diffTar: outTar, empty: true, release: () => rm2(outTar, { force: true }) };
      }
      await exportTopLayer(this.engine, committed, this.known, raw, scratch);
      const { entries } = await filterLayer(raw, outTar, probes);
      return { exitCode: 0, diffTar: outTar, empty: entries === 0, release: () => rm2(outTar, { force: true }) };
    } catch (e) {
      await rm2(outTar, { force: true });
      if (signal.aborted && !(e instanceof RunError)) throw new RunCancelledError(req.argv);
      throw e;
    } finally {
      if (container) {
        await this.engine.request("POST", `/containers/${container}/kill`, { allow: [404, 409] }).then((r) => r.body.text()).catch(() => void 0);
        await this.engine.request("DELETE", `/containers/${container}`, { query: { force: true, v: true }, allow: [404] }).then((r) => r.body.text()).catch((e) => this.opts.log(`docker executor cleanup: ${e.message}`));
      }
      if (committed) await this.engine.request("DELETE", `/images/${committed}`, { query: { force: true }, allow: [404, 409] }).then((r) => r.body.text()).catch(() => void 0);
      await Promise.all([...(prepared?.slots ?? []).map((s) => s.release()), ...(prepared?.proxies ?? []).map((p) => p.close())]);
      await rm2(scratch, { recursive: true, force: true });
    }
  }
  /**
   * What exists of each mount target in `image`, asked of a throwaway container without mounts (the
   * archive API mounts a container's own binds to answer, which would create the very stubs looked for).
   */
  async probe(image, targets) {
    if (targets.length === 0) return [];
    const key = `${image}\0${targets.join("\0")}`;
    const hit = this.probes.get(key);
    if (hit) return hit;
    const c = await this.engine.json("POST", "/containers/create", {
      query: { name: `hoist-probe-${process.pid}-${randomBytes(6).toString("hex")}` },
      json: { Image: image, Cmd: ["true"], Labels: { "org.hoist.sandbox": "probe" } }
    });
    try {
      const probes = await probeTargets(this.engine, c.Id, targets);
      this.probes.set(key, probes);
      return probes;
    } finally {
      await this.engine.request("DELETE", `/containers/${c.Id}`, { query: { force: true }, allow: [404] }).then((r) => r.body.text()).catch(() => void 0);
    }
  }
  /**
   * Sets the owner and mode of a new cache volume's root: a one-directory archive extracted into the target's
   * parent in the created container (the archive API mounts the container's volumes; a directory entry over an
   * existing directory only applies its metadata, and the volume root is what is mounted there).
   */
  async setCacheRoot(container, r) {
    const chunks = [];
    const sink = new PassThrough2();
    sink.on("data", (c) => chunks.push(c));
    const tar = new TarWriter(sink);
    await tar.add({ path: path2.posix.basename(r.target), type: "dir", mode: r.mode, uid: r.uid, gid: r.gid, size: 0, mtime: Math.floor(Date.now() / 1e3) });
    await tar.finish();
    await this.engine.request("PUT", `/containers/${container}/archive`, { query: { path: path2.posix.dirname(r.target) }, body: Readable.from([Buffer.concat(chunks)]), headers: { "content-type": "application/x-tar" } }).then((res) => res.body.text()).catch((e) => {
      throw new SandboxError(`cache mount ${r.target}: cannot set its owner ${r.uid}:${r.gid} and mode ${r.mode.toString(8)} (${e.message})`);
    });
  }
  /** A file the step named `.wh.*` would be read as a whiteout by every unpacker: the step fails. */
  async refuseWhiteoutNames(container) {
    const changes = await this.engine.json("GET", `/containers/${container}/changes`) ?? [];
    const bad = (changes ?? []).find((c) => c.Kind !== 2 && path2.posix.basename(c.Path).startsWith(".wh."));
    if (bad) throw new SandboxError(`RUN created ${bad.Path}: a name starting with ".wh." would be read as a whiteout; such files cannot be stored in a layer`);
  }
  async startAndWait(container, req, last, signal) {
    const kill = () => {
      void this.engine.request("POST", `/containers/${container}/kill`, { allow: [404, 409] }).then((r) => r.body.text()).catch(() => void 0);
    };
    signal.addEventListener("abort", kill, { once: true });
    try {
      await this.engine.request("POST", `/containers/${container}/start`).then((r) => r.body.text());
      const logs = await this.engine.request("GET", `/containers/${container}/logs`, { query: { follow: 1, stdout: 1, stderr: 1 } });
      const push = demultiplexer((stream, chunk) => {
        last.push(chunk);
        req.onOutput(stream, chunk);
      });
      for await (const chunk of logs.body) push(chunk);
      const w = await this.engine.json("POST", `/containers/${container}/wait`);
      return w?.StatusCode ?? 1;
    } finally {
      signal.removeEventListener("abort", kill);
    }
  }
  /** Removes this cache dir's cache-mount volumes from the daemon (the build cache, not run state). */
  async removeCacheVolumes() {
    const list = await this.engine.json("GET", "/volumes", { query: { filters: JSON.stringify({ name: [this.volumePrefix] }) } });
    for (const v of list?.Volumes ?? []) {
      if (!v.Name.startsWith(this.volumePrefix)) continue;
      await this.engine.request("DELETE", `/volumes/${v.Name}`, { query: { force: true }, allow: [404, 409] }).then((r) => r.body.text()).catch(() => void 0);
    }
  }
  async close() {
    const refs = await Promise.allSettled([...this.parents.values()]);
    for (const r of refs) {
      if (r.status !== "fulfilled") continue;
      await this.engine.request("DELETE", `/images/${r.value}`, { query: { force: true }, allow: [404, 409] }).then((x) => x.body.text()).catch(() => void 0);
    }
    this.parents.clear();
    this.probes.clear();
    const c = this.client;
    this.client = void 0;
    await c?.close();
  }
};

// src/sandbox/native.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { createWriteStream as createWriteStream3 } from "node:fs";
import { mkdir as mkdir2, rm as rm3, stat as stat2 } from "node:fs/promises";
import { pipeline as pipeline2 } from "node:stream/promises";
import path3 from "node:path";

// src/sandbox/worker-client.ts
import { spawn } from "node:child_process";
function toError(msg, argv) {
  switch (msg.name) {
    case "RunError":
      return new RunError(argv, msg.exitCode ?? 1, msg.lastOutput ?? []);
    case "RunCancelledError":
    case "AbortError":
      return new RunCancelledError(argv);
    default:
      return new SandboxError(msg.message);
  }
}
var WorkerProcess = class {
  constructor(launcher, privateMounts) {
    this.launcher = launcher;
    const worker = [launcher.node, launcher.script];
    const argv = privateMounts ? [...launcher.privilege, launcher.setpriv, "--pdeathsig=TERM", "--", launcher.unshare, "--mount", "--propagation", "private", "--", ...worker] : [...launcher.privilege, ...worker];
    const [cmd, ...args] = argv;
    this.child = spawn(cmd, args, { env: SYSTEM_ENV, stdio: ["pipe", "pipe", "pipe"], detached: true });
    this.child.stdout.on("data", (c) => this.onData(c));
    this.child.stderr.on("data", (d) => {
      this.stderr = (this.stderr + d.toString("utf8")).slice(-4e3);
    });
    this.child.stdin.on("error", () => void 0);
    this.closed = new Promise((resolve) => {
      this.child.on("error", (e) => {
        this.dead = new SandboxError(`cannot start the sandbox worker (${cmd}): ${e.message}`);
      });
      this.child.on("close", (code, sig) => {
        this.dead ??= new SandboxError(`sandbox worker (${cmd}) ended (${sig ?? `exit ${code}`})${this.stderr.trim() ? `: ${this.stderr.trim()}` : ""}`);
        for (const [id, p] of this.pending) this.settle(id, p, () => p.reject(p.opts.signal?.aborted ? new RunCancelledError(p.opts.argv ?? []) : this.dead));
        resolve();
      });
    });
    this.idle();
  }
  launcher;
  child;
  pending = /* @__PURE__ */ new Map();
  decoder = new FrameDecoder();
  nextId = 1;
  stderr = "";
  closed;
  dead;
  /** True once the process has ended (a new one is needed). */
  get ended() {
    return this.dead !== void 0;
  }
  onData(chunk) {
    let frames;
    try {
      frames = this.decoder.push(chunk);
    } catch (e) {
      this.dead = e;
      this.child.kill("SIGKILL");
      return;
    }
    for (const f of frames) {
      const p = this.pending.get(f.id);
      if (!p) continue;
      if (f.type === FrameType.stdout) p.opts.onOutput?.("stdout", f.payload);
      else if (f.type === FrameType.stderr) p.opts.onOutput?.("stderr", f.payload);
      else {
        const msg = JSON.parse(f.payload.toString("utf8"));
        if (msg.kind === "log") p.opts.onLog?.(msg.message);
        else if (msg.kind === "result") this.settle(f.id, p, () => p.resolve(msg.value));
        else this.settle(f.id, p, () => p.reject(toError(msg, p.opts.argv ?? [])));
      }
    }
  }
  settle(id, p, fn) {
    this.pending.delete(id);
    if (p.onAbort) p.opts.signal?.removeEventListener("abort", p.onAbort);
    fn();
    this.idle();
  }
  /** An idle worker must not keep hoist alive; a busy one must. */
  idle() {
    const busy = this.pending.size > 0;
    for (const s of [this.child.stdout, this.child.stderr, this.child.stdin]) {
      if (busy) s.ref?.();
      else s.unref?.();
    }
    if (busy) this.child.ref();
    else this.child.unref();
  }
  /** Sends a request; resolves with its result or rejects with RunError, RunCancelledError or SandboxError. */
  request(req, opts = {}) {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const p = { resolve, reject, opts };
      this.pending.set(id, p);
      this.idle();
      this.child.stdin.write(`${JSON.stringify({ id, req })}
`);
      if (opts.signal) {
        p.onAbort = () => void this.child.stdin.write(`${JSON.stringify({ cancel: id })}
`);
        if (opts.signal.aborted) p.onAbort();
        else opts.signal.addEventListener("abort", p.onAbort, { once: true });
      }
    });
  }
  /** Ends the worker (it cancels what is still running and cleans up) and waits for it. */
  async close() {
    if (!this.child.stdin.writableEnded) this.child.stdin.end();
    this.child.ref();
    await this.closed;
  }
};
async function callWorker(l, req, opts = {}) {
  const w = new WorkerProcess(l, false);
  try {
    return await w.request(req, opts);
  } finally {
    await w.close();
  }
}

// src/sandbox/views.ts
var active2 = /* @__PURE__ */ new Set();
function addView(root) {
  active2.add(root);
}
function removeView(root) {
  active2.delete(root);
}
function underView(p) {
  for (const v of active2) if (p === v || p.startsWith(`${v}/`)) return true;
  return false;
}

// src/sandbox/native.ts
var NativeExecutor = class {
  constructor(opts) {
    this.opts = opts;
    this.asRoot = opts.launcher.privilege.length === 0;
  }
  opts;
  name = "native";
  asRoot;
  unpacking = /* @__PURE__ */ new Map();
  /** The privileged worker serving this executor's runs (started on first use, again if it died). */
  worker;
  /** Set by close(): a warm-up still fetching then starts no worker and unpacks nothing (its dir is gone). */
  closed = false;
  /** This build's in-memory layer directory (decided on the first unpack), or undefined for the on-disk store. */
  memoryDir;
  memoryLayerDir() {
    this.memoryDir ??= (async () => {
      if (!this.opts.memoryLayers || !await onTmpfs(MEMORY_ROOT)) return void 0;
      return newMemoryDir();
    })();
    return this.memoryDir;
  }
  serving() {
    if (!this.worker || this.worker.ended) {
      this.worker = new WorkerProcess(this.opts.launcher, true);
      if (this.opts.handleSignals !== false) {
        this.untrackWorker?.();
        this.untrackWorker = trackResource(() => this.stopWorker());
      }
    }
    return this.worker;
  }
  untrackWorker;
  /** Starts the privileged worker now, so its start overlaps with unpacking the first step's layers. */
  prestart() {
    this.serving();
  }
  /** Unpacks the layers in the background (a run on them joins the unpacking under way). */
  prepare(layers) {
    this.layerDirs(layers).catch(() => void 0);
  }
  /** Removes what crashed runs left in the temp dir and in the layer store. */
  async sweep() {
    await this.sweepWith(void 0);
  }
  /** The sweep, also removing `own` (this build's in-memory layers) when given. */
  async sweepWith(own) {
    if (this.asRoot) {
      await sweepTemp(this.opts.tempDir, this.opts.log);
      await sweepLayerTemps(this.opts.cacheDir);
      await sweepMemoryDirs(own);
      return;
    }
    await callWorker(this.opts.launcher, { op: "sweep", tempDir: this.opts.tempDir, cacheDir: this.opts.cacheDir, memoryDir: own }, { onLog: this.opts.log });
  }
  /** Unpacked directories of the layers, bottom to top (unpacking the missing ones). */
  async layerDirs(layers) {
    return Promise.all(layers.map((l) => this.unpackViaWorker(l)));
  }
  /** The worker's unpacks, one at a time (creating inodes is what they wait on; two at once only contend). */
  unpackQueue = Promise.resolve();
  /** Unpacks queued or running. */
  queued = 0;
  /** Callers waiting for the queue to empty. */
  idleWaiters = [];
  /** Runs `f` after the unpacks queued before it. */
  serially(f) {
    this.queued++;
    const p = this.unpackQueue.then(f, f).finally(() => {
      if (--this.queued === 0) for (const w of this.idleWaiters.splice(0)) w();
    });
    this.unpackQueue = p.catch(() => void 0);
    return p;
  }
  /** Resolves once no unpack is queued or running. */
  whenIdle() {
    return this.queued === 0 ? Promise.resolve() : new Promise((r) => this.idleWaiters.push(r));
  }
  unpackViaWorker(layer) {
    let p = this.unpacking.get(layer.diffId);
    if (!p) {
      p = (async () => {
        const dir = layerDir(this.opts.cacheDir, layer.diffId);
        if (await stat2(dir).then(() => true, () => false)) return dir;
        const t0 = performance.now();
        let ref = await layer.file?.();
        const local = ref?.path;
        const blob = local ?? path3.join(this.opts.tempDir, `hoist-blob-${process.pid}-${randomBytes2(6).toString("hex")}`);
        try {
          if (!local) {
            await mkdir2(this.opts.tempDir, { recursive: true });
            await pipeline2(await layer.open(), createWriteStream3(blob, { mode: 384 }));
          }
          const t1 = performance.now();
          let t2 = t1;
          const memoryDir = await this.memoryLayerDir();
          if (ref?.growing) {
            const g = ref.growing;
            let end;
            void g.done.then((failed) => end = { failed });
            while (!end && this.queued > 0) await Promise.race([g.done, this.whenIdle()]);
            if (end) {
              if (end.failed) throw end.failed;
              ref = { path: g.final };
            }
          }
          const growing = ref?.growing;
          const file = ref?.path ?? blob;
          const checked = ref?.checked;
          const unpacked = this.serially(async () => {
            t2 = performance.now();
            if (this.closed) throw new Error(`layer ${layer.diffId}: not unpacked, the sandbox executor is closed`);
            const stop = new AbortController();
            let failure;
            void growing?.done.then((e) => {
              failure = e;
              if (e) stop.abort();
            });
            try {
              return await this.serving().request(
                { op: "unpack", cacheDir: this.opts.cacheDir, diffId: layer.diffId, blob: file, memoryDir, growing: growing && { final: growing.final, size: growing.size } },
                { onLog: this.opts.log, signal: stop.signal }
              );
            } catch (e) {
              throw failure ?? e;
            }
          });
          const r = await unpacked.catch(async (e) => {
            throw await checked ?? e;
          });
          const bad = await checked;
          if (bad) throw bad;
          if (this.opts.trace) {
            const where = r.dir.startsWith(`${MEMORY_ROOT}/`) ? " (in memory)" : "";
            this.opts.log(`sandbox: layer ${digestHex(layer.diffId).slice(0, 12)} ${growing ? "first bytes" : "fetched"} ${(t1 - t0).toFixed(0)} ms, queued ${(t2 - t1).toFixed(0)} ms, unpacked ${(performance.now() - t2).toFixed(0)} ms${where}`);
          }
          return r.dir;
        } finally {
          if (!local) await rm3(blob, { force: true });
        }
      })();
      p.catch(() => this.unpacking.delete(layer.diffId));
      this.unpacking.set(layer.diffId, p);
    }
    return p;
  }
  async run(req) {
    const tracked = this.opts.handleSignals === false ? { signal: req.signal ?? new AbortController().signal, settle: () => void 0 } : trackRun(req.signal);
    const p = this.runTracked(req, tracked.signal);
    tracked.settle(p);
    return p;
  }
  async runTracked(req, signal) {
    await mkdir2(this.opts.tempDir, { recursive: true });
    const t = performance.now();
    await mkdir2(path3.join(this.opts.cacheDir, "layers"), { recursive: true });
    const layerDirs = await this.layerDirs(req.layers);
    if (this.opts.trace) this.opts.log(`sandbox: layers ready ${(performance.now() - t).toFixed(1)} ms`);
    const id = `${process.pid}-${randomBytes2(6).toString("hex")}`;
    const outTar = path3.join(this.opts.tempDir, `hoist-diff-${id}.tar`);
    const uid = process.getuid?.() ?? 0;
    const gid = process.getgid?.() ?? 0;
    try {
      const fresh = req.mounts.some((m) => m.type === "bind" && underView(m.source) || m.type === "cache" && m.from !== void 0 && underView(m.from));
      const worker = fresh ? new WorkerProcess(this.opts.launcher, true) : this.serving();
      const r = await worker.request(
        {
          op: "run",
          runDir: path3.join(this.opts.tempDir, `${RUN_DIR_PREFIX}${id}`),
          cacheDir: this.opts.cacheDir,
          layerDirs,
          argv: req.argv,
          env: req.env,
          cwd: req.cwd,
          user: req.user,
          network: req.network,
          hostname: req.hostname,
          extraHosts: req.extraHosts,
          ulimits: req.ulimits,
          secretEnv: req.secretEnv,
          mounts: req.mounts,
          heredocFiles: req.heredocFiles?.map((f) => ({ path: f.path, mode: f.mode, content: f.content.toString("base64") })),
          sourceDateEpoch: req.sourceDateEpoch,
          outTar,
          owner: this.asRoot ? void 0 : { uid, gid },
          trace: this.opts.trace,
          mounter: this.opts.mounter,
          layersDir: path3.join(this.opts.cacheDir, "layers")
        },
        { onOutput: req.onOutput, onLog: this.opts.log, signal, argv: req.argv }
      ).finally(() => fresh ? worker.close() : void 0);
      return { exitCode: 0, diffTar: r.diffTar, empty: r.empty, diffId: r.diffId, release: () => rm3(r.diffTar, { force: true }) };
    } catch (e) {
      await rm3(outTar, { force: true }).catch(() => void 0);
      throw e;
    }
  }
  /** Ends the privileged worker (a new one starts on the next run). */
  async stopWorker() {
    const w = this.worker;
    this.worker = void 0;
    this.untrackWorker?.();
    this.untrackWorker = void 0;
    await w?.close();
  }
  async close() {
    this.closed = true;
    await this.stopWorker();
    const own = await this.memoryDir;
    await this.sweepWith(own).catch((e) => this.opts.log(`sandbox cleanup: ${e.message}`));
  }
};

// src/sandbox/privileges.ts
import { mkdtemp, rm as rm4 } from "node:fs/promises";
import path4 from "node:path";
var PROBE = `set -e
cd "$1"
mkdir l u w m
echo x > l/f
mount -t overlay overlay -o lowerdir=l,upperdir=u,workdir=w m
rm m/f
[ -c u/f ]
`;
async function probeNative(tempDir, uid = process.getuid?.() ?? -1) {
  const [setpriv, unshare, sh] = await Promise.all([which("setpriv"), which("unshare"), which("sh")]);
  if (!setpriv || !unshare || !sh) return { ok: false, reason: "util-linux `setpriv` and `unshare` are not installed" };
  let privilege = [];
  if (uid !== 0) {
    const sudo = await which("sudo");
    if (!sudo) return { ok: false, reason: "not root, and `sudo` is not installed" };
    const r = await sys(sudo, ["-n", "true"], { allowFail: true }).catch(() => ({ code: 1, stderr: "cannot run sudo" }));
    if (r.code !== 0) return { ok: false, reason: `not root, and passwordless sudo is not available (${r.stderr || "sudo -n true failed"})` };
    privilege = [sudo, "-n", "--"];
  }
  const dir = await mkdtemp(path4.join(tempDir, "hoist-probe-"));
  try {
    const [cmd, ...args] = [...privilege, unshare, "--mount", "--propagation", "private", "--", sh, "-c", PROBE, "probe", dir];
    const r = await sys(cmd, args, { allowFail: true });
    if (r.code !== 0) return { ok: false, reason: `overlayfs with namespaces does not work in ${tempDir}: ${r.stderr || `exit ${r.code}`}` };
  } finally {
    if (privilege.length) await sys(privilege[0], [...privilege.slice(1), "rm", "-rf", "--one-file-system", dir], { allowFail: true });
    else await rm4(dir, { recursive: true, force: true });
  }
  return { ok: true, privilege, setpriv, unshare };
}

// src/sandbox/worker-script.ts
import { createHash as createHash3 } from "node:crypto";
import { existsSync } from "node:fs";
import { lstat, mkdir as mkdir3, rename, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import path5 from "node:path";
import { fileURLToPath } from "node:url";
var here = path5.dirname(fileURLToPath(import.meta.url));
var built;
function bundledWorkerScript() {
  return path5.join(here, "sandbox-worker.js");
}
async function bundleWorkerFromSources(outDir) {
  const entry = path5.join(here, "worker-main.ts");
  if (!existsSync(entry)) throw new Error(`no sandbox worker: neither ${bundledWorkerScript()} nor ${entry} exists`);
  await mkdir3(outDir, { recursive: true });
  const name = "esbuild";
  const esbuild = await import(name);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: path5.join(outDir, "worker.mjs"),
    write: false,
    logLevel: "error",
    banner: { js: "import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);" }
  });
  const bytes = result.outputFiles[0].contents;
  const out = path5.join(outDir, `hoist-sandbox-worker-${createHash3("sha256").update(bytes).digest("hex").slice(0, 16)}.mjs`);
  if (!existsSync(out)) {
    const tmp = `${out}.${process.pid}.tmp`;
    await writeFile2(tmp, bytes, { mode: 420 });
    await rename(tmp, out);
  }
  return out;
}
async function privateWorkerDir(base = tmpdir()) {
  const uid = process.getuid?.() ?? 0;
  const dir = path5.join(base, `hoist-worker-${uid}`);
  await mkdir3(dir, { mode: 448 }).catch((e) => {
    if (e.code !== "EEXIST") throw e;
  });
  const st = await lstat(dir);
  if (!st.isDirectory() || st.uid !== uid || (st.mode & 63) !== 0) throw new Error(`${dir} is not a private directory of uid ${uid} (mode 0700): remove it`);
  return dir;
}
function resolveWorkerScript() {
  const bundled = bundledWorkerScript();
  if (existsSync(bundled)) return Promise.resolve(bundled);
  const reuse = async (out) => out !== void 0 && existsSync(out) ? out : bundleWorkerFromSources(await privateWorkerDir());
  built = (built ?? Promise.resolve(void 0)).then(reuse, () => reuse(void 0));
  return built;
}

// src/sandbox/index.ts
function dockerSocketFromHost(dockerHost) {
  if (!dockerHost) return void 0;
  if (dockerHost.startsWith("unix://")) return dockerHost.slice("unix://".length);
  return dockerHost.startsWith("/") ? dockerHost : void 0;
}
function launcherFor(support, script) {
  return { privilege: support.privilege, node: process.execPath, script, setpriv: support.setpriv, unshare: support.unshare };
}
async function nativeLauncher(tempDir, scriptOpt) {
  let script;
  try {
    script = scriptOpt ?? await resolveWorkerScript();
  } catch (e) {
    return e.message;
  }
  if (!existsSync2(script)) return `the sandbox worker script ${script} is missing (bundle src/sandbox/worker-main.ts)`;
  const support = await probeNative(tempDir);
  return support.ok ? launcherFor(support, script) : support.reason;
}
async function createExecutor(opts) {
  await mkdir4(opts.tempDir, { recursive: true });
  await mkdir4(opts.cacheDir, { recursive: true });
  const socket = opts.dockerSocket ?? "/var/run/docker.sock";
  const reasons = [];
  const tryNative = async () => {
    const l = await nativeLauncher(opts.tempDir, opts.workerScript);
    if (typeof l === "string") {
      reasons.push(`native sandbox: ${l}`);
      return void 0;
    }
    const ex = new NativeExecutor({ cacheDir: opts.cacheDir, tempDir: opts.tempDir, launcher: l, log: opts.log, handleSignals: opts.handleSignals, trace: opts.trace, memoryLayers: opts.memoryLayers });
    void ex.sweep().catch((e) => opts.log(`sandbox: cleaning up earlier runs: ${e.message}`));
    ex.prestart();
    opts.log(`RUN executor: native (${l.privilege.length ? "sudo" : "root"})`);
    return ex;
  };
  const tryDocker = async () => {
    const engine = new DockerEngine(socket);
    const ok = await engine.ping();
    await engine.close();
    if (!ok) {
      reasons.push(`Docker executor: no Docker daemon answers on ${socket}`);
      return void 0;
    }
    opts.log(`RUN executor: docker (${socket})`);
    const ex = new DockerExecutor({ socketPath: socket, cacheDir: opts.cacheDir, tempDir: opts.tempDir, log: opts.log, handleSignals: opts.handleSignals });
    await ex.sweep().catch((e) => opts.log(`sandbox: cleaning up earlier containers: ${e.message}`));
    return ex;
  };
  const order = opts.prefer === "docker" ? [tryDocker, tryNative] : [tryNative, tryDocker];
  for (const t of order) {
    const ex = await t();
    if (ex) return ex;
  }
  throw new SandboxError(
    `RUN needs root or passwordless sudo (with util-linux setpriv/unshare and overlayfs), or a Docker daemon:
  ${reasons.join("\n  ")}`
  );
}
async function mountRootfs(layers, opts) {
  await mkdir4(opts.tempDir, { recursive: true });
  if (process.getuid?.() === 0) return rootView(layers, opts);
  const l = await nativeLauncher(opts.tempDir, opts.workerScript);
  if (typeof l === "string") throw new SandboxError(`cannot mount a view of the layers: ${l}`);
  const dir = await mkdtemp2(path6.join(opts.tempDir, `${VIEW_DIR_PREFIX}${process.pid}-`));
  const ex = new NativeExecutor({ cacheDir: opts.cacheDir, tempDir: opts.tempDir, launcher: l, log: () => void 0, handleSignals: false });
  const cleanup = async () => {
    await callWorker(l, { op: "unmount-view", dir });
  };
  const untrack = trackResource(cleanup);
  try {
    await callWorker(l, { op: "mount-view", dir, layerDirs: await ex.layerDirs(layers) });
    await ex.stopWorker();
  } catch (e) {
    await ex.stopWorker().catch(() => void 0);
    untrack();
    await cleanup().catch(() => void 0);
    throw e;
  }
  const root = path6.join(dir, "root");
  addView(root);
  return { path: root, release: async () => {
    removeView(root);
    untrack();
    await cleanup();
  } };
}
async function exportTarPrivileged(views, file, opts) {
  await mkdir4(opts.tempDir, { recursive: true });
  const l = await nativeLauncher(opts.tempDir, opts.workerScript);
  if (typeof l === "string") throw new SandboxError(`keeping the image's file owners needs root or passwordless sudo: ${l}`);
  const dir = await mkdtemp2(path6.join(opts.tempDir, `${VIEW_DIR_PREFIX}${process.pid}-`));
  const ex = new NativeExecutor({ cacheDir: opts.cacheDir, tempDir: opts.tempDir, launcher: l, log: () => void 0, handleSignals: false });
  const untrack = trackResource(() => callWorker(l, { op: "unmount-view", dir }).then(() => void 0));
  try {
    const resolved = [];
    for (const v of views) resolved.push({ name: v.name, layerDirs: await ex.layerDirs(v.layers) });
    await callWorker(l, { op: "export-tar", dir, views: resolved, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0, ...opts.mtime !== void 0 ? { mtime: opts.mtime } : {} });
    await mkdir4(path6.dirname(path6.resolve(file)), { recursive: true });
    await moveFile(path6.join(dir, EXPORT_TAR_FILE), file);
  } finally {
    await ex.stopWorker().catch(() => void 0);
    untrack();
    await rm5(dir, { recursive: true, force: true }).catch(() => void 0);
  }
}
async function moveFile(from, to) {
  try {
    await rename2(from, to);
  } catch (e) {
    if (e.code !== "EXDEV") throw e;
    await copyFile(from, to);
    await rm5(from, { force: true });
  }
}
async function rootView(layers, opts) {
  const dir = await mkdtemp2(path6.join(opts.tempDir, `${VIEW_DIR_PREFIX}${process.pid}-`));
  const root = path6.join(dir, "root");
  const cleanup = async () => {
    await unmountAll(dir);
    await removeTree(dir);
  };
  const untrack = trackResource(cleanup);
  try {
    try {
      if (opts.copy) throw new Error("union copy asked for");
      const dirs = await new LayerStore(opts.cacheDir).ensureAll(layers);
      await mountLowerView(path6.join(dir, "links"), dirs, root);
    } catch {
      await unmountAll(dir);
      await rm5(root, { recursive: true, force: true });
      await mkdir4(root, { recursive: true });
      for (const l of layers) await applyLayer(await decompressBlob(await l.open()), root);
    }
  } catch (e) {
    untrack();
    await cleanup().catch(() => void 0);
    throw e;
  }
  addView(root);
  return { path: root, release: async () => {
    removeView(root);
    untrack();
    await cleanup();
  } };
}

// src/build/annotations.ts
var TYPES = ["manifest", "index", "manifest-descriptor", "index-descriptor"];
var TYPE = String.raw`[a-z-]+(?:\[[A-Za-z0-9_/-]+\])?`;
var KEY = new RegExp(String.raw`^((?:${TYPE})(?:,(?:${TYPE}))*:)?(\S+)$`);
var ONE_TYPE = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/;
function emptyAnnotations() {
  return { index: {}, indexDescriptor: {}, manifest: {}, manifestDescriptor: {} };
}
function parseAnnotation(line) {
  const eq = line.indexOf("=");
  if (eq < 0) return { error: "expected [TYPE:]KEY=VALUE" };
  const head = line.slice(0, eq);
  if (eq === 0 || head.endsWith(":")) return { error: "empty key" };
  const m = KEY.exec(head);
  if (!m) return { error: "expected [TYPE:]KEY=VALUE, the key without spaces" };
  const types = [];
  for (const t of m[1] ? m[1].slice(0, -1).split(",") : ["manifest"]) {
    const [, type, platform] = ONE_TYPE.exec(t);
    if (!TYPES.includes(type)) return { error: `unrecognized annotation type ${type} (manifest, index, manifest-descriptor or index-descriptor)` };
    let p = "";
    if (platform) {
      try {
        p = formatPlatform(parseTargetPlatform(platform));
      } catch (e) {
        return { error: e.message };
      }
    }
    types.push({ type, platform: p });
  }
  return { types, key: m[2], value: line.slice(eq + 1) };
}
function splitAnnotations(lines, skip = () => void 0) {
  const out = emptyAnnotations();
  for (const line of lines) {
    const a = parseAnnotation(line);
    if ("error" in a) {
      skip(line, a.error);
      continue;
    }
    for (const { type, platform } of a.types) {
      if (type === "index") out.index[a.key] = a.value;
      else if (type === "index-descriptor") out.indexDescriptor[a.key] = a.value;
      else ((type === "manifest" ? out.manifest : out.manifestDescriptor)[platform] ??= {})[a.key] = a.value;
    }
  }
  return out;
}
function annotationsFor(a, platform) {
  const p = formatPlatform(normalizePlatform(platform));
  return {
    manifest: { ...a?.manifest[""], ...p ? a?.manifest[p] : void 0 },
    manifestDescriptor: { ...a?.manifestDescriptor[""], ...p ? a?.manifestDescriptor[p] : void 0 }
  };
}
function annotationsNeedOci(a) {
  if (!a) return false;
  return Object.keys(a.index).length + Object.keys(a.indexDescriptor).length > 0 || Object.values(a.manifestDescriptor).some((x) => Object.keys(x).length > 0);
}
function unplacedIndexAnnotations(a, platforms, attested) {
  if (!a || platforms > 1 || attested) return [];
  return [...Object.keys(a.index).map((k) => `index:${k}`), ...Object.keys(a.indexDescriptor).map((k) => `index-descriptor:${k}`)];
}
function nonEmpty(pairs) {
  return pairs && Object.keys(pairs).length > 0 ? pairs : void 0;
}

// src/build/output.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createWriteStream as createWriteStream4 } from "node:fs";
import { mkdir as mkdir5, mkdtemp as mkdtemp3, readdir, rm as rm6, stat as stat3 } from "node:fs/promises";
import path7 from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";
import { createReadStream as createReadStream3 } from "node:fs";
var CONTAINER_CONFIG_FIELDS = ["User", "ExposedPorts", "Env", "Entrypoint", "Cmd", "Volumes", "WorkingDir", "Labels", "StopSignal", "ArgsEscaped", "Healthcheck", "OnBuild", "Shell"];
function isEmptyValue(v) {
  if (v === void 0 || v === null || v === false || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === "object" && Object.keys(v).length === 0;
}
function emptyValues(m) {
  const out = {};
  for (const k of Object.keys(m).sort()) out[k] = {};
  return out;
}
function canonicalHealthcheck(h) {
  const out = {};
  for (const k of ["Test", "Interval", "Timeout", "StartPeriod", "StartInterval", "Retries"]) {
    if (!isEmptyValue(h[k]) && h[k] !== 0) out[k] = h[k];
  }
  return out;
}
function canonicalHistory(h) {
  const out = {};
  for (const k of ["created", "created_by", "author", "comment", "empty_layer"]) {
    if (!isEmptyValue(h[k])) out[k] = h[k];
  }
  return out;
}
function canonicalConfig(c) {
  if (c.config) {
    const src = c.config;
    const cc = {};
    for (const k of CONTAINER_CONFIG_FIELDS) {
      if (isEmptyValue(src[k])) continue;
      cc[k] = k === "Labels" ? sortedKeys(src[k]) : k === "Volumes" || k === "ExposedPorts" ? emptyValues(src[k]) : k === "Healthcheck" ? canonicalHealthcheck(src[k]) : src[k];
      if (isEmptyValue(cc[k])) delete cc[k];
    }
    c = { ...c, config: cc };
  }
  if (Array.isArray(c.history)) c = { ...c, history: c.history.map(canonicalHistory) };
  const out = {};
  for (const k of ["architecture", "author", "config", "created", "history", "os", "os.features", "os.version", "rootfs", "variant"]) {
    const v = c[k];
    const omitEmpty = k !== "architecture" && k !== "os" && k !== "config" && k !== "rootfs";
    if (v !== void 0 && !(omitEmpty && isEmptyValue(v))) out[k] = v;
  }
  return out;
}
function layerTypeFor(layer, family) {
  if (familyOf(layer.mediaType) === family) return layer.mediaType;
  const compression = compressionOf(layer.mediaType);
  if (family === "docker" && compression !== "gzip") {
    throw new Error(`layer ${layer.digest} is ${compression}-compressed, which Docker schema2 cannot describe; use OCI media types`);
  }
  return layerMediaType(family, compression);
}
function assembleImage(image, format, annotations) {
  const family = format.compression === "zstd" ? "oci" : format.family;
  const config = canonicalConfig({ ...image.config, architecture: image.config.architecture || image.platform.architecture, os: image.config.os || image.platform.os });
  const configBytes = toBytes(config);
  const configDigest = digestOf(configBytes);
  const layers = image.layers.map((l) => ({ ...l, mediaType: layerTypeFor(l, family) }));
  const manifestAnnotations = nonEmpty(annotationsFor(annotations, platformOf(config)).manifest);
  const manifest = buildManifest(family, { digest: configDigest, size: configBytes.length }, layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })), manifestAnnotations);
  const manifestBytes = toBytes(manifest);
  return {
    platform: image.platform,
    config,
    configBytes,
    configDigest,
    manifestBytes,
    manifestDigest: digestOf(manifestBytes),
    manifestMediaType: manifest.mediaType,
    layers,
    baseName: image.baseName
  };
}
function platformOf(c) {
  const { os, architecture, variant } = normalizePlatform({ os: c.os, architecture: c.architecture, variant: c.variant });
  return variant ? { os, architecture, variant } : { os, architecture };
}
function isIndexImage(image) {
  return image.artifacts.length > 1 || (image.attestations?.length ?? 0) > 0;
}
function toPushable(artifacts, annotations, attestations = []) {
  const family = familyOf(artifacts[0].manifestMediaType) ?? "oci";
  const descriptorAnnotations = (a) => family === "oci" ? nonEmpty(annotationsFor(annotations, platformOf(a.config)).manifestDescriptor) : void 0;
  if (artifacts.length === 1 && attestations.length === 0) {
    const a = artifacts[0];
    const top2 = descriptorAnnotations(a);
    return { artifacts, topBytes: a.manifestBytes, topDigest: a.manifestDigest, topMediaType: a.manifestMediaType, ...top2 ? { topAnnotations: top2 } : {} };
  }
  if (attestations.length > 0 && family !== "oci") throw new Error("attestations (provenance) need OCI media types: Docker manifest lists cannot list them");
  const manifests = artifacts.map((a) => {
    const desc = descriptorAnnotations(a);
    return { mediaType: a.manifestMediaType, digest: a.manifestDigest, size: a.manifestBytes.length, ...desc ? { annotations: sortedKeys(desc) } : {}, platform: platformOf(a.config) };
  });
  const index = buildIndex(family, [...manifests, ...attestations.map((x) => x.descriptor)], family === "oci" ? annotations?.index : void 0);
  const topBytes = toBytes(index);
  const top = family === "oci" ? nonEmpty(annotations?.indexDescriptor) : void 0;
  return { artifacts, ...attestations.length ? { attestations } : {}, topBytes, topDigest: digestOf(topBytes), topMediaType: mediaTypesFor(family).index, ...top ? { topAnnotations: top } : {} };
}
async function writeOciLayout(dir, image, tags, openLayer, fullNames, created) {
  const layout = await OciLayout.open(dir).catch(() => OciLayout.create(dir));
  for (const a of image.artifacts) {
    for (const l of a.layers) if (!await layout.hasBlob(l.digest)) await layout.writeBlob(await openLayer(l), l.digest);
    await layout.writeBlob(a.configBytes, a.configDigest);
    await layout.writeBlob(a.manifestBytes, a.manifestDigest);
  }
  for (const x of image.attestations ?? []) {
    await layout.writeBlob(x.layerBytes, x.layer.digest);
    await layout.writeBlob(x.configBytes, x.configDigest);
    await layout.writeBlob(x.manifestBytes, x.manifestDigest);
  }
  if (isIndexImage(image)) await layout.writeBlob(image.topBytes, image.topDigest);
  const base = { ...image.topAnnotations };
  if (created !== void 0 && base[CREATED_ANNOTATION] === void 0) base[CREATED_ANNOTATION] = created;
  const platform = isIndexImage(image) ? void 0 : platformOf(image.artifacts[0].config);
  const withAnnotations = (a) => ({
    mediaType: image.topMediaType,
    digest: image.topDigest,
    size: image.topBytes.length,
    ...Object.keys(a).length ? { annotations: sortedKeys(a) } : {},
    ...platform ? { platform } : {}
  });
  if (tags.length === 0) await layout.addManifest(withAnnotations(base));
  for (const [i, t] of tags.entries()) {
    const name = fullNames?.[i];
    await layout.addManifest(withAnnotations(name ? { ...base, "io.containerd.image.name": name } : base), t);
  }
}
var CREATED_ANNOTATION = "org.opencontainers.image.created";
function exportTime(sourceDateEpoch, now) {
  return new Date(sourceDateEpoch !== void 0 ? sourceDateEpoch * 1e3 : now).toISOString().replace(/\.\d{3}Z$/, "Z");
}
async function writeDockerArchive(file, image, repoTags, openLayer, tempDir, created) {
  if (image.artifacts.length !== 1) throw new Error("a docker load archive holds one platform; build one platform or use oci:DIR");
  const a = image.artifacts[0];
  const stageDir = await mkdtemp3(path7.join(tempDir, "docker-archive-"));
  try {
    await writeOciLayout(stageDir, image, repoTags.map((t) => t.slice(t.lastIndexOf(":") + 1)), openLayer, repoTags.map(fullName), created);
    const blobPath = (d) => `blobs/sha256/${digestHex(d)}`;
    const manifestJson = Buffer.from(JSON.stringify([{ Config: blobPath(a.configDigest), RepoTags: repoTags, Layers: a.layers.map((l) => blobPath(l.digest)) }]));
    const extra = [["manifest.json", manifestJson]];
    const repos = {};
    for (const t of repoTags) {
      const i = t.lastIndexOf(":");
      if (i > t.lastIndexOf("/")) (repos[t.slice(0, i)] ??= {})[t.slice(i + 1)] = digestHex(a.manifestDigest);
    }
    if (Object.keys(repos).length) extra.push(["repositories", Buffer.from(JSON.stringify(repos))]);
    await packLayout(stageDir, file, () => 420, extra);
  } finally {
    await rm6(stageDir, { recursive: true, force: true });
  }
}
async function packLayout(layoutDir, file, modeOf, extra = []) {
  const pack = (0, import_tar_stream.pack)();
  await mkdir5(path7.dirname(path7.resolve(file)), { recursive: true });
  const out = pipeline3(pack, createWriteStream4(file));
  const done = (res, rej) => (e) => e ? rej(e) : res();
  const dir = (name) => new Promise((res, rej) => pack.entry({ name, type: "directory", mode: 493, mtime: /* @__PURE__ */ new Date(0) }, done(res, rej)));
  const add = (name, data) => new Promise((res, rej) => pack.entry({ name, mode: modeOf(name), mtime: /* @__PURE__ */ new Date(0) }, data, done(res, rej)));
  const addFile = async (name, p) => {
    const size = (await stat3(p)).size;
    await new Promise((res, rej) => {
      const entry = pack.entry({ name, size, mode: modeOf(name), mtime: /* @__PURE__ */ new Date(0) }, done(res, rej));
      createReadStream3(p).pipe(entry);
    });
  };
  try {
    await dir("blobs/");
    await dir("blobs/sha256/");
    for (const name of (await readdir(path7.join(layoutDir, "blobs/sha256"))).sort()) await addFile(`blobs/sha256/${name}`, path7.join(layoutDir, "blobs/sha256", name));
    await addFile("index.json", path7.join(layoutDir, "index.json"));
    await addFile("oci-layout", path7.join(layoutDir, "oci-layout"));
    for (const [name, data] of extra) await add(name, data);
  } finally {
    pack.finalize();
  }
  await out;
}
async function writeOciTarball(file, image, tags, openLayer, tempDir, fullNames, created) {
  const stageDir = await mkdtemp3(path7.join(tempDir, "oci-tarball-"));
  try {
    await writeOciLayout(stageDir, image, tags, openLayer, fullNames, created);
    await packLayout(stageDir, file, (name) => name === "index.json" ? 420 : 292);
  } finally {
    await rm6(stageDir, { recursive: true, force: true });
  }
}
function fullName(familiar) {
  return formatReference(parseReference(familiar), "full");
}

// src/build/docker-load.ts
import { createReadStream as createReadStream4 } from "node:fs";
import { mkdtemp as mkdtemp4, rm as rm7 } from "node:fs/promises";
import path8 from "node:path";
function loadSocket(dockerHost) {
  if (!dockerHost) return "/var/run/docker.sock";
  const socket = dockerSocketFromHost(dockerHost);
  if (socket === void 0) throw new Error(`loading into Docker needs a unix socket; DOCKER_HOST is "${dockerHost}"`);
  return socket;
}
function parseLoadAnswer(text) {
  const loaded2 = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let m;
    try {
      m = JSON.parse(line);
    } catch {
      return { loaded: loaded2, error: `unexpected answer: ${line.slice(0, 200)}` };
    }
    if (m.error || m.errorDetail) return { loaded: loaded2, error: m.errorDetail?.message ?? m.error };
    const s = m.stream?.trim();
    if (s) loaded2.push(s.replace(/^Loaded image( ID)?: /, ""));
  }
  return { loaded: loaded2 };
}
async function loadIntoDocker(socketPath, image, repoTags, openLayer, tempDir) {
  if (image.artifacts.length !== 1) throw new Error(`loading into Docker takes one platform, not ${image.artifacts.length}: build one platform, or write type=oci`);
  const dir = await mkdtemp4(path8.join(tempDir, "docker-load-"));
  const engine = new DockerEngine(socketPath);
  try {
    const file = path8.join(dir, "image.tar");
    await writeDockerArchive(file, image, repoTags, openLayer, dir);
    let answer;
    try {
      const res = await engine.request("POST", "/images/load", { query: { quiet: 1 }, body: createReadStream4(file), headers: { "content-type": "application/x-tar" } });
      answer = await res.body.text();
    } catch (e) {
      throw new Error(`loading the image into Docker (${socketPath}): ${e.message}`);
    }
    const { loaded: loaded2, error } = parseLoadAnswer(answer);
    if (error) throw new Error(`loading the image into Docker (${socketPath}): ${error}`);
    const info = loaded2.length ? await engine.json("GET", `/images/${loaded2[0]}/json`, { allow: [404] }).catch(() => void 0) : void 0;
    return { loaded: loaded2, id: info?.Id };
  } finally {
    await engine.close().catch(() => void 0);
    await rm7(dir, { recursive: true, force: true });
  }
}

// src/build/output-spec.ts
import path9 from "node:path";
var ANNOTATION_ATTR = /^annotation(?:-([a-z-]+))?(?:\[([A-Za-z0-9_/-]+)\])?\.(\S+)$/;
function isFilesystemOutput(o) {
  return o.kind === "local" || o.kind === "tar";
}
function unknownAttributesNotice(spec) {
  const u = spec.unknown ?? [];
  return u.length ? `unknown attribute${u.length > 1 ? "s" : ""} ${u.join(", ")} ignored` : void 0;
}
var OutputSpecError = class extends Error {
  constructor(value, detail) {
    super(`--output "${value}": ${detail}`);
    this.value = value;
    this.name = "OutputSpecError";
  }
  value;
};
var IGNORED_IMAGE_ATTRS = /* @__PURE__ */ new Set([
  "compression",
  "compression-level",
  "force-compression",
  "oci-mediatypes",
  "oci-artifact",
  "registry.insecure",
  "unpack",
  "store",
  "dangling-name-prefix",
  "name-canonical",
  "buildinfo",
  "buildinfo-attrs",
  "rewrite-timestamp"
]);
var IGNORED_FS_ATTRS = /* @__PURE__ */ new Set(["platform-split"]);
function parseBool2(value, key, raw) {
  try {
    return parseBool(key, value);
  } catch {
    throw new OutputSpecError(raw, `${key} must be true or false, got "${value}"`);
  }
}
function fieldsOf(value, raw) {
  try {
    return splitCsv(value, "output");
  } catch (e) {
    throw new OutputSpecError(raw, e.message);
  }
}
function parseOutputSpec(raw, cwd) {
  const value = raw.trim();
  if (value === "") throw new OutputSpecError(raw, "empty value");
  if (value.startsWith("oci:")) {
    if (value.length === 4) throw new OutputSpecError(raw, "oci:DIR needs a directory");
    return { output: { kind: "oci", dir: path9.resolve(cwd, value.slice(4)) }, push: false, names: [], ignored: [] };
  }
  if (value.startsWith("docker:")) {
    if (value.length === 7) throw new OutputSpecError(raw, "docker:FILE needs a file");
    return { output: { kind: "docker", file: path9.resolve(cwd, value.slice(7)) }, push: false, names: [], ignored: [] };
  }
  const fields = fieldsOf(value, raw);
  if (fields.length === 1 && fields[0] === value && !value.toLowerCase().startsWith("type=")) {
    if (fields[0] === "-") throw new OutputSpecError(raw, "writing to stdout is not supported (hoist prints the image digest there); give a file");
    return { output: { kind: "local", dir: path9.resolve(cwd, fields[0]) }, push: false, names: [], ignored: [] };
  }
  const attrs = /* @__PURE__ */ new Map();
  for (const f of fields) {
    const eq = f.indexOf("=");
    if (eq <= 0) throw new OutputSpecError(raw, `"${f}" is not key=value`);
    attrs.set(f.slice(0, eq).trim().toLowerCase(), f.slice(eq + 1));
  }
  const type = attrs.get("type");
  if (type === void 0) throw new OutputSpecError(raw, "type= is missing (local, tar, oci, docker, registry, image or cacheonly)");
  attrs.delete("type");
  const take = (key) => {
    const v = attrs.get(key);
    attrs.delete(key);
    return v;
  };
  const dest = () => {
    const d = take("dest");
    if (d === void 0 || d === "") throw new OutputSpecError(raw, `type=${type} needs dest=`);
    if (d === "-") throw new OutputSpecError(raw, "dest=- (stdout) is not supported (hoist prints the image digest there); give a file");
    return path9.resolve(cwd, d);
  };
  const names = () => (take("name") ?? "").split(",").map((n) => n.trim()).filter(Boolean);
  const byDigest = () => {
    const v = take("push-by-digest");
    return v !== void 0 && parseBool2(v, "push-by-digest", raw) ? { pushByDigest: true } : {};
  };
  const finish = (spec, ignorable) => {
    const ignored = [];
    const unknown = [];
    const annotations = [];
    for (const [key, v] of attrs) {
      if (ignorable !== IGNORED_FS_ATTRS && /^annotation[-.[]/.test(key)) {
        const m = ANNOTATION_ATTR.exec(key);
        if (!m) throw new OutputSpecError(raw, `could not parse annotation ${key} (annotation[-TYPE][[PLATFORM]].KEY=VALUE)`);
        annotations.push(`${m[1] ?? "manifest"}${m[2] ? `[${m[2]}]` : ""}:${m[3]}=${v}`);
      } else (ignorable.has(key) ? ignored : unknown).push(key);
    }
    return { ...spec, ignored, ...unknown.length ? { unknown } : {}, ...annotations.length ? { annotations } : {} };
  };
  switch (type) {
    case "local":
      return finish({ output: { kind: "local", dir: dest() }, push: false, names: [] }, IGNORED_FS_ATTRS);
    case "tar":
      return finish({ output: { kind: "tar", file: dest() }, push: false, names: [] }, IGNORED_FS_ATTRS);
    case "oci": {
      const d = dest();
      const tar = take("tar");
      const asTar = tar === void 0 ? true : parseBool2(tar, "tar", raw);
      return finish({ output: asTar ? { kind: "oci-tar", file: d } : { kind: "oci", dir: d }, push: false, names: names() }, IGNORED_IMAGE_ATTRS);
    }
    case "docker": {
      if (!attrs.has("dest")) {
        take("context");
        return finish({ output: { kind: "load" }, push: false, names: names() }, IGNORED_IMAGE_ATTRS);
      }
      const d = dest();
      const tar = take("tar");
      if (tar !== void 0 && !parseBool2(tar, "tar", raw)) throw new OutputSpecError(raw, "type=docker is always a tarball (use type=oci,tar=false for a directory)");
      return finish({ output: { kind: "docker", file: d }, push: false, names: names() }, IGNORED_IMAGE_ATTRS);
    }
    case "registry": {
      const p = take("push");
      return finish({ push: p === void 0 || parseBool2(p, "push", raw), ...byDigest(), names: names() }, IGNORED_IMAGE_ATTRS);
    }
    case "image": {
      const p = take("push");
      return finish({ push: p !== void 0 && parseBool2(p, "push", raw), ...byDigest(), names: names() }, IGNORED_IMAGE_ATTRS);
    }
    case "cacheonly":
      return finish({ push: false, names: [] }, /* @__PURE__ */ new Set());
    default:
      throw new OutputSpecError(raw, `unknown type "${type}" (local, tar, oci, docker, registry, image or cacheonly)`);
  }
}
function platformDirName(p) {
  const variant = p.architecture === "arm64" && p.variant === "v8" ? void 0 : p.variant;
  return [p.os, p.architecture, variant].filter(Boolean).join("_");
}

// src/build/run-build.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import path17 from "node:path";

// src/build/builder.ts
import path15 from "node:path";

// src/context/hash.ts
import { createHash as createHash4 } from "node:crypto";
import { createReadStream as createReadStream5, lstatSync, readFileSync } from "node:fs";
import { readFile as readFile3, readlink, writeFile as writeFile3, rename as rename3, mkdir as mkdir6 } from "node:fs/promises";
import path10 from "node:path";

// src/context/digest-prefetch.ts
import { Worker } from "node:worker_threads";
var signature = (st) => `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, fstatSync, readSync, closeSync, constants } = require('node:fs');
const { createHash } = require('node:crypto');
const chunk = Buffer.allocUnsafe(1 << 20);
let out = [];
let since = Date.now();
const flush = () => { parentPort.postMessage(out); out = []; since = Date.now(); };
for (const abs of workerData) {
  let result = null;
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (st.isFile()) {
      const h = createHash('sha256');
      let n;
      while ((n = readSync(fd, chunk, 0, chunk.length, null)) > 0) h.update(chunk.subarray(0, n));
      result = [st.dev + ':' + st.ino + ':' + st.size + ':' + st.mtimeMs + ':' + st.ctimeMs, h.digest('hex')];
    }
  } catch {}
  if (fd !== undefined) try { closeSync(fd); } catch {}
  out.push(result);
  if (out.length >= 256 || Date.now() - since >= 5) flush();
}
flush();
`;
var NEAR = 512;
var DigestPrefetch = class {
  /** Every file's result by path, as a promise that settles when the worker has read it (or gave up). */
  results = /* @__PURE__ */ new Map();
  unsettled = /* @__PURE__ */ new Map();
  order;
  index = /* @__PURE__ */ new Map();
  /** How many files the worker has reported. */
  next = 0;
  worker;
  /** Starts reading the files at these absolute paths (nothing is started for an empty list). */
  constructor(paths) {
    this.order = [...new Set(paths)];
    this.order.forEach((abs, i) => this.index.set(abs, i));
    for (const abs of this.order) this.results.set(abs, new Promise((r) => this.unsettled.set(abs, r)));
    if (this.order.length === 0) return;
    try {
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.order });
    } catch {
      this.settleAll();
      return;
    }
    this.worker.on("message", (batch) => {
      for (const r of batch) {
        const abs = this.order[this.next++];
        if (abs !== void 0) this.settle(abs, r ? { sig: r[0], digest: r[1] } : void 0);
      }
    });
    this.worker.on("error", () => this.settleAll());
    this.worker.on("exit", () => this.settleAll());
  }
  /** How many files are still being read. */
  get outstanding() {
    return this.unsettled.size;
  }
  /** The file at `abs` as the worker read it; undefined when it was not asked for or not readable. */
  get(abs) {
    return this.results.get(abs);
  }
  /**
   * `get`, but only for a file the worker has read or will read soon (within `NEAR` files of where it is):
   * for one further on, reading it now is faster than waiting for everything before it.
   */
  near(abs) {
    const at = this.index.get(abs);
    return at !== void 0 && at < this.next + NEAR ? this.results.get(abs) : void 0;
  }
  settle(abs, r) {
    const resolve = this.unsettled.get(abs);
    if (!resolve) return;
    this.unsettled.delete(abs);
    resolve(r);
  }
  settleAll() {
    for (const abs of [...this.unsettled.keys()]) this.settle(abs, void 0);
  }
  /** Stops the worker; whatever it has not read yet resolves to undefined. Waits at most a second for it. */
  async close() {
    const w = this.worker;
    this.worker = void 0;
    this.settleAll();
    if (!w) return;
    let timer;
    await Promise.race([w.terminate().catch(() => void 0), new Promise((r) => timer = setTimeout(r, 1e3))]);
    clearTimeout(timer);
  }
};

// src/context/hash.ts
var PREFETCH_LIMITS = { files: 1e5, bytes: 1 << 30 };
var ContextHasher = class _ContextHasher {
  constructor(cacheFile) {
    this.cacheFile = cacheFile;
  }
  cacheFile;
  known = /* @__PURE__ */ new Map();
  dirty = false;
  prefetched;
  /** A hasher that remembers file digests in `cacheFile` between builds (or only in memory). */
  static async open(cacheFile) {
    const h = new _ContextHasher(cacheFile);
    if (cacheFile) {
      try {
        const data = JSON.parse(await readFile3(cacheFile, "utf8"));
        for (const [k, v] of Object.entries(data)) h.known.set(k, v);
      } catch {
      }
    }
    return h;
  }
  /** Writes the remembered digests back (best effort). */
  async save() {
    if (!this.cacheFile || !this.dirty) return;
    await mkdir6(path10.dirname(this.cacheFile), { recursive: true });
    const tmp = `${this.cacheFile}.${process.pid}.tmp`;
    await writeFile3(tmp, JSON.stringify(Object.fromEntries(this.known)));
    await rename3(tmp, this.cacheFile);
    this.dirty = false;
  }
  /**
   * Starts reading the files under the COPY/ADD context sources a build will hash (`sources`, wildcards allowed,
   * resolved here as COPY resolves them) on a worker thread (digest-prefetch.ts) while the build does other
   * things; `hashTree` then waits for a digest instead of reading, when the worker read the file `hashTree` sees
   * (same stat signature) and has got near it. Missing sources are skipped, and files past the limits are left
   * to `hashTree`. Best effort: it never fails.
   */
  async prefetch(context, sources, limits = PREFETCH_LIMITS) {
    const found = /* @__PURE__ */ new Set();
    for (const src of sources) {
      try {
        for (const m of await context.resolveSource(src)) found.add(context.resolveSync(m));
      } catch {
      }
    }
    const roots = [...found].sort();
    const outer = roots.filter((r) => !roots.some((a) => a !== r && (a === "" || r.startsWith(`${a}/`))));
    const paths = [];
    let bytes = 0;
    walk: for (const rel of outer) {
      try {
        for (const e of context.walkSync(rel)) {
          if (!e.stat.isFile() || this.known.has(`${e.abs}\0${signature(e.stat)}`)) continue;
          if (paths.length >= limits.files) break walk;
          if (bytes + e.stat.size > limits.bytes) continue;
          paths.push(e.abs);
          bytes += e.stat.size;
        }
      } catch {
      }
    }
    if (paths.length === 0) return;
    void this.prefetched?.close();
    this.prefetched = new DigestPrefetch(paths);
  }
  /** Stops reading ahead (the build is over). */
  async close() {
    await this.prefetched?.close();
    this.prefetched = void 0;
  }
  /** sha256 (hex) of a file's bytes, remembered by stat signature (read again only when the file changed). */
  async digestOfFile(abs) {
    const st = lstatSync(abs);
    return this.fileDigest(abs, signature(st), st.size);
  }
  async fileDigest(abs, sig, size) {
    const key = `${abs}\0${sig}`;
    const known = this.known.get(key);
    if (known) return known;
    const read = await this.prefetched?.near(abs);
    if (read?.sig === sig) {
      this.known.set(key, read.digest);
      this.dirty = true;
      return read.digest;
    }
    const hash = createHash4("sha256");
    if (size <= 1 << 20) hash.update(readFileSync(abs));
    else for await (const chunk of createReadStream5(abs)) hash.update(chunk);
    const digest = hash.digest("hex");
    this.known.set(key, digest);
    this.dirty = true;
    return digest;
  }
  /**
   * Hash of the tree at `rel` (its root entry included, named `name`), following a symlink at the root as COPY
   * does. `exclude` is tested on paths relative to the tree root.
   */
  async hashTree(tree, rel, name, exclude, links) {
    const root = await tree.resolve(rel);
    const hash = createHash4("sha256");
    const record2 = (fields) => {
      const line = Buffer.from(JSON.stringify(fields));
      const len = Buffer.alloc(4);
      len.writeUInt32BE(line.length);
      hash.update(len);
      hash.update(line);
    };
    for (const e of tree.walkSync(root)) {
      const relName = e.rel === root ? "" : e.rel.slice(root === "" ? 0 : root.length + 1);
      const st = e.stat;
      if (relName !== "" && exclude?.(relName, st.isDirectory())) continue;
      const type = st.isFile() ? "f" : st.isDirectory() ? "d" : st.isSymbolicLink() ? "l" : st.isFIFO() ? "p" : st.isCharacterDevice() ? "c" : st.isBlockDevice() ? "b" : "s";
      const fields = [relName === "" ? name : relName, type, st.mode & 4095];
      if (type === "f") {
        fields.push(st.size, await this.fileDigest(e.abs, signature(st), st.size));
        if (links && st.nlink > 1) {
          const id = `${st.dev}:${st.ino}`;
          const first = links.seen.get(id);
          if (first !== void 0) fields.push(["hardlink", first]);
          else links.seen.set(id, `${links.at}\0${relName}`);
        }
      } else if (type === "l") fields.push(await readlink(e.abs));
      else if (type === "c" || type === "b") fields.push(Number(st.rdev));
      record2(fields);
    }
    return hash.digest("hex");
  }
};

// src/build/context-sources.ts
var URL_SOURCE = /^[a-z][a-z0-9+.-]*:\/\/|^git@/i;
function copySources(stages) {
  const out = /* @__PURE__ */ new Set();
  for (const stage2 of stages) {
    for (const instr of stage2.ast.instructions) {
      if (instr.kind !== "COPY" && instr.kind !== "ADD") continue;
      if (instr.kind === "COPY" && instr.from !== void 0) continue;
      for (const src of instr.sources) {
        if (src.includes("$") || instr.kind === "ADD" && URL_SOURCE.test(src)) continue;
        out.add(cleanSource(src));
      }
    }
  }
  return [...out].sort();
}

// src/build/blobs.ts
import { createHash as createHash5 } from "node:crypto";
import { createReadStream as createReadStream7 } from "node:fs";
import { mkdir as mkdir7, open as open2, readFile as readFile4, rename as rename4, rm as rm8, stat as stat4, unlink, writeFile as writeFile4 } from "node:fs/promises";
import path11 from "node:path";
import { PassThrough as PassThrough4 } from "node:stream";

// src/build/fs-view.ts
function keptAttributes(e) {
  if (e.type === "char" || e.type === "block") return { devmajor: e.devmajor ?? 0, devminor: e.devminor ?? 0 };
  const cap = e.type === "file" ? e.xattrs?.["security.capability"] : void 0;
  return cap ? { xattrs: { "security.capability": cap } } : {};
}
function summaryOf(value, diffId) {
  const s = value;
  return s && s.v === 1 && s.diffId === diffId && Array.isArray(s.entries) ? s : void 0;
}
var SUMMARY_FILES = ["etc/passwd", "etc/group"];
var TYPE_CHARS = { file: "f", dir: "d", symlink: "l", hardlink: "h", char: "c", block: "b", fifo: "p" };
var CHAR_TYPES = Object.fromEntries(Object.entries(TYPE_CHARS).map(([k, v]) => [v, k]));
function summaryEntry(path25, n) {
  const e = [path25, TYPE_CHARS[n.type], n.mode, n.uid, n.gid, n.mtime, n.size];
  if (n.linkname !== void 0) e.push(n.linkname);
  return e;
}
var normalizePath = cleanSource;
function parentOf(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
function baseOf(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
var ROOT = { type: "dir", mode: 493, uid: 0, gid: 0, mtime: 0, size: 0 };
var ResolveError = class extends Error {
  constructor(path25, reason) {
    super(`cannot resolve "/${path25}": ${reason}`);
    this.path = path25;
    this.name = "ResolveError";
  }
  path;
};
var FsView = class _FsView {
  nodes = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  childIndex;
  /** Builds a view from summaries, bottom layer first. */
  static fromSummaries(summaries) {
    const view = new _FsView();
    for (const s of summaries) view.apply(s);
    return view;
  }
  /** A copy of this view (views are cheap to copy: one Map copy). */
  clone() {
    const v = new _FsView();
    for (const [k, n] of this.nodes) v.nodes.set(k, n);
    for (const [k, f] of this.files) v.files.set(k, f);
    return v;
  }
  /** Applies one layer summary on top of this view. */
  apply(s) {
    this.childIndex = void 0;
    for (const dir of s.opaques) this.removeChildren(normalizePath(dir));
    for (const w of s.whiteouts) this.remove(normalizePath(w));
    for (const [path25, t, mode, uid, gid, mtime, size, linkname] of s.entries) {
      const p = normalizePath(path25);
      const node = { type: CHAR_TYPES[t] ?? "file", mode, uid, gid, mtime, size };
      if (linkname !== void 0) node.linkname = linkname;
      const id = s.ids?.[path25];
      if (id !== void 0) node.id = id;
      const old = this.nodes.get(p);
      if (old && old.type === "dir" && node.type !== "dir") this.removeChildren(p);
      this.set(p, node);
      this.files.delete(p);
    }
    for (const [p, content] of Object.entries(s.files)) this.files.set(normalizePath(p), content);
  }
  /** Sets (adds or replaces) one entry, creating nothing implicitly. */
  set(path25, node) {
    this.childIndex = void 0;
    if (path25 === "") return;
    this.nodes.set(path25, node);
  }
  /** Removes an entry and everything below it. */
  remove(path25) {
    this.childIndex = void 0;
    this.nodes.delete(path25);
    this.files.delete(path25);
    this.removeChildren(path25);
  }
  removeChildren(dir) {
    const prefix = dir === "" ? "" : `${dir}/`;
    for (const k of [...this.nodes.keys()]) if (k.startsWith(prefix) && k !== dir) this.nodes.delete(k);
    for (const k of [...this.files.keys()]) if (k.startsWith(prefix) && k !== dir) this.files.delete(k);
  }
  /** lstat: the entry at exactly this path (no symlink following); the root always exists. */
  lstat(path25) {
    return path25 === "" ? this.nodes.get("") ?? ROOT : this.nodes.get(path25);
  }
  /**
   * Resolves a path inside the root as securejoin does: every symlink met (and the last component when
   * `followLast`) is followed relative to the root; '..' never climbs above it. Returns the resolved path,
   * which may not exist. With `jail` (a path under the root), resolution is confined there instead: absolute
   * link targets start at the jail, and '..' stops at it (an archive's own view of where it is extracted).
   */
  resolve(path25, followLast = true, jail = "") {
    const base = normalizePath(jail).split("/").filter(Boolean);
    const rel = normalizePath(path25).split("/").filter(Boolean);
    if (base.some((p, i) => rel[i] !== p)) throw new ResolveError(path25, `is not under ${jail}`);
    let pending = rel.slice(base.length);
    const done = [...base];
    let hops = 0;
    while (pending.length > 0) {
      const part = pending.shift();
      if (part === "..") {
        if (done.length > base.length) done.pop();
        continue;
      }
      const candidate = [...done, part].join("/");
      const node = this.nodes.get(candidate);
      const isLast = pending.length === 0;
      if (node?.type === "symlink" && (!isLast || followLast)) {
        if (++hops > 255) throw new ResolveError(path25, "too many levels of symbolic links");
        const target = node.linkname ?? "";
        const parts = target.split("/").filter((x) => x !== "" && x !== ".");
        if (target.startsWith("/")) done.length = base.length;
        pending = [...parts, ...pending];
        continue;
      }
      done.push(part);
    }
    return done.join("/");
  }
  /** stat: follows symlinks (inside the root). */
  stat(path25) {
    return this.lstat(this.resolve(path25));
  }
  /** Content of a small file the summaries kept (e.g. etc/passwd), following symlinks. */
  readSmallFile(path25) {
    return this.files.get(this.resolve(path25));
  }
  /** Names of a directory's direct children, sorted by byte order. */
  children(dir) {
    if (!this.childIndex) {
      const idx = /* @__PURE__ */ new Map();
      for (const k of this.nodes.keys()) {
        const parent = parentOf(k);
        let list = idx.get(parent);
        if (!list) idx.set(parent, list = []);
        list.push(baseOf(k));
      }
      for (const list of idx.values()) list.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      this.childIndex = idx;
    }
    return this.childIndex.get(dir) ?? [];
  }
  /** Number of entries (for logs and tests). */
  get size() {
    return this.nodes.size;
  }
};

// src/build/download.ts
import { open } from "node:fs/promises";
import { Readable as Readable2 } from "node:stream";
var READ_CHUNK = 1 << 20;
var Download = class {
  constructor(tmp, final) {
    this.tmp = tmp;
    this.final = final;
    this.done = new Promise((r) => this.settle = r);
  }
  tmp;
  final;
  /** Bytes written to `tmp` so far (readable by a follower). */
  written = 0;
  state = "running";
  /** Why the download failed (followers fail with it as their cause). */
  error;
  wake = [];
  done;
  settle;
  notify() {
    const w = this.wake;
    this.wake = [];
    for (const f of w) f();
  }
  /** Records bytes that reached the file. */
  wrote(n) {
    this.written += n;
    this.notify();
  }
  /** Ends the download: `ok` once `tmp` is renamed to `final`, else (with the reason) after `tmp` is removed. */
  finish(ok, error) {
    this.state = ok ? "done" : "failed";
    if (!ok) this.error = error;
    this.settle(ok);
    this.notify();
  }
  /** Resolves on the next write or on the end. */
  changed() {
    return new Promise((r) => this.wake.push(r));
  }
  /**
   * The file's bytes from the start, as they arrive; fails if the download fails. A follower may start before
   * the download has opened its file: the file is opened once bytes have been written to it.
   */
  follow(what) {
    let fh;
    let pos = 0;
    const dl = this;
    const openFile = async () => {
      try {
        return await open(dl.state === "done" ? dl.final : dl.tmp, "r");
      } catch (e) {
        if (e.code === "ENOENT" && dl.state === "done") return open(dl.final, "r");
        throw e;
      }
    };
    return new Readable2({
      highWaterMark: READ_CHUNK,
      async read() {
        try {
          for (; ; ) {
            if (dl.state === "failed") throw new Error(`${what}: the download this read follows failed${dl.error ? `: ${dl.error.message}` : ""}`, { cause: dl.error });
            if (pos < dl.written) {
              if (!fh) {
                const opened = await openFile();
                if (this.destroyed) return void await opened.close();
                fh = opened;
              }
              const buf = Buffer.allocUnsafe(Math.min(READ_CHUNK, dl.written - pos));
              const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
              if (bytesRead === 0) throw new Error(`${what}: the downloaded file is shorter than the bytes written to it`);
              pos += bytesRead;
              this.push(buf.subarray(0, bytesRead));
              return;
            }
            if (dl.state === "done") {
              this.push(null);
              return;
            }
            await dl.changed();
          }
        } catch (e) {
          this.destroy(e);
        }
      },
      destroy(err, cb) {
        const f = fh;
        fh = void 0;
        if (!f) return cb(err);
        f.close().then(() => cb(err), () => cb(err));
      }
    });
  }
};

// src/build/layers.ts
import { createReadStream as createReadStream6, readFileSync as readFileSync2 } from "node:fs";
import { PassThrough as PassThrough3 } from "node:stream";
function clamp(mtime, epoch2) {
  const t = Math.floor(mtime);
  return epoch2 !== void 0 && t > epoch2 ? epoch2 : t;
}
function toTarEntry(path25, node, epoch2) {
  const e = { path: path25, type: node.type, mode: node.mode, uid: node.uid, gid: node.gid, size: node.type === "file" ? node.size : 0, mtime: clamp(node.mtime, epoch2) };
  if (node.linkname !== void 0) e.linkname = node.linkname;
  if (node.type === "char" || node.type === "block") {
    e.devmajor = node.devmajor ?? 0;
    e.devminor = node.devminor ?? 0;
  }
  if (node.xattrs && Object.keys(node.xattrs).length) e.xattrs = node.xattrs;
  return e;
}
var SMALL_FILE = 1 << 20;
function bodyOf(entry) {
  if (!entry.content) return void 0;
  if (entry.content.kind === "data") return entry.content.data;
  return entry.node.size <= SMALL_FILE ? readFileSync2(entry.content.path) : createReadStream6(entry.content.path);
}
function planToTar(plan, epoch2) {
  const out = new PassThrough3({ highWaterMark: 1 << 20 });
  const writer = new TarWriter(out);
  void (async () => {
    try {
      for (const [path25, entry] of plan.entries()) {
        const te = toTarEntry(path25, entry.node, epoch2);
        if (entry.content?.kind === "data") te.size = entry.content.data.length;
        await writer.add(te, bodyOf(entry));
      }
      await writer.finish();
    } catch (e) {
      out.destroy(e);
    }
  })();
  return out;
}
async function summarizePlan(plan, diffId, epoch2) {
  const summary = { v: 1, diffId, entries: [], whiteouts: [], opaques: [], files: {} };
  for (const [path25, entry] of plan.entries()) {
    summary.entries.push(summaryEntry(path25, { ...entry.node, mtime: clamp(entry.node.mtime, epoch2) }));
    if (entry.node.id !== void 0) (summary.ids ??= {})[path25] = entry.node.id;
    if (SUMMARY_FILES.includes(path25) && entry.content) {
      summary.files[path25] = entry.content.kind === "data" ? entry.content.data.toString("utf8") : await readSmall(entry.content.path);
    }
  }
  return summary;
}
async function readSmall(path25) {
  const chunks = [];
  for await (const c of createReadStream6(path25)) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
async function drain(body) {
  const chunks = [];
  for await (const c of body) chunks.push(c);
  return Buffer.concat(chunks);
}
function summarizeTar(tar, diffId) {
  return summarize(readTar(tar), diffId);
}
function summarizeTarFile(file, diffId) {
  return summarize(readTarFile(file), diffId);
}
async function summarize(items, diffId) {
  const summary = { v: 1, diffId, entries: [], whiteouts: [], opaques: [], files: {} };
  for await (const { entry, body } of items) {
    const slash = entry.path.lastIndexOf("/");
    const dir = slash < 0 ? "" : entry.path.slice(0, slash);
    const base = entry.path.slice(slash + 1);
    if (base === ".wh..wh..opq") {
      summary.opaques.push(dir);
      continue;
    }
    if (base.startsWith(".wh.")) {
      summary.whiteouts.push(dir === "" ? base.slice(4) : `${dir}/${base.slice(4)}`);
      continue;
    }
    const node = { type: entry.type, mode: entry.mode, uid: entry.uid, gid: entry.gid, mtime: Math.floor(entry.mtime), size: entry.size };
    if (entry.linkname !== void 0) node.linkname = entry.linkname;
    summary.entries.push(summaryEntry(entry.path, node));
    if (entry.type === "file" && SUMMARY_FILES.includes(entry.path) && entry.size < 4 << 20) {
      summary.files[entry.path] = (await drain(body)).toString("utf8");
    }
  }
  return summary;
}

// src/build/blobs.ts
var BlobUnavailableError = class extends Error {
  constructor(digest, reason) {
    super(`layer ${digest} is unavailable: ${reason}`);
    this.digest = digest;
    this.name = "BlobUnavailableError";
  }
  digest;
};
function drainOrClose(w) {
  return new Promise((resolve) => {
    const done = () => {
      w.off("drain", done);
      w.off("close", done);
      resolve();
    };
    w.on("drain", done);
    w.on("close", done);
  });
}
function verified(source, layer, onBad) {
  const v = new VerifyingStream(layer.digest, layer.size, "layer", (m) => {
    onBad?.();
    return new BlobUnavailableError(layer.digest, `its copy is corrupt (${m})`);
  });
  source.on("error", (e) => v.destroy(e));
  return source.pipe(v);
}
function summaryRecordKey(diffId) {
  return createHash5("sha256").update(`hoist layer summary v1\0${diffId}`).digest("hex");
}
function blobUnavailableIn(e) {
  for (let cur = e, depth = 0; cur && depth < 10; cur = cur.cause, depth++) {
    if (cur instanceof BlobUnavailableError) return cur;
  }
  return void 0;
}
var MAX_BAD_BLOBS = 8;
function markBadBlob(e, bad, attempt) {
  const missing = blobUnavailableIn(e);
  if (!missing || attempt >= MAX_BAD_BLOBS || bad.has(missing.digest)) return void 0;
  bad.add(missing.digest);
  return missing;
}
var BlobAccess = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  /** Downloads in flight, by digest: a second reader waits for the first download instead of fetching again. */
  inflight = /* @__PURE__ */ new Map();
  /** Summaries being computed, by diff_id. */
  summarizing = /* @__PURE__ */ new Map();
  /** Records of base-image layer summaries the cache lacks, by key (saved with the build's records). */
  summariesToCache = /* @__PURE__ */ new Map();
  /** Path of a blob in the local blob directory. */
  localPath(digest) {
    return path11.join(this.opts.blobDir, "sha256", digestHex(digest));
  }
  async localSize(digest) {
    return stat4(this.localPath(digest)).then((s) => s.size, () => void 0);
  }
  openLocal(layer, file = this.localPath(layer.digest)) {
    const own = file === this.localPath(layer.digest);
    return verified(createReadStream7(file), layer, own ? () => void unlink(file).catch(() => void 0) : void 0);
  }
  /**
   * Opens a layer's compressed blob, verified while read. A blob fetched from the cache or a registry is kept in
   * the local blob directory as it streams (written under a temporary name, renamed once complete and verified),
   * so a build downloads each blob at most once however many steps read it.
   */
  async open(layer) {
    if (layer.ready) await layer.ready;
    const local = await this.localFile(layer);
    if (local) return this.openLocal(layer, local);
    const pending = this.following(layer);
    if (pending) return pending;
    const cached = await this.cachedFile(layer);
    if (cached) return this.openLocal(layer, cached);
    const started = this.following(layer);
    if (started) return started;
    const final = this.localPath(layer.digest);
    const dl = new Download(`${final}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`, final);
    this.inflight.set(layer.digest, dl);
    let remote;
    try {
      if (this.opts.cache?.hasBlob(layer.digest) && !this.opts.cache.blobFile) remote = await this.opts.cache.openBlob(layer.digest);
      if (!remote && layer.location.kind === "registry") {
        const repo = makeReference(layer.location.registry, layer.location.repository);
        remote = await this.opts.registry.getBlob(repo, { mediaType: layer.mediaType, digest: layer.digest, size: layer.size });
      }
      if (!remote) throw new BlobUnavailableError(layer.digest, "not in the local blob directory, the cache or a registry");
    } catch (e) {
      this.forget(layer.digest, dl);
      dl.finish(false, e);
      throw e;
    }
    return this.keepWhileReading(layer, remote, dl);
  }
  /** A verified reader of the layer's download in flight, if there is one. */
  following(layer) {
    const dl = this.inflight.get(layer.digest);
    return dl && verified(dl.follow(`layer ${layer.digest}`), layer);
  }
  /** Removes a download from the in-flight map, if it is still the one there. */
  forget(digest, dl) {
    if (this.inflight.get(digest) === dl) this.inflight.delete(digest);
  }
  /** The path of the layer's complete blob when it is on local disk (nothing fetched), else undefined. */
  async localFile(layer) {
    if (layer.ready) return void 0;
    if (layer.location.kind === "file") return layer.location.path;
    if (this.inflight.has(layer.digest)) return void 0;
    return await this.localSize(layer.digest) === layer.size ? this.localPath(layer.digest) : void 0;
  }
  /** The cache's own local file of the blob (fetched into the cache first when needed), if the cache has one. */
  async cachedFile(layer) {
    const cache = this.opts.cache;
    if (!cache?.blobFile || !cache.hasBlob(layer.digest)) return void 0;
    return cache.blobFile(layer.digest);
  }
  /**
   * The cache's own file of the blob, handed over as soon as it is local while its check against the digest runs
   * (`checked`: a failure is a BlobUnavailableError, so the step is rebuilt); a cache without staged files gives
   * its verified file.
   */
  async stagedFile(layer) {
    const cache = this.opts.cache;
    if (!cache?.hasBlob(layer.digest)) return void 0;
    if (!cache.stagedBlobFile) {
      const verified2 = await this.cachedFile(layer);
      return verified2 ? { path: verified2 } : void 0;
    }
    const staged = await cache.stagedBlobFile(layer.digest);
    if (!staged) return void 0;
    const checked = staged.checked.then((problem) => problem ? new BlobUnavailableError(layer.digest, `its cached copy is unusable (${problem})`) : void 0);
    return { path: staged.path, checked };
  }
  /**
   * The layer's blob as a local file: the blob directory's copy, else the cache's file, else the file a download
   * is writing (started here when none is: `open` keeps what it downloads in the blob directory), returned once
   * its first bytes are there, with what a reader needs to follow it to the end.
   */
  async file(layer) {
    if (layer.ready) await layer.ready;
    for (let attempt = 0; attempt < 3; attempt++) {
      const local = await this.localFile(layer);
      if (local) return { path: local };
      const staged = this.inflight.has(layer.digest) ? void 0 : await this.stagedFile(layer);
      if (staged) return staged;
      const dl = this.inflight.get(layer.digest);
      if (dl) {
        while (dl.state === "running" && dl.written === 0) await dl.changed();
        const failure = () => dl.error ?? new BlobUnavailableError(layer.digest, "its download failed");
        if (dl.state === "failed") throw failure();
        if (dl.state === "done") return { path: dl.final };
        const done = dl.done.then((ok) => ok ? void 0 : failure());
        return { path: dl.tmp, growing: { final: dl.final, size: layer.size, done } };
      }
      (await this.open(layer)).destroy();
    }
    throw new BlobUnavailableError(layer.digest, "it was fetched, but is neither in the local blob directory nor being written there");
  }
  /**
   * The layer as an uncompressed tar. A RUN layer still being compressed is read from its tar file (no wait
   * for the compressor); any other layer is its blob, decompressed.
   */
  async openTar(layer) {
    if (layer.ready && layer.location.kind === "file") {
      try {
        const fh = await open2(layer.location.path, "r");
        return fh.createReadStream();
      } catch (e) {
        if (e.code !== "ENOENT") throw e;
      }
    }
    return decompress(await this.open(layer), layer.mediaType);
  }
  /** Passes a verified remote stream through while writing it to the blob directory (via `dl`). */
  keepWhileReading(layer, remote, dl) {
    const { tmp, final } = dl;
    const out = new PassThrough4({ highWaterMark: 1 << 20 });
    const finish = (ok, error) => {
      this.forget(layer.digest, dl);
      dl.finish(ok, error);
    };
    void (async () => {
      let file;
      try {
        await mkdir7(path11.dirname(final), { recursive: true });
        file = await open2(tmp, "w");
        const checked = verified(remote, layer);
        for await (const chunk of checked) {
          for (let off = 0; off < chunk.length; ) off += (await file.write(chunk, off)).bytesWritten;
          dl.wrote(chunk.length);
          if (!out.destroyed && !out.write(chunk)) await drainOrClose(out);
        }
        await file.close();
        file = void 0;
        await rename4(tmp, final);
        out.end();
        finish(true);
      } catch (e) {
        await file?.close().catch(() => void 0);
        await rm8(tmp, { force: true }).catch(() => void 0);
        out.destroy(e);
        finish(false, e);
      }
    })();
    return out;
  }
  /** The layer's summary: in memory, on disk by diff_id, or computed by reading the layer once. */
  async summary(layer) {
    if (layer.summary) return layer.summary;
    if (layer.summaryReady) return layer.summaryReady;
    let pending = this.summarizing.get(layer.diffId);
    if (!pending) {
      pending = this.computeSummary(layer);
      this.summarizing.set(layer.diffId, pending);
      pending.then(
        () => this.summarizing.delete(layer.diffId),
        () => this.summarizing.delete(layer.diffId)
      );
    }
    return layer.summary = await pending;
  }
  async computeSummary(layer) {
    if (layer.ready) await layer.ready;
    if (layer.summary) return layer.summary;
    const base = layer.location.kind === "registry" && this.opts.cache !== void 0;
    const key = summaryRecordKey(layer.diffId);
    const cached = base ? summaryOf(this.opts.cache.lookup(key)?.meta?.summary, layer.diffId) : void 0;
    if (cached) return cached;
    const s = await this.summaryOnDisk(layer) ?? await this.summarizeLayer(layer);
    if (base) this.summariesToCache.set(key, { key, createdBy: `summary of base layer ${layer.diffId}`, volatile: false, run: false, final: true, meta: { summary: s } });
    return s;
  }
  async summaryOnDisk(layer) {
    try {
      return summaryOf(JSON.parse(await readFile4(path11.join(this.opts.summaryDir, `${digestHex(layer.diffId)}.json`), "utf8")), layer.diffId);
    } catch {
    }
    return void 0;
  }
  async summarizeLayer(layer) {
    const tar = await decompress(await this.open(layer), layer.mediaType);
    const s = await summarizeTar(tar, layer.diffId);
    await this.rememberSummary(s);
    return s;
  }
  /**
   * Records for the cache of the base-image layer summaries this build had to read or compute (the cache did
   * not have them). They carry no layer, and are kept apart from the steps' records: a build is still "all
   * cached" when it adds only these.
   */
  summaryRecords() {
    return [...this.summariesToCache.values()];
  }
  /** Stores a summary on disk (best effort) so later builds need not read the layer again. */
  async rememberSummary(s) {
    try {
      await mkdir7(this.opts.summaryDir, { recursive: true });
      const file = path11.join(this.opts.summaryDir, `${digestHex(s.diffId)}.json`);
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile4(tmp, JSON.stringify(s));
      await rename4(tmp, file);
    } catch {
    }
  }
};

// src/build/steps.ts
import { createHash as createHash6 } from "node:crypto";
import { createReadStream as createReadStream9 } from "node:fs";
import { mkdir as mkdir9, mkdtemp as mkdtemp6, readFile as readFile5, writeFile as writeFile5 } from "node:fs/promises";
import path14 from "node:path";

// src/build/chmod.ts
var ChmodError = class extends Error {
  constructor(value) {
    super(`invalid chmod parameter: '${value}'. it should be octal string and between 0 and 07777, or symbolic (u=rwX,go=rX)`);
    this.value = value;
    this.name = "ChmodError";
  }
  value;
};
var WHO = { u: 2496, g: 1080, o: 519, a: 4095 };
function parseChmodLegacy(value) {
  if (!/^[0-7]+$/.test(value)) return void 0;
  const n = parseInt(value, 8);
  if (n > 4294967295) return void 0;
  const mode = n & 4095;
  return { text: value, apply: () => mode };
}
function parseChmod(value) {
  if (/^[0-7]+$/.test(value)) {
    const n = parseInt(value, 8);
    if (n > 4095) throw new ChmodError(value);
    return { text: value, apply: () => n };
  }
  if (/^[0-9]+$/.test(value)) throw new ChmodError(value);
  const clauses = value.split(",");
  const ops = [];
  for (const clause of clauses) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*|[ugo])$/.exec(clause);
    if (!m) throw new ChmodError(value);
    const whoMask = m[1] === "" ? 4095 : [...m[1]].reduce((acc, c) => acc | WHO[c], 0);
    ops.push({ who: whoMask, op: m[2], perm: m[3] });
  }
  return {
    text: value,
    apply(mode, isDir) {
      let cur = mode & 4095;
      for (const { who, op, perm } of ops) {
        let bits = 0;
        if (perm === "u" || perm === "g" || perm === "o") {
          const src = perm === "u" ? cur >> 6 & 7 : perm === "g" ? cur >> 3 & 7 : cur & 7;
          bits = src << 6 | src << 3 | src;
        } else {
          for (const p of perm) {
            if (p === "r") bits |= 292;
            else if (p === "w") bits |= 146;
            else if (p === "x") bits |= 73;
            else if (p === "X") {
              if (isDir || (cur & 73) !== 0) bits |= 73;
            } else if (p === "s") bits |= 3072;
            else if (p === "t") bits |= 512;
          }
        }
        const mask = who & (511 | (who === 4095 ? 3584 : who & 3584));
        const applied = bits & mask;
        if (op === "+") cur |= applied;
        else if (op === "-") cur &= ~applied;
        else cur = cur & ~(who & 4095 & (511 | 3584)) | applied;
      }
      return cur;
    }
  };
}

// src/build/copy.ts
var CopyError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CopyError";
  }
};
function nodeType(st) {
  return st.type === "socket" ? void 0 : st.type;
}
function resolveDest(dest, workdir) {
  const isDir = dest === "" || dest === "." || dest.endsWith("/") || dest.endsWith("/.");
  const joined = dest.startsWith("/") ? dest : `${workdir}/${dest}`;
  return { path: normalizePath(joined), isDir };
}
var Copier = class {
  constructor(plan, opts) {
    this.plan = plan;
    this.opts = opts;
  }
  plan;
  opts;
  links = /* @__PURE__ */ new Map();
  owner(st, preserve) {
    return this.opts.chown ?? (preserve ? { uid: st.uid, gid: st.gid } : { uid: 0, gid: 0 });
  }
  mode(st, isDir) {
    const m = st.mode & 4095;
    return this.opts.chmod ? this.opts.chmod.apply(m, isDir) : m;
  }
  /** Copies one resolved source path (file, dir contents, symlink...) to destPath. */
  async copyEntry(src, rel, destPath, top) {
    const st = await src.tree.lstat(rel);
    if (!st) return;
    const type = nodeType(st);
    if (!type) return;
    if (this.opts.exclude && !top && this.opts.exclude(this.relToSource(rel), type === "dir")) return;
    const owner = this.owner(st, src.preserveOwner);
    const mtime = Math.floor(st.mtime);
    if (type === "dir") {
      if (top) {
        const existing = this.plan.lstat(destPath);
        if (existing?.type === "dir") this.plan.updateDir(destPath, { mtime });
        else if (existing) throw new CopyError(`cannot copy to non-directory: /${destPath}`);
        else {
          this.plan.mkdirAll(parentOf(destPath), this.opts.chown, this.opts.now);
          this.plan.put(destPath, { node: this.plan.newDir(destPath, this.opts.chown, mtime) });
        }
      } else {
        const existing = this.plan.lstat(destPath);
        if (existing?.type === "dir") this.plan.updateDir(destPath, { mode: this.mode(st, true), uid: owner.uid, gid: owner.gid, mtime });
        else if (existing) throw new CopyError(`cannot copy to non-directory: /${destPath}`);
        else this.plan.put(destPath, { node: { type: "dir", mode: this.mode(st, true), uid: owner.uid, gid: owner.gid, mtime, size: 0 } });
      }
      for (const name of await src.tree.readdir(rel)) {
        const childRel = rel === "" ? name : `${rel}/${name}`;
        await this.copyEntry(src, childRel, destPath === "" ? name : `${destPath}/${name}`, false);
      }
      if (top) {
        const cur = this.plan.lstat(destPath);
        if (cur?.type === "dir" && cur.mtime !== mtime) this.plan.updateDir(destPath, { mtime });
      }
      return;
    }
    if (type === "file" && top && this.opts.onFile && await this.opts.onFile(this.plan, await src.tree.contentPath(rel), this.archiveDest ?? destPath, st)) return;
    if (this.plan.lstat(destPath)?.type === "dir") throw new CopyError(`cannot replace to directory /${destPath} with file`);
    const node = { type, mode: type === "symlink" ? 511 : this.mode(st, false), uid: owner.uid, gid: owner.gid, mtime, size: type === "file" ? st.size : 0 };
    if (type === "symlink") node.linkname = st.linkname ?? "";
    Object.assign(node, keptAttributes(st));
    if (type === "block") node.type = "char";
    if ((type === "file" || type === "symlink") && src.identify) {
      const id = await src.identify(rel, st);
      if (id !== void 0) node.id = id;
    }
    if (type === "file" && st.linkId !== void 0) {
      const key = st.linkId;
      const first = this.links.get(key);
      if (first !== void 0 && first !== destPath) {
        this.plan.put(destPath, { node: { ...node, type: "hardlink", size: 0, linkname: first } });
        return;
      }
      this.links.set(key, destPath);
    }
    this.plan.put(destPath, { node, content: type === "file" ? { kind: "file", path: await src.tree.contentPath(rel) } : void 0 });
  }
  sourceRoot = "";
  /** The destination an archive source is extracted into (the resolved dest, without the file's name). */
  archiveDest;
  /** A path relative to the source being copied, as --exclude patterns see it. */
  relToSource(rel) {
    if (this.sourceRoot === "") return rel;
    return rel.startsWith(`${this.sourceRoot}/`) ? rel.slice(this.sourceRoot.length + 1) : rel;
  }
  /** Copies one source as written (wildcards, --parents) into the destination. */
  async copySource(src, written2) {
    const { path: destBase, isDir: destIsDir } = resolveDest(this.opts.dest, this.opts.workdir);
    let pivot = "";
    let pattern = written2;
    if (this.opts.parents) {
      const i = written2.indexOf("/./");
      if (i >= 0) {
        pivot = normalizePath(written2.slice(0, i));
        pattern = written2;
      }
    }
    const matches = await resolveSourceIn(src.tree, pattern, src.where, { globstar: this.opts.parents === true });
    for (const match of matches) {
      this.links.clear();
      const resolved = await src.tree.resolve(match);
      const st = await src.tree.lstat(resolved);
      if (!st && normalizePath(match) !== "") throw new CopyError(`${written2}: not found`);
      let dest = destBase;
      if (this.opts.parents) {
        const relToPivot = pivot === "" ? normalizePath(match) : normalizePath(match).slice(pivot.length).replace(/^\//, "");
        const parentPart = st?.type === "dir" ? relToPivot : parentOf(relToPivot);
        dest = normalizePath(`${destBase}/${parentPart}`);
        if (st?.type !== "dir") {
          this.plan.mkdirAll(this.plan.resolve(dest), this.opts.chown, this.opts.now);
        }
      }
      const destResolved = this.plan.resolve(dest);
      const intoDir = destIsDir || this.opts.parents;
      if (intoDir) this.plan.mkdirAll(destResolved, this.opts.chown, this.opts.now);
      else this.plan.mkdirAll(this.plan.resolve(parentOf(dest)), this.opts.chown, this.opts.now);
      let target = destResolved;
      const isDirSrc = st ? st.type === "dir" : true;
      const fiDest = this.plan.view.stat(target);
      if (!isDirSrc && fiDest?.type === "dir") target = normalizePath(`${target}/${baseOf(normalizePath(match)) || baseOf(resolved)}`);
      this.sourceRoot = resolved;
      this.archiveDest = destResolved;
      await this.copyEntry(src, resolved, target, true);
    }
  }
  /** Writes an inline file (heredoc) into the destination: mode 0644, owner 0:0 or --chown. */
  copyInline(inline) {
    const { path: destBase, isDir } = resolveDest(this.opts.dest, this.opts.workdir);
    const dest = this.plan.resolve(destBase);
    if (isDir) this.plan.mkdirAll(dest, this.opts.chown, this.opts.now);
    else this.plan.mkdirAll(this.plan.resolve(parentOf(destBase)), this.opts.chown, this.opts.now);
    let target = dest;
    if (this.plan.view.stat(target)?.type === "dir") target = normalizePath(`${target}/${inline.name}`);
    const owner = this.opts.chown ?? { uid: 0, gid: 0 };
    const mode = this.opts.chmod ? this.opts.chmod.apply(420, false) : 420;
    const node = { type: "file", mode, uid: owner.uid, gid: owner.gid, mtime: inline.mtime ?? this.opts.now, size: inline.data.length };
    if (inline.id !== void 0) node.id = inline.id;
    this.plan.put(target, { node, content: { kind: "data", data: inline.data } });
  }
};
async function planCopy(plan, sources, inline, opts) {
  const copier = new Copier(plan, opts);
  for (const src of sources) for (const p of src.paths) await copier.copySource(src, p);
  for (const i of inline) copier.copyInline(i);
  return plan;
}

// src/build/add.ts
import { createReadStream as createReadStream8, createWriteStream as createWriteStream5 } from "node:fs";
import { chmod as chmod2, mkdtemp as mkdtemp5, utimes } from "node:fs/promises";
import path12 from "node:path";
import { Readable as Readable3 } from "node:stream";
import { pipeline as pipeline4 } from "node:stream/promises";

// src/build/user.ts
function idOf(s) {
  return s === "root" ? 0 : goParseInt(s, 32);
}
function chownNames(spec) {
  const colon = spec.indexOf(":");
  const parts = colon < 0 ? [spec] : [spec.slice(0, colon), spec.slice(colon + 1)];
  return parts.filter((p) => p !== "" && idOf(p) === void 0);
}
function ownerId(n) {
  const u = Number(BigInt.asUintN(32, BigInt(n)));
  return u === 4294967295 ? 0 : u;
}
function resolveOwner(spec, files) {
  const colon = spec.indexOf(":");
  const userPart = colon < 0 ? spec : spec.slice(0, colon);
  const groupPart = colon < 0 ? void 0 : spec.slice(colon + 1);
  const unknown = [];
  let uid = 0;
  let gid = 0;
  const uidArg = idOf(userPart);
  if (uidArg !== void 0) {
    uid = gid = ownerId(uidArg);
  } else {
    const u = parsePasswd(files.passwd).find((e) => e.name === userPart);
    if (u) {
      uid = ownerId(u.uid);
      gid = ownerId(u.gid);
    } else if (userPart !== "") {
      unknown.push(`user "${userPart}" (${files.passwd === void 0 ? "the image has no /etc/passwd" : "not in /etc/passwd"})`);
    }
  }
  if (groupPart !== void 0) {
    const gidArg = groupPart === "" ? 0 : idOf(groupPart);
    if (gidArg !== void 0) gid = ownerId(gidArg);
    else {
      const g = parseGroup(files.group).find((e) => e.name === groupPart);
      if (g) gid = ownerId(g.gid);
      else unknown.push(`group "${groupPart}" (${files.group === void 0 ? "the image has no /etc/group" : "not in /etc/group"})`);
    }
  }
  return { owner: { uid, gid }, unknown };
}

// src/build/add.ts
function gitSource(src) {
  try {
    return parseGitContext(src);
  } catch {
    return void 0;
  }
}
async function addSources(s, instr) {
  const out = /* @__PURE__ */ new Map();
  const urls = instr.sources.filter(isRemoteSource);
  if (instr.checksum && (instr.sources.length !== 1 || urls.length !== 1)) {
    throw new Error(instr.sources.length !== 1 ? "checksum can't be specified for multiple sources" : s.opts.legacyFrontend ? "checksum can't be specified for non-HTTP sources" : "checksum requires HTTP(S) or Git sources");
  }
  for (const url of urls) {
    const git = gitSource(url);
    if (git) {
      out.set(url, await addGitSource(s, instr, url, git));
      continue;
    }
    if (instr.checksum) {
      const want = parseDigest(instr.checksum);
      out.set(url, { key: { file: urlFileName(url), digest: want }, stage: () => download(s, url, want) });
      continue;
    }
    const got = await download(s, url, void 0);
    out.set(url, { key: { file: got.name, digest: got.digest }, stage: async () => ({ dir: got.dir, name: got.name }) });
  }
  return out;
}
function urlFileName(url) {
  try {
    const base = path12.posix.basename(new URL(url).pathname);
    if (base && base !== "/" && base !== ".") return decodeURIComponent(base);
  } catch {
  }
  return "__unnamed__";
}
async function download(s, url, want) {
  const fetchFn = s.opts.fetch ?? globalThis.fetch;
  const res = await fetchFn(url, { redirect: "follow", signal: s.opts.signal }).catch((e) => {
    if (s.opts.signal?.aborted) throw e;
    const cause = e.cause;
    throw new Error(`downloading ${redactUrl(url)}: ${cause?.message ?? e.message}`, { cause: e });
  });
  if (!res.ok || !res.body) throw new Error(`downloading ${redactUrl(url)}: HTTP ${res.status}`);
  const name = urlFileName(url);
  const dir = await mkdtemp5(path12.join(s.opts.tempDir, "add-"));
  const file = path12.join(dir, name);
  const digester = new Digester("sha256");
  const body = Readable3.fromWeb(res.body);
  body.on("data", (c) => digester.update(c));
  await pipeline4(body, createWriteStream5(file));
  const digest = digester.digest();
  if (want && want !== digest) throw new Error(`checksum mismatch for ${redactUrl(url)}: expected ${want}, got ${digest}`);
  const lm = res.headers.get("last-modified");
  const mtime = lm && !Number.isNaN(Date.parse(lm)) ? Math.floor(Date.parse(lm) / 1e3) : 0;
  await chmod2(file, 384);
  await utimes(file, mtime, mtime);
  return { dir, name, digest, mtime };
}
async function addGitSource(s, instr, url, git) {
  const keepGitDir = git.keepGitDir ?? instr.keepGitDir;
  const token = await gitAuthToken(git, secretFileReader(s.opts.secrets ?? {}));
  const opts = { token, env: process.env, signal: s.opts.signal };
  const want = instr.checksum?.replace(/^sha1:|^sha256:/, "").toLowerCase();
  if (want !== void 0 && !/^[0-9a-f]{4,64}$/.test(want)) throw new Error(`--checksum of a Git source is a commit id, got "${instr.checksum}"`);
  const verify = (commit) => {
    if (want !== void 0 && !commit.startsWith(want)) throw new Error(`checksum mismatch for ${redactUrl(url)}: expected commit ${want}, got ${commit}`);
  };
  const fetch = async () => {
    const parent = await mkdtemp5(path12.join(s.opts.tempDir, "add-git-"));
    let commit = "";
    const dir = await fetchGitContext({ ...git, keepGitDir }, path12.join(parent, "checkout"), { ...opts, onCommit: (c) => commit = c });
    return { dir, commit };
  };
  const resolved = await resolveGitCommit(git, opts);
  if (resolved === void 0) {
    const got = await fetch();
    verify(got.commit);
    return { key: { git: url, commit: got.commit, keepGitDir }, stage: async () => ({ dir: got.dir, name: "." }) };
  }
  verify(resolved);
  const stage2 = async () => {
    const got = await fetch();
    if (got.commit !== resolved) throw new Error(`${redactUrl(url)} moved from commit ${resolved} to ${got.commit} during the build; build again`);
    return { dir: got.dir, name: "." };
  };
  return { key: { git: url, commit: resolved, keepGitDir }, stage: stage2 };
}
async function isTarArchive(abs) {
  let input;
  try {
    const peek = await peekStream((await openArchive(createReadStream8(abs))).stream, SNIFF_BYTES);
    input = peek.stream;
    if (sniffArchive(peek.head) !== "tar") return false;
    for await (const { body } of readTar(input, { sparse: true })) {
      body.resume();
      break;
    }
    return true;
  } catch {
    return false;
  } finally {
    input?.destroy();
  }
}
function unpackIfArchive(s, chown) {
  return async (plan, abs, destDir, st) => {
    if (st.size === 0) return false;
    const sniffed = await peekStream(createReadStream8(abs, { end: SNIFF_BYTES * 2 }), SNIFF_BYTES);
    sniffed.stream.destroy();
    const { head } = sniffed;
    const format = sniffArchive(head);
    if (format === "unknown" || !await isTarArchive(abs)) return false;
    const { stream } = await openArchive(createReadStream8(abs));
    const stage2 = await mkdtemp5(path12.join(s.opts.tempDir, "untar-"));
    const root = normalizePath(destDir);
    plan.mkdirAll(root, chown, plan.now);
    let n = 0;
    const linkers = /* @__PURE__ */ new Map();
    const linkOf = /* @__PURE__ */ new Map();
    const release = (p) => {
      const shared = linkOf.get(p);
      if (shared !== void 0) {
        linkOf.delete(p);
        linkers.set(shared, (linkers.get(shared) ?? []).filter((x) => x !== p));
      }
      const names = linkers.get(p);
      linkers.delete(p);
      const file = plan.written(p);
      if (!names?.length || file?.node.type !== "file") return;
      const [heir, ...rest] = names;
      plan.put(heir, file);
      linkOf.delete(heir);
      for (const r of rest) {
        plan.put(r, { node: { ...plan.written(r).node, linkname: heir } });
        linkOf.set(r, heir);
      }
      linkers.set(heir, rest);
    };
    for await (const { entry, body } of readTar(stream, { sparse: true })) {
      const rel = normalizePath(entry.path);
      if (rel === "") {
        if (entry.type === "dir" && (entry.absolute || entry.path === ".." || entry.path.startsWith("../"))) {
          plan.updateDir(root, { mode: entry.mode, uid: ownerId(entry.uid), gid: ownerId(entry.gid), mtime: Math.floor(entry.mtime) });
        }
        body.resume();
        continue;
      }
      const slash = rel.lastIndexOf("/");
      const relParent = slash < 0 ? "" : rel.slice(0, slash);
      const parent = relParent === "" ? root : plan.resolve(root === "" ? relParent : `${root}/${relParent}`, true, root);
      const name = rel.slice(slash + 1);
      const target = parent === "" ? name : `${parent}/${name}`;
      const owner = { uid: ownerId(entry.uid), gid: ownerId(entry.gid) };
      plan.mkdirAll(parent, void 0, plan.now);
      const node = { type: entry.type, mode: entry.type === "symlink" ? 511 : entry.mode, uid: owner.uid, gid: owner.gid, mtime: Math.floor(entry.mtime), size: entry.type === "file" ? entry.size : 0 };
      if (entry.type !== "hardlink") release(target);
      if (entry.type === "dir") {
        if (plan.lstat(target)?.type === "dir") plan.updateDir(target, node);
        else plan.put(target, { node: { ...node } });
        body.resume();
      } else if (entry.type === "file") {
        const file = path12.join(stage2, String(n++));
        await pipeline4(body, createWriteStream5(file));
        plan.put(target, { node: { ...node, ...keptAttributes(entry) }, content: { kind: "file", path: file } });
      } else if (entry.type === "hardlink") {
        const linkTarget = normalizePath(entry.linkname ?? "");
        const linkPath = plan.resolve(root === "" ? linkTarget : `${root}/${linkTarget}`, false, root);
        const linked = plan.lstat(linkPath);
        if (!linked || linked.type === "dir") throw new Error(`extracting ${entry.path}: link /${linkPath} /${target}: ${linked ? "is a directory" : "no such file or directory"}`);
        let file = plan.written(linkPath);
        let filePath = linkPath;
        for (let hops = 0; file?.node.type === "hardlink" && hops < 64; hops++) {
          filePath = normalizePath(file.node.linkname ?? "");
          file = plan.written(filePath);
        }
        if (filePath === target && linkPath === target) throw new Error(`extracting ${entry.path}: link /${linkPath} /${target}: no such file or directory`);
        const ownFile = file?.node.type === "file";
        if (ownFile) plan.put(filePath, { ...file, node: { ...file.node, mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime } });
        if (filePath !== target) {
          release(target);
          plan.put(target, { node: { ...node, linkname: ownFile ? filePath : linkPath } });
          if (ownFile) {
            linkers.set(filePath, [...linkers.get(filePath) ?? [], target]);
            linkOf.set(target, filePath);
          }
        }
        body.resume();
      } else {
        plan.put(target, { node: { ...node, ...keptAttributes(entry), ...entry.linkname !== void 0 ? { linkname: entry.linkname } : {} } });
        body.resume();
      }
    }
    return true;
  };
}

// src/build/layer-plan.ts
function compareTreeOrder(a, b) {
  const pa = a.split("/");
  const pb = b.split("/");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = Buffer.compare(Buffer.from(pa[i]), Buffer.from(pb[i]));
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}
var LayerPlan = class {
  constructor(lower, now) {
    this.lower = lower;
    this.now = now;
    this.view = lower.clone();
  }
  lower;
  now;
  /** The lower view with this step's changes applied, for resolving later sources of the same step. */
  view;
  upper = /* @__PURE__ */ new Map();
  touched = /* @__PURE__ */ new Set();
  /** entries(), computed once the step is planned (put, updateDir and settle start it again). */
  planned;
  /** Node at a path (lstat), including this step's changes. */
  lstat(path25) {
    return this.view.lstat(path25);
  }
  /** Resolves symlinks inside the root (or `jail`: see FsView.resolve), including this step's changes. */
  resolve(path25, followLast = true, jail = "") {
    return this.view.resolve(path25, followLast, jail);
  }
  /** Adds or replaces an entry; the parent directory's time becomes the step's time when the entry is new. */
  put(path25, entry) {
    const p = normalizePath(path25);
    if (p === "") return;
    this.planned = void 0;
    const old = this.view.lstat(p);
    if (!old || old.type !== "dir" || entry.node.type !== "dir") this.touched.add(parentOf(p));
    if (old && old.type === "dir" && entry.node.type !== "dir") this.view.remove(p);
    this.view.set(p, entry.node);
    this.upper.set(p, entry);
  }
  /** Updates attributes of an existing directory (it is copied up with the new attributes). */
  updateDir(path25, change) {
    const p = normalizePath(path25);
    if (p === "") return;
    const cur = this.view.lstat(p);
    if (!cur || cur.type !== "dir") return;
    const node = { ...cur, ...change };
    this.planned = void 0;
    this.view.set(p, node);
    const existing = this.upper.get(p);
    this.upper.set(p, { ...existing, node });
  }
  /**
   * Creates the missing directories of an already-resolved path, as fsutil's MkdirAll: mode 0755, the given owner
   * (see newDir) and time. Returns the path. An existing non-directory on the way is an error naming the path.
   */
  mkdirAll(path25, owner, mtime) {
    const p = normalizePath(path25);
    if (p === "") return p;
    const parts = p.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join("/");
      const node = this.view.lstat(prefix);
      if (node?.type === "dir") continue;
      if (node) throw new Error(`cannot create directory /${prefix}: not a directory (a ${node.type} exists there)`);
      this.put(prefix, { node: this.newDir(prefix, owner, mtime) });
    }
    return p;
  }
  /**
   * A directory made at `path` as BuildKit makes one, mkdir(2) as root and then a chown when an owner is given:
   * mode 0755; in a setgid directory the kernel sets that bit too and gives the directory's group, unless `owner`
   * (an explicit --chown or USER) sets the group (the bit stays: chown keeps it on a directory).
   */
  newDir(path25, owner, mtime) {
    const parent = this.view.lstat(parentOf(normalizePath(path25)));
    const setgid = parent?.type === "dir" && (parent.mode & 1024) !== 0;
    return { type: "dir", mode: setgid ? 1517 : 493, uid: owner?.uid ?? 0, gid: owner?.gid ?? (setgid ? parent.gid : 0), mtime, size: 0 };
  }
  /** True when the step changed nothing. */
  get empty() {
    return this.entries().length === 0;
  }
  /** Content comparisons settle() made, by path: true when the written file's bytes equal the lower file's. */
  sameContent = /* @__PURE__ */ new Map();
  /**
   * A written entry as the differ stats it: a hardlink is the file it links to (link counts are not compared),
   * with its content identity. `nodeAt` looks the link target up (this step's view, or the lower one).
   */
  asStat(node, nodeAt) {
    if (node.type !== "hardlink") return node;
    const target = nodeAt(normalizePath(node.linkname ?? ""));
    if (!target || target.type !== "file" && target.type !== "hardlink") return void 0;
    const t = target.type === "hardlink" ? this.asStat(target, nodeAt) : target;
    if (!t) return void 0;
    return { ...node, type: "file", size: t.size, id: t.id ?? node.id, mtime: t.mtime, linkname: void 0 };
  }
  /**
   * containerd's sameDirent (BuildKit's overlay differ) for a written entry and the lower one at its path:
   * 'same', 'changed', or 'content' when only the bytes can tell (both mtimes whole seconds, e.g. files from
   * image layers or archives, or context files with such mtimes).
   */
  compare(path25, written2) {
    const lowRaw = this.lower.lstat(path25);
    const node = this.asStat(written2, (p) => this.view.lstat(p));
    const low = lowRaw && this.asStat(lowRaw, (p) => this.lower.lstat(p));
    if (!node || !low || low.type !== node.type || low.mode !== node.mode || low.uid !== node.uid || low.gid !== node.gid) return { verdict: "changed" };
    if (node.type === "dir") return { verdict: "same" };
    if (node.type !== "file" && node.type !== "symlink") return { verdict: "changed" };
    const size = (n) => n.type === "symlink" ? Buffer.byteLength(n.linkname ?? "") : n.size;
    if (size(low) !== size(node)) return { verdict: "changed" };
    const t1 = preciseMtime(node);
    const t2 = preciseMtime(low);
    if (Math.floor(t1) !== Math.floor(t2)) return { verdict: "changed" };
    if (t1 === Math.floor(t1) && t2 === Math.floor(t2)) {
      if (node.type === "symlink") return { verdict: node.linkname === low.linkname ? "same" : "changed" };
      if (node.size === 0) return { verdict: "same" };
      const a = digestOfId(node);
      const b = digestOfId(low);
      if (a !== void 0 && b !== void 0) return { verdict: a === b ? "same" : "changed" };
      return { verdict: "content", node, low };
    }
    return { verdict: t1 === t2 ? "same" : "changed" };
  }
  /** True when `node`, written at `path`, leaves the lower entry there as it was (see the class comment). */
  unchanged(path25, node) {
    const { verdict } = this.compare(path25, node);
    return verdict === "same" || verdict === "content" && this.sameContent.get(path25) === true;
  }
  /**
   * Compares the bytes of written files with the lower files they replace where attributes and mtimes alone
   * cannot tell (see compare): `hashWritten` hashes a planned file, `lowerDigests` the lower files at the given
   * paths (hardlinks resolved), read from the lower layers. Call once the step is planned, before `entries()`.
   */
  async settle(hashWritten, lowerDigests) {
    const pending = [];
    for (const [p, e] of this.upper) {
      const c = this.compare(p, e.node);
      if (c.verdict !== "content") continue;
      const content = this.contentOf(p);
      if (!content) continue;
      let lowPath = p;
      for (let n = this.lower.lstat(lowPath); n?.type === "hardlink"; n = this.lower.lstat(lowPath)) lowPath = normalizePath(n.linkname ?? "");
      pending.push({ path: p, content, lowPath, known: digestOfId(c.node), lowKnown: digestOfId(c.low) });
    }
    if (pending.length === 0) return;
    this.planned = void 0;
    const lower = await lowerDigests([...new Set(pending.filter((x) => x.lowKnown === void 0).map((x) => x.lowPath))]);
    for (const x of pending) {
      const low = x.lowKnown ?? lower.get(x.lowPath);
      if (low === void 0) continue;
      this.sameContent.set(x.path, (x.known ?? await hashWritten(x.content)) === low);
    }
  }
  /** The bytes a written file (a hardlink: the file it links to) gets from this step. */
  contentOf(path25) {
    const entry = this.upper.get(path25);
    if (!entry) return void 0;
    return entry.node.type === "hardlink" ? this.contentOf(normalizePath(entry.node.linkname ?? "")) : entry.content;
  }
  /**
   * Every entry of the layer in tree order: the step's changed entries plus their existing ancestor directories
   * (with their current attributes, and the step's time where a child was added or replaced).
   */
  entries() {
    this.planned ??= this.computeEntries();
    return this.planned;
  }
  computeEntries() {
    const all = /* @__PURE__ */ new Map();
    for (const [p, e] of this.upper) if (!this.unchanged(p, e.node)) all.set(p, e);
    for (const p of [...all.keys()]) {
      let parent = parentOf(p);
      while (parent !== "" && !all.has(parent)) {
        const node = this.upper.get(parent)?.node ?? this.lower.lstat(parent) ?? this.view.lstat(parent);
        if (node) all.set(parent, { node: { ...node } });
        parent = parentOf(parent);
      }
    }
    for (const dir of this.touched) {
      const e = all.get(dir);
      if (e && e.node.type === "dir" && !this.upper.has(dir)) e.node = { ...e.node, mtime: this.now };
    }
    return canonicalLinks([...all.entries()].sort((a, b) => compareTreeOrder(a[0], b[0])), this.upper);
  }
  /** The entry this step wrote at a path (not an ancestor it carries), if any. */
  written(path25) {
    return this.upper.get(normalizePath(path25));
  }
};
function canonicalLinks(sorted, written2) {
  if (!sorted.some(([, e]) => e.node.type === "hardlink")) return sorted;
  const byPath = new Map(sorted);
  const rootOf = (p) => {
    const seen = /* @__PURE__ */ new Set();
    for (let cur = p; cur !== void 0 && !seen.has(cur); ) {
      seen.add(cur);
      const e = byPath.get(cur) ?? written2.get(cur);
      if (!e) return void 0;
      if (e.node.type === "file" || e.node.type === "symlink") return cur;
      cur = e.node.type === "hardlink" ? normalizePath(e.node.linkname ?? "") : void 0;
    }
    return void 0;
  };
  const groups = /* @__PURE__ */ new Map();
  for (const [p, e] of sorted) {
    if (e.node.type !== "hardlink") continue;
    const root = rootOf(p);
    if (root !== void 0) groups.set(root, [...groups.get(root) ?? (byPath.has(root) ? [root] : []), p]);
  }
  if (groups.size === 0) return sorted;
  const out = new Map(sorted);
  for (const [root, names] of groups) {
    const file = byPath.get(root) ?? written2.get(root);
    const first = names.reduce((a, b) => compareTreeOrder(a, b) <= 0 ? a : b);
    out.set(first, { node: { ...file.node }, content: file.content });
    for (const name of names) {
      if (name !== first) out.set(name, { node: { ...file.node, type: "hardlink", size: 0, linkname: first } });
    }
  }
  return [...out.entries()];
}
function preciseMtime(n) {
  const t = n.id === void 0 ? NaN : Number(n.id.slice(0, n.id.indexOf(":")));
  return Number.isFinite(t) ? t : n.mtime;
}
function digestOfId(n) {
  if (n.id === void 0 || n.type !== "file") return void 0;
  const d = n.id.slice(n.id.indexOf(":") + 1);
  return /^[0-9a-f]{64}$/.test(d) ? d : void 0;
}

// src/build/proxy.ts
var PROXY_ARGS2 = ["HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY"];
function withProxyEnv(env, buildArgs) {
  const entries = [];
  for (const name of PROXY_ARGS2) {
    const given = Object.keys(buildArgs).find((k) => k.toUpperCase() === name);
    if (given === void 0 || buildArgs[given] === "") continue;
    entries.push(`${name}=${buildArgs[given]}`, `${name.toLowerCase()}=${buildArgs[given]}`);
  }
  return withEnvEntries(env, entries);
}

// src/build/exclude.ts
function matchParts(pattern, path25) {
  if (pattern.length === 0) return path25.length === 0;
  const [head, ...rest] = pattern;
  if (head === "**") {
    for (let i = 0; i <= path25.length; i++) if (matchParts(rest, path25.slice(i))) return true;
    return false;
  }
  if (path25.length === 0) return false;
  return compileComponent(head).test(path25[0]) && matchParts(rest, path25.slice(1));
}
function createExcludeMatcher(patterns) {
  const compiled = patterns.map((p) => p.trim()).filter(Boolean).map((p) => {
    const negate = p.startsWith("!");
    const body = (negate ? p.slice(1) : p).replace(/^\/+/, "").replace(/^\.\//, "");
    return { negate, parts: body.split("/").filter((x) => x !== "" && x !== ".") };
  });
  return {
    test(rel) {
      const parts = rel.split("/").filter(Boolean);
      let excluded = false;
      for (const { negate, parts: pat } of compiled) {
        let hit = false;
        for (let n = parts.length; n >= 1 && !hit; n--) hit = matchParts(pat, parts.slice(0, n));
        if (hit) excluded = !negate;
      }
      return excluded;
    }
  };
}

// src/build/view-tree.ts
import { copyFile as copyFile2, mkdir as mkdir8 } from "node:fs/promises";
import { createWriteStream as createWriteStream6 } from "node:fs";
import path13 from "node:path";
import { pipeline as pipeline5 } from "node:stream/promises";
function under3(p, roots) {
  return roots.some((r) => r === "" || p === r || p.startsWith(`${r}/`));
}
var ViewTree = class {
  constructor(view, contentDir) {
    this.view = view;
    this.contentDir = contentDir;
  }
  view;
  contentDir;
  linkIds = /* @__PURE__ */ new Map();
  /** What summaries do not keep, read from the layers by `extract`: device numbers and a file's capabilities. */
  extra = /* @__PURE__ */ new Map();
  async lstat(rel) {
    const p = normalizePath(rel);
    const n = this.view.lstat(p);
    if (!n) return void 0;
    if (n.type === "hardlink") {
      const target = this.view.lstat(normalizePath(n.linkname ?? ""));
      if (target?.type === "symlink") return { type: "symlink", mode: target.mode, uid: target.uid, gid: target.gid, mtime: target.mtime, size: 0, linkname: target.linkname ?? "" };
      return { type: "file", mode: n.mode, uid: n.uid, gid: n.gid, mtime: n.mtime, size: target?.size ?? n.size, linkId: normalizePath(n.linkname ?? "") };
    }
    const st = { type: n.type, mode: n.mode, uid: n.uid, gid: n.gid, mtime: n.mtime, size: n.type === "file" ? n.size : 0 };
    if (n.type === "symlink") st.linkname = n.linkname ?? "";
    const id = this.linkIds.get(p);
    if (id) st.linkId = id;
    const extra = this.extra.get(p);
    if (extra) Object.assign(st, keptAttributes({ type: n.type, ...extra }));
    return st;
  }
  async readdir(rel) {
    return this.view.children(normalizePath(rel));
  }
  async resolve(rel, followLast = true) {
    return this.view.resolve(rel, followLast);
  }
  async contentPath(rel) {
    const n = this.view.lstat(normalizePath(rel));
    const p = n?.type === "hardlink" ? normalizePath(n.linkname ?? "") : normalizePath(rel);
    return path13.join(this.contentDir, p);
  }
  /**
   * Extracts the regular files under `roots` (resolved paths) from the layers into the content directory,
   * later layers winning, plus the targets of hardlinks found there; records hardlink groups. `openTar` gives a
   * layer as an uncompressed tar. With the layers' `summaries` (same order), a layer that holds no file or
   * hardlink under those paths is not read at all: copying a binary out of a build stage reads the layers that
   * wrote it, not the base and toolchain layers below.
   */
  async extract(layers, roots, openTar, summaries) {
    const wanted = [...roots.map(normalizePath)];
    const linked = (n) => {
      const t = normalizePath(n.linkname ?? "");
      this.linkIds.set(t, t);
      if (!under3(t, wanted)) wanted.push(t);
    };
    const walk = (dir) => {
      for (const name of this.view.children(dir)) {
        const p = dir === "" ? name : `${dir}/${name}`;
        const n = this.view.lstat(p);
        if (n?.type === "hardlink") linked(n);
        else if (n?.type === "dir") walk(p);
      }
    };
    for (const r of roots) {
      const n = this.view.lstat(normalizePath(r));
      if (n?.type === "dir" || normalizePath(r) === "") walk(normalizePath(r));
      else if (n?.type === "hardlink") linked(n);
    }
    for (const [i, layer] of layers.entries()) {
      const summary = summaries?.[i];
      if (summary && !summary.entries.some(([p, t]) => (t === "f" || t === "h" || t === "c" || t === "b") && under3(normalizePath(p), wanted))) continue;
      const tar = await openTar(layer);
      for await (const { entry, body } of readTar(tar)) {
        const p = normalizePath(entry.path);
        if (!under3(p, wanted) || path13.posix.basename(p).startsWith(".wh.")) {
          body.resume();
          continue;
        }
        const kept = keptAttributes(entry);
        if (Object.keys(kept).length) this.extra.set(p, kept);
        else this.extra.delete(p);
        const dest = path13.join(this.contentDir, p);
        if (entry.type === "file") {
          await mkdir8(path13.dirname(dest), { recursive: true });
          await pipeline5(body, createWriteStream6(dest));
        } else {
          body.resume();
          if (entry.type === "hardlink") {
            await mkdir8(path13.dirname(dest), { recursive: true });
            await copyFile2(path13.join(this.contentDir, normalizePath(entry.linkname ?? "")), dest).catch(() => void 0);
          }
        }
      }
    }
  }
};

// src/build/emulation.ts
import { readdirSync } from "node:fs";
var QEMU_ARCH = { amd64: "x86_64", arm64: "aarch64", arm: "arm", "386": "i386", ppc64le: "ppc64le", s390x: "s390x", riscv64: "riscv64", mips64le: "mips64el" };
function emulationProblem(target, host = hostPlatform(), binfmtEntries = listBinfmt) {
  const t = normalizePlatform(target);
  const h = normalizePlatform(host);
  if (t.os !== "linux") return `RUN cannot execute ${formatPlatform(t)} binaries on ${formatPlatform(h)}`;
  if (t.architecture === h.architecture) return void 0;
  if (h.architecture === "arm64" && t.architecture === "arm" || h.architecture === "amd64" && t.architecture === "386") return void 0;
  const qemu = QEMU_ARCH[t.architecture] ?? t.architecture;
  if (binfmtEntries().some((e) => e === `qemu-${qemu}` || e.startsWith(`qemu-${qemu}`))) return void 0;
  return `RUN needs to execute ${formatPlatform(t)} binaries on this ${formatPlatform(h)} machine: register QEMU with binfmt_misc first (on GitHub: docker/setup-qemu-action; on Debian: the qemu-user-static and binfmt-support packages), or build this platform on a native runner`;
}
function listBinfmt() {
  try {
    return readdirSync("/proc/sys/fs/binfmt_misc");
  } catch {
    return [];
  }
}

// src/build/steps.ts
var StepError = class extends Error {
  constructor(file, line, message, detail, cause) {
    super(`${file}:${line}: ${message}`, cause === void 0 ? void 0 : { cause });
    this.file = file;
    this.line = line;
    this.detail = detail;
    this.name = "StepError";
  }
  file;
  line;
  detail;
};
var EMPTY_GZIP_LAYER = Buffer.from("1f8b08000000000000ff621805a360148c5800080000ffff2eafb5ef00040000", "hex");
var EMPTY_DIFF_ID = digestOf(Buffer.alloc(1024));
function epoch(s) {
  return s.opts.sourceDateEpoch;
}
function nowSeconds(s) {
  return epoch(s) ?? Math.floor(s.opts.now() / 1e3);
}
function stageNoCache(s, stage2) {
  if (s.opts.noCache) return true;
  const f = s.opts.noCacheFilter;
  if (!f || f.length === 0) return false;
  const names = f.join(",").split(",");
  if (names.length === 1 && names[0] === "") return true;
  return names.some((n) => n.toLowerCase() === (stage2.name ?? "").toLowerCase());
}
function chmodKey(written2, parsed) {
  if (written2 === void 0 || parsed === void 0) return void 0;
  return /^[0-7]+$/.test(written2) ? parseInt(written2, 8) & 4095 : written2;
}
function destKey(dest, workdir) {
  const abs = goPathClean(dest.startsWith("/") ? dest : `/${workdir}/${dest}`);
  const dir = dest === "" || dest === "." || dest.endsWith("/");
  return dir && abs !== "/" ? `${abs}/` : abs;
}
function written(given, resolved) {
  return given !== void 0 && given.startsWith("/") && given !== `/${resolved}` ? { written: given } : {};
}
function findStage(s, from) {
  const found = stageByRef(s.plan.allStages, from);
  return found && s.plan.stages.find((st) => st.index === found.index);
}
async function fromState(s, input, from, mountTarget) {
  const notDefinedBefore = () => mountTarget === void 0 ? notCopiedBefore(from, input.stageName) : `cannot mount from stage "${from}" to "${mountTarget}", stage needs to be defined before current command`;
  const stage2 = findStage(s, from);
  if (stage2) {
    const st = s.stages.get(stage2.index);
    if (!st) throw new StepError(s.dockerfile.file, input.raw.startLine, notDefinedBefore());
    return { key: st.key, layers: st.layers };
  }
  const named = lookupNamedContext(s.opts.namedContexts, from);
  if (named?.kind === "local" || named?.kind === "git" || named?.kind === "oci-layout") {
    const st = await s.namedContext(from, input.state.platform).catch((e) => {
      throw new StepError(s.dockerfile.file, input.raw.startLine, e.message);
    });
    return { key: st.key, layers: st.layers };
  }
  if (!named && stageByRef(s.plan.allStages, from)) throw new StepError(s.dockerfile.file, input.raw.startLine, notDefinedBefore());
  const name = named?.kind === "image" ? named.ref : from;
  const img = name === "scratch" ? scratchState(input.state.platform) : await resolveImageState(s, name, input.state.platform, input.raw.startLine);
  return { key: img.key, layers: img.layers };
}
function notCopiedBefore(from, stage2) {
  return `cannot copy from stage "${from}", it needs to be defined before current stage "${stage2}"`;
}
function contextIdentity(s, tree) {
  return async (rel, st) => st.type === "symlink" ? `${st.mtime}:symlink` : `${st.mtime}:${await s.hasher.digestOfFile(await tree.contentPath(rel))}`;
}
function writtenDigest(s) {
  return async (c) => c.kind === "data" ? createHash6("sha256").update(c.data).digest("hex") : s.hasher.digestOfFile(c.path);
}
async function mountView(s, layers, line) {
  if (!s.opts.mountRootfs) throw new StepError(s.dockerfile.file, line, "reading another stage's files needs the sandbox (root or passwordless sudo)");
  const m = await s.opts.mountRootfs(layers.map((l) => s.layerSource(l)));
  s.cleanups.push(() => m.release());
  return m.path;
}
async function viewOf(s, state) {
  const summaries = [];
  for (const l of state.layers) summaries.push(await s.blobs.summary(l));
  return FsView.fromSummaries(summaries);
}
async function storeLayer(s, tarOrOpen, summarize2, empty) {
  const { family, compression, level } = s.opts.format;
  const mediaType = layerMediaType(family, compression);
  if (empty && compression === "gzip") {
    const tar2 = typeof tarOrOpen === "function" ? void 0 : tarOrOpen;
    const digest = digestOf(EMPTY_GZIP_LAYER);
    const file = s.blobs.localPath(digest);
    await mkdir9(path14.dirname(file), { recursive: true });
    await writeFile5(file, EMPTY_GZIP_LAYER);
    tar2?.resume?.();
    const layer2 = { diffId: EMPTY_DIFF_ID, digest, size: EMPTY_GZIP_LAYER.length, mediaType, location: { kind: "file", path: file } };
    layer2.summary = { v: 1, diffId: EMPTY_DIFF_ID, entries: [], whiteouts: [], opaques: [], files: {} };
    return layer2;
  }
  const tar = typeof tarOrOpen === "function" ? tarOrOpen() : tarOrOpen;
  const blob = await writeLayerBlob(tar, { compression, dir: path14.join(s.opts.stateDir, "blobs"), level });
  const layer = { diffId: blob.diffId, digest: blob.digest, size: blob.size, mediaType, location: { kind: "file", path: blob.path } };
  layer.summary = await summarize2(blob.diffId);
  await s.blobs.rememberSummary(layer.summary);
  return layer;
}
function inputsDigest(parent, sources) {
  const chain = (layers) => layers.map((l) => l.diffId);
  return digestOf(Buffer.from(JSON.stringify([parent ? chain(parent) : null, ...sources.map((x) => chain(x.layers))])));
}
function fromRecords(states) {
  return states.every((layers) => layers.every((l) => l.location.kind !== "file" && !l.ready));
}
function record(s, input, key, layer, createdBy, volatile, sources, run2 = false, onParent = true) {
  s.newRecords.push({
    key,
    layer: { digest: layer.digest, diffId: layer.diffId, size: layer.size, mediaType: layer.mediaType },
    createdBy,
    parent: input.state.key,
    sources: sources.map((x) => x.key),
    volatile,
    run: run2,
    final: s.finalStages.has(input.stage.index),
    meta: { summary: layer.summary, created: s.startedAt, inputs: inputsDigest(onParent ? input.state.layers : void 0, sources) }
  });
  if (layer.location.kind === "file") s.newBlobs.push({ digest: layer.digest, size: layer.size, path: layer.location.path });
}
function lookup(s, input, key, sources = [], onParent = true) {
  const hit = findCached(s, input, key, sources, onParent);
  if (!hit) input.onMiss?.();
  return hit;
}
function findCached(s, input, key, sources, onParent) {
  if (!s.opts.cache) return void 0;
  if (stageNoCache(s, input.stage) || onParent && s.forcedKeys.has(input.state.key) || sources.some((x) => s.forcedKeys.has(x.key))) {
    s.forcedKeys.add(key);
    return void 0;
  }
  const rec = s.opts.cache.lookup(key);
  if (!rec?.layer) return void 0;
  const parent = onParent ? input.state.layers : void 0;
  const inputs = rec.meta?.inputs;
  if (typeof inputs === "string" && fromRecords([...parent ? [parent] : [], ...sources.map((x) => x.layers)]) && inputs !== inputsDigest(parent, sources)) {
    s.forcedKeys.add(key);
    return void 0;
  }
  if (s.badDigests.has(rec.layer.digest)) return void 0;
  const layer = { ...rec.layer, location: { kind: "cache" } };
  const summary = summaryOf(rec.meta?.summary, layer.diffId);
  if (summary) layer.summary = summary;
  return layer;
}
function copyCreatedBy(instr) {
  const parts = [instr.kind];
  if (instr.kind === "COPY" && instr.parents) parts.push("--parents");
  if (instr.chown) parts.push(`--chown=${instr.chown}`);
  if (instr.chmod) parts.push(`--chmod=${instr.chmod}`);
  parts.push(...instr.sources);
  parts.push(...instr.heredocs.map((h) => `<<${h.path}`));
  parts.push(instr.dest);
  return parts.join(" ");
}
async function copyStep(s, input, instr) {
  const line = input.raw.startLine;
  const fail = (e) => {
    if (e instanceof StepError || e instanceof BaseImageError) throw e;
    throw new StepError(s.dockerfile.file, line, `${instr.kind} failed: ${e.message}`, void 0, e);
  };
  const from = instr.kind === "COPY" ? instr.from : void 0;
  const createdBy = copyCreatedBy(instr);
  const workdir = input.state.config.config?.WorkingDir || "/";
  const exclude = instr.exclude.length ? createExcludeMatcher(instr.exclude) : void 0;
  let chmod4;
  try {
    chmod4 = !instr.chmod ? void 0 : s.opts.legacyFrontend ? parseChmodLegacy(instr.chmod) : parseChmod(instr.chmod);
  } catch (e) {
    fail(e);
  }
  let sourceKeys = [];
  let fromInfo;
  const hardlinks = /* @__PURE__ */ new Map();
  const addPrepared = instr.kind === "ADD" ? await addSources(s, instr).catch(fail) : void 0;
  try {
    if (from) {
      fromInfo = await fromState(s, input, from);
      sourceKeys = [{ from: fromInfo.key, paths: instr.sources.map((p) => goPathClean(`/${p}`)) }];
    } else {
      for (const src of instr.sources) {
        const local = addPrepared?.get(src);
        if (local) {
          sourceKeys.push(local.key);
          continue;
        }
        const matches = await s.context.resolveSource(src, { globstar: instr.kind === "COPY" && instr.parents });
        const hashes = [];
        for (const m of matches) hashes.push([m, await s.hasher.hashTree(s.context, m, path14.posix.basename(normalizePath(m)) || ".", exclude?.test, { seen: hardlinks, at: `${sourceKeys.length}\0${m}` })]);
        sourceKeys.push({ src: goPathClean(`/${src}`), hashes });
      }
    }
  } catch (e) {
    fail(e);
  }
  const link2 = instr.link && !instr.chmod;
  if (link2 && instr.chown) {
    const names = chownNames(instr.chown);
    if (names.length > 0) fail(new Error(`--link with --chown=${instr.chown}: a user or group name (${[...new Set(names)].join(", ")}) cannot be looked up in a linked copy, as in docker build ("invalid user index: -1"); use numeric ids, or drop --link`));
  } else if (instr.chown && input.state.key === scratchState(input.state.platform).key) {
    const names = chownNames(instr.chown);
    if (names.length > 0) fail(new Error(`--chown=${instr.chown}: a user or group name (${[...new Set(names)].join(", ")}) cannot be looked up in an empty FROM scratch stage, as in docker build ("invalid user index: -1"); use numeric ids`));
  }
  const material = {
    op: instr.kind,
    sources: sourceKeys,
    heredocs: instr.heredocs.map((h) => [h.path, digestOf(h.data)]),
    // The destination as BuildKit keys it: absolute and clean, a trailing `/` (or `.`) kept as "a directory".
    dest: destKey(instr.dest, workdir),
    chown: instr.chown,
    // The mode it gives (`755` and `0755` are one; a value Engine 26's frontend ignores is none).
    chmod: chmodKey(instr.chmod, chmod4),
    link: link2,
    parents: instr.kind === "COPY" ? instr.parents : false,
    exclude: instr.exclude,
    unpack: instr.kind === "ADD" ? instr.unpack : void 0,
    checksum: instr.kind === "ADD" ? instr.checksum : void 0,
    platform: formatPlatform(input.state.platform)
  };
  const key = stepKey(link2 ? "link" : input.state.key, material);
  const stateKey = () => {
    if (!link2) return key;
    const out = stepKey(input.state.key, { link: key });
    if (s.forcedKeys.has(key) || s.forcedKeys.has(input.state.key)) s.forcedKeys.add(out);
    return out;
  };
  const hit = lookup(s, input, key, fromInfo ? [fromInfo] : [], !link2);
  if (hit) return { key: stateKey(), layer: hit, cached: true, createdBy, buildkitSuffix: true };
  const result = await (async () => {
    const fullView = await viewOf(s, input.state);
    const view = link2 ? new FsView() : fullView;
    let chown;
    if (instr.chown) {
      const r = resolveOwner(instr.chown, { passwd: fullView.readSmallFile("etc/passwd"), group: fullView.readSmallFile("etc/group") });
      chown = r.owner;
      if (r.unknown.length > 0) {
        s.opts.events?.warning?.(`${instr.kind} --chown=${instr.chown}: ${r.unknown.join(" and ")}; using ${chown.uid}:${chown.gid}, as BuildKit does`, s.dockerfile.file, input.raw.startLine);
      }
    }
    const plan = new LayerPlan(view, nowSeconds(s));
    const sources = [];
    if (fromInfo) {
      const summaries = await Promise.all(fromInfo.layers.map((l) => s.blobs.summary(l)));
      const srcView = FsView.fromSummaries(summaries);
      const tree = new ViewTree(srcView, await mkdtemp6(path14.join(s.opts.tempDir, "from-")));
      const roots = [];
      for (const p of instr.sources) for (const m of await resolveSourceIn(tree, p, `stage ${from}`)) roots.push(await tree.resolve(m));
      await tree.extract(fromInfo.layers, roots, (l) => s.openLayerTar(l), summaries);
      sources.push({ tree, where: `stage ${from}`, preserveOwner: true, paths: instr.sources, identify: async (rel) => srcView.lstat(normalizePath(rel))?.id });
    } else {
      const ctxPaths = instr.sources.filter((p) => !addPrepared?.has(p));
      if (ctxPaths.length) sources.push({ tree: s.context, where: "the build context", preserveOwner: false, paths: ctxPaths, identify: contextIdentity(s, s.context) });
      for (const [src, local] of addPrepared ?? []) {
        const { dir, name } = await local.stage();
        sources.push({ tree: new BuildContext(dir), where: src, preserveOwner: false, paths: [name] });
      }
    }
    const inline = instr.heredocs.map((h) => ({ name: h.path, data: Buffer.from(h.data), ...heredocIdentity(s, h.path, h.data) }));
    await planCopy(plan, sources, inline, {
      dest: instr.dest,
      workdir,
      chown,
      chmod: chmod4,
      parents: instr.kind === "COPY" ? instr.parents : false,
      exclude: exclude?.test,
      now: nowSeconds(s),
      onFile: instr.kind === "ADD" && instr.unpack !== false ? unpackIfArchive(s, chown) : void 0
    });
    await plan.settle(
      writtenDigest(s),
      async (paths) => {
        const summaries = await Promise.all(input.state.layers.map((l) => s.blobs.summary(l)));
        const tree = new ViewTree(view, await mkdtemp6(path14.join(s.opts.tempDir, "lower-")));
        await tree.extract(input.state.layers, paths, (l) => s.openLayerTar(l), summaries);
        const out = /* @__PURE__ */ new Map();
        for (const p of paths) out.set(p, await s.hasher.digestOfFile(await tree.contentPath(p)).catch(() => ""));
        return out;
      }
    );
    return storeLayer(s, planToTar(plan, epoch(s)), (diffId) => summarizePlan(plan, diffId, epoch(s)), false);
  })().catch(fail);
  record(s, input, key, result, createdBy, !from, fromInfo ? [fromInfo] : [], false, !link2);
  return { key: stateKey(), layer: result, cached: false, createdBy, buildkitSuffix: true };
}
var heredocs = /* @__PURE__ */ new WeakMap();
function heredocIdentity(s, name, data) {
  let known = heredocs.get(s);
  if (!known) heredocs.set(s, known = /* @__PURE__ */ new Map());
  const digest = createHash6("sha256").update(data).digest("hex");
  const key = `${name}\0${digest}`;
  let v = known.get(key);
  if (!v) {
    const mtime = nowSeconds(s);
    v = { mtime, id: `${mtime}.${String(known.size + 1).padStart(6, "0")}1:${digest}` };
    known.set(key, v);
  }
  return v;
}
async function workdirStep(s, input) {
  const wd = input.state.config.config.WorkingDir;
  const user = input.state.config.config?.User ?? "";
  const createdBy = `WORKDIR ${wd}`;
  const key = stepKey(input.state.key, { op: "WORKDIR", path: goPathClean(wd), user, platform: formatPlatform(input.state.platform) });
  const hit = lookup(s, input, key);
  if (hit) return { key, layer: hit, cached: true, createdBy, buildkitSuffix: false };
  const layer = await (async () => {
    const view = await viewOf(s, input.state);
    const owner = user ? resolveOwner(user, { passwd: view.readSmallFile("etc/passwd"), group: view.readSmallFile("etc/group") }).owner : void 0;
    const plan = new LayerPlan(view, nowSeconds(s));
    plan.mkdirAll(plan.resolve(wd), owner, nowSeconds(s));
    return storeLayer(s, planToTar(plan, epoch(s)), (diffId) => summarizePlan(plan, diffId, epoch(s)), plan.empty);
  })().catch((e) => {
    throw new StepError(s.dockerfile.file, input.raw.startLine, `WORKDIR ${wd}: ${e.message}`, void 0, e);
  });
  record(s, input, key, layer, createdBy, false, []);
  return { key, layer, cached: false, createdBy, buildkitSuffix: false };
}
function runCommandString(argv, declared, env, args, legacy = false) {
  const kv = [];
  for (const k of legacy ? declared : [...new Set(declared)]) {
    const fromEnv = env.find((e) => e.startsWith(`${k}=`));
    const v = fromEnv !== void 0 ? fromEnv.slice(k.length + 1) : args.get(k);
    kv.push(`${k}=${v ?? ""}`);
  }
  const prefix = kv.length ? [`|${kv.length}`, ...kv] : [];
  return [...prefix, ...argv].join(" ");
}
function heredocArgv(instr, shell) {
  if (instr.form === "exec") return { argv: instr.args, files: [] };
  const hs = instr.heredocs;
  if (hs.length === 0) return { argv: [...shell, instr.command], files: [] };
  const only = /^<<-?\s*(["']?)([^"'\s]+)\1\s*$/.exec(instr.command.trim());
  if (hs.length === 1 && only && only[2] === hs[0].name) {
    let data = hs[0].body;
    if (hs[0].chomp) data = data.replace(/^\t+/gm, "");
    if (data.startsWith("#!")) {
      const p = `/dev/pipes/${hs[0].name}`;
      return { argv: [...shell, p], files: [{ path: p, content: Buffer.from(data), mode: 493 }] };
    }
    return { argv: [...shell, data], files: [] };
  }
  let script = instr.command;
  for (const h of hs) script += `
${h.body}${h.name}`;
  return { argv: [...shell, script], files: [] };
}
function contextBindSource(s, source, line) {
  let p = s.contextBinds.get(source);
  if (!p) {
    p = (async () => {
      const written2 = source === "" ? "." : source;
      const { resolved, st } = await contextBindStat(s, source, line);
      if ((await s.executor()).name === "docker") return s.context.abs(resolved);
      const plan = new LayerPlan(new FsView(), nowSeconds(s));
      await planCopy(plan, [{ tree: s.context, where: "the build context", preserveOwner: false, paths: [written2] }], [], { dest: "/", workdir: "/", now: nowSeconds(s) });
      const layer = await storeLayer(s, planToTar(plan), (diffId) => summarizePlan(plan, diffId), plan.empty);
      const root = await mountView(s, [layer], line);
      return st.type === "dir" ? root : path14.join(root, path14.posix.basename(normalizePath(written2)));
    })();
    s.contextBinds.set(source, p);
    p.catch(() => s.contextBinds.delete(source));
  }
  return p;
}
async function contextBindStat(s, source, line) {
  const resolved = await s.context.resolve(source);
  const st = resolved === "" ? { type: "dir" } : await s.context.lstat(resolved);
  if (!st) throw new StepError(s.dockerfile.file, line, `RUN --mount=type=bind: source "${source === "" ? "." : source}" is not in the build context (or excluded by .dockerignore): "/${source}": not found`);
  return { resolved, st };
}
async function runMounts(s, input, instr) {
  const mounts = [];
  const keys = [];
  const sources = [];
  const sshTargets = [];
  const secretEnvs = [];
  const line = input.raw.startLine;
  const workdir = input.state.config.config?.WorkingDir || "/";
  const resolveTarget = (t) => normalizePath(t.startsWith("/") ? t : `${workdir}/${t}`);
  const mountTarget = (m) => {
    const t = resolveTarget(m.target ?? "");
    if (!t) throw new StepError(s.dockerfile.file, line, `invalid mount target "/"`);
    return t;
  };
  for (const m of instr.mounts) {
    const givenTarget = m.target ? resolveTarget(m.target) : "";
    switch (m.type) {
      case "bind": {
        const target = mountTarget(m);
        const source = normalizePath(m.source ?? "");
        if (m.from) {
          const st = await fromState(s, input, m.from, m.target ?? "");
          mounts.push(async () => ({ type: "bind", source: await inView(await mountView(s, st.layers, line), source), target: `/${target}`, readonly: m.readOnly }));
          keys.push({ type: "bind", from: st.key, source, target, ...written(m.target, target), rw: !m.readOnly });
          sources.push(st);
        } else {
          await contextBindStat(s, source, line);
          const hash = await s.hasher.hashTree(s.context, source, path14.posix.basename(source) || ".");
          mounts.push(async () => ({ type: "bind", source: await contextBindSource(s, source, line), target: `/${target}`, readonly: m.readOnly }));
          keys.push({ type: "bind", source, hash, target, ...written(m.target, target), rw: !m.readOnly });
        }
        break;
      }
      case "cache": {
        const target = mountTarget(m);
        const seed = m.from ? await fromState(s, input, m.from, m.target ?? "") : void 0;
        const seedSource = normalizePath(m.source ?? "");
        const perm = !seed && (m.uid !== void 0 || m.gid !== void 0 || m.mode !== void 0);
        const seedId = seed ? createHash6("sha256").update(`${seed.key}\0${seedSource}`).digest("hex").slice(0, 16) : perm ? `perm:${m.uid ?? 0}:${m.gid ?? 0}:${(m.mode ?? 493).toString(8)}` : void 0;
        const ns = s.opts.buildArgs.BUILDKIT_CACHE_MOUNT_NS ?? "";
        const id = `${ns ? `${ns}/` : ""}${m.id ?? goPathClean(m.target ?? "")}`;
        mounts.push(async () => ({
          type: "cache",
          id: seedId ? `${id}@${seedId}` : id,
          target: `/${target}`,
          sharing: m.sharing ?? "shared",
          readonly: m.readOnly,
          mode: m.mode,
          uid: m.uid,
          gid: m.gid,
          from: seed && await inView(await mountView(s, seed.layers, line), seedSource)
        }));
        keys.push({ type: "cache", target, ...written(m.target, target), readonly: m.readOnly, mode: m.mode, uid: m.uid, gid: m.gid, ...m.sharing && m.sharing !== "shared" ? { sharing: m.sharing } : {}, ...seed ? { from: seed.key, source: seedSource } : {}, ...ns ? { ns } : {} });
        if (seed) sources.push(seed);
        break;
      }
      case "tmpfs": {
        const target = mountTarget(m);
        mounts.push(async () => ({ type: "tmpfs", target: `/${target}`, size: m.size }));
        keys.push({ type: "tmpfs", target, ...written(m.target, target), size: m.size || void 0 });
        break;
      }
      case "secret": {
        const id = m.id ?? (givenTarget ? path14.posix.basename(givenTarget) : "");
        if (!id) throw new StepError(s.dockerfile.file, line, "RUN --mount=type=secret needs an id or a target");
        const source = s.opts.secrets?.[id];
        const asEnv = m.env !== void 0 ? { env: m.env } : {};
        const secretTarget = givenTarget ? `/${givenTarget}` : m.env !== void 0 ? void 0 : `/run/secrets/${id}`;
        keys.push({ type: "secret", id, target: secretTarget, mode: m.mode === 256 ? void 0 : m.mode, uid: m.uid || void 0, gid: m.gid || void 0, ...asEnv, ...m.required ? { required: true } : {} });
        if (!source) {
          if (m.required) throw new StepError(s.dockerfile.file, line, `secret "${id}" is required but was not given (--secret id=${id},src=FILE)`);
          break;
        }
        if (secretTarget) mounts.push(async () => ({ type: "secret", source, target: secretTarget, mode: m.mode ?? 256, uid: m.uid ?? 0, gid: m.gid ?? 0, required: m.required }));
        if (m.env !== void 0) secretEnvs.push({ name: m.env, source, required: m.required ?? false });
        break;
      }
      case "ssh": {
        const sshTarget = givenTarget ? `/${givenTarget}` : `/run/buildkit/ssh_agent.${sshTargets.length}`;
        const id = m.id ?? "default";
        const agent = s.opts.ssh?.[id];
        sshTargets.push(sshTarget);
        const uid = m.uid ?? 0;
        const gid = m.gid ?? 0;
        const mode = m.mode ?? 384;
        keys.push({ type: "ssh", id, target: sshTarget, uid, gid, mode, ...m.required ? { required: true } : {} });
        if (!agent) {
          if (m.required) throw new StepError(s.dockerfile.file, line, `RUN --mount=type=ssh,required=true needs the SSH agent "${id}": give it with --ssh ${id}[=SOCKET] (action input ssh)`);
          break;
        }
        mounts.push(async () => ({ type: "ssh", source: agent, target: sshTarget, uid, gid, mode }));
        break;
      }
    }
  }
  const shmSize = s.opts.shmSize;
  if (shmSize) {
    mounts.push(async () => ({ type: "tmpfs", target: "/dev/shm", size: shmSize }));
    keys.push({ type: "tmpfs", target: "dev/shm", size: shmSize });
  }
  const make = async () => {
    const out = [];
    for (const f of mounts) out.push(await f());
    return out.filter((m, i) => !out.slice(i + 1).some((later) => later.target === m.target));
  };
  const fsMount = (k) => ["bind", "cache", "tmpfs"].includes(k.type);
  const targetOf = (k) => k.target;
  const byTarget = keys.filter(fsMount).sort((a, b) => targetOf(a) < targetOf(b) ? -1 : targetOf(a) > targetOf(b) ? 1 : 0);
  return { make, keys: [...byTarget, ...keys.filter((k) => !fsMount(k))], sources, sshTargets, secretEnvs };
}
async function readSecretEnvs(secretEnvs) {
  const out = [];
  for (const e of secretEnvs) {
    let value;
    try {
      value = await readFile5(e.source, "utf8");
    } catch (err) {
      if (!e.required && err.code === "ENOENT") continue;
      throw new Error(`secret for ${e.name}: cannot read ${e.source} (${err.code ?? err.message})`);
    }
    out.push(`${e.name}=${value.replace(/\0/g, "")}`);
  }
  return out;
}
async function inView(root, source) {
  return (await resolveInRoot(root, `/${source}`)).hostPath;
}
async function runStep(s, input, instr) {
  const line = input.raw.startLine;
  const config = input.state.config;
  const { argv, files } = heredocArgv(instr, shellOf(config));
  const createdBy = `RUN ${runCommandString(argv, input.declaredArgs, input.runEnv, input.args, s.opts.legacyFrontend)}`;
  const { make: makeMounts, keys: mountKeys, sources: mountSources, sshTargets, secretEnvs } = await runMounts(s, input, instr);
  const runEnv = sshTargets.length && !input.runEnv.some((e) => e.startsWith("SSH_AUTH_SOCK=")) ? [...input.runEnv, `SSH_AUTH_SOCK=${sshTargets[0]}`] : input.runEnv;
  const cwd = config.config?.WorkingDir || "/";
  const user = config.config?.User ?? "";
  const network = instr.network && instr.network !== "default" ? instr.network : s.opts.network ?? "default";
  const extraHosts = s.opts.extraHosts ?? [];
  const ulimits = s.opts.ulimits ?? [];
  const hostname = s.opts.buildArgs.BUILDKIT_SANDBOX_HOSTNAME || void 0;
  const key = stepKey(input.state.key, {
    op: "RUN",
    argv,
    env: input.runEnv,
    cwd,
    user,
    network,
    // Part of BuildKit's ExecOp, so of its cache key; left out when there are none (keys made before stay valid).
    // By name only: BuildKit leaves the addresses out of the key (a changed IP keeps the step cached).
    ...extraHosts.length ? { extraHosts: extraHosts.map((h) => h.host) } : {},
    ...ulimits.length ? { ulimits: ulimits.map((u) => `${u.name}=${u.soft}:${u.hard}`) } : {},
    ...hostname ? { hostname } : {},
    security: instr.security ?? "sandbox",
    mounts: mountKeys,
    files: files.map((f) => [f.path, digestOf(f.content)]),
    platform: formatPlatform(input.state.platform)
  });
  const hit = lookup(s, input, key, mountSources);
  const description = `mount / from exec ${argv.join(" ")}`;
  if (hit) return { key, layer: hit, cached: true, createdBy, buildkitSuffix: true, description };
  const emulation = emulationProblem(input.state.platform);
  if (emulation) throw new StepError(s.dockerfile.file, line, emulation);
  const nameless = runEnv.find((e) => e.startsWith("="));
  if (nameless !== void 0) {
    const tail = `
runc run failed: unable to start container process: error during container init: environment variable name can't be empty: ${goQuote(nameless)}`;
    throw new StepError(s.dockerfile.file, line, `[${input.stageName}] RUN: ${processFailed(argv, 1)}${tail}`, tail);
  }
  const mounts = await makeMounts();
  const executor = await s.executor().catch((e) => {
    throw new StepError(s.dockerfile.file, line, `RUN needs a sandbox: ${e.message}`);
  });
  let result;
  try {
    result = await executor.run({
      layers: input.state.layers.map((l) => s.layerSource(l)),
      argv,
      // Secret values join the environment here only: not in the key, the history or the image config.
      env: withProxyEnv(runEnv, s.opts.buildArgs),
      secretEnv: await readSecretEnvs(secretEnvs),
      cwd,
      user,
      network,
      extraHosts,
      ulimits,
      ...hostname ? { hostname } : {},
      mounts,
      heredocFiles: files,
      sourceDateEpoch: epoch(s),
      onOutput: (stream, chunk) => s.opts.events?.output?.(input.stageName, line, stream, chunk),
      signal: s.opts.signal
    });
  } catch (e) {
    if (e instanceof RunError) {
      const tail = e.lastOutput.length ? `
${e.lastOutput.join("\n")}` : "";
      throw new StepError(s.dockerfile.file, line, `[${input.stageName}] RUN: ${processFailed(argv, e.exitCode)}${tail}`, tail);
    }
    throw new StepError(s.dockerfile.file, line, `[${input.stageName}] RUN failed: ${e.message}`, void 0, e);
  }
  if (result.empty) {
    try {
      const layer2 = await storeLayer(s, () => createReadStream9(result.diffTar), (diffId2) => summarizeTarFile(result.diffTar, diffId2), true);
      record(s, input, key, layer2, createdBy, false, mountSources, true);
      return { key, layer: layer2, cached: false, createdBy, buildkitSuffix: true, description };
    } finally {
      await result.release();
    }
  }
  let diffId;
  try {
    diffId = result.diffId ? parseDigest(result.diffId) : await digestOfFile(result.diffTar);
  } catch (e) {
    await result.release();
    throw e;
  }
  const parent = { ...input, state: { ...input.state, layers: [...input.state.layers] } };
  const layer = storeLayerInBackground(s, diffId, result.diffTar, result.release, (stored) => record(s, parent, key, stored, createdBy, false, mountSources, true));
  return { key, layer, cached: false, createdBy, buildkitSuffix: true, description };
}
function storeLayerInBackground(s, diffId, tarFile, release, stored) {
  const { family, compression } = s.opts.format;
  const layer = { diffId, digest: diffId, size: 0, mediaType: layerMediaType(family, compression), location: { kind: "file", path: tarFile } };
  const summary = summarizeTarFile(tarFile, diffId);
  summary.catch(() => void 0);
  layer.summaryReady = summary;
  const ready = (async () => {
    try {
      const done = await storeLayer(s, createReadStream9(tarFile), () => summary, false);
      if (done.diffId !== diffId) throw new Error(`the RUN layer's tar changed while it was stored (diff_id ${done.diffId}, expected ${diffId})`);
      layer.digest = done.digest;
      layer.size = done.size;
      layer.location = done.location;
      layer.summary = done.summary;
      delete layer.ready;
      delete layer.summaryReady;
      stored(layer);
    } finally {
      await summary.catch(() => void 0);
      await release();
    }
  })();
  ready.catch(() => void 0);
  layer.ready = ready;
  s.background.push(ready);
  return layer;
}
async function runLayerStep(s, input) {
  const instr = input.instr;
  switch (instr.kind) {
    case "COPY":
    case "ADD":
      return copyStep(s, input, instr);
    case "WORKDIR":
      return workdirStep(s, input);
    case "RUN":
      return runStep(s, input, instr);
    default:
      throw new StepError(s.dockerfile.file, input.raw.startLine, `${instr.kind} does not make a layer`);
  }
}

// src/build/stage.ts
var NON_ENV_ARGS = /* @__PURE__ */ new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);
function clone(v) {
  return structuredClone(v);
}
async function baseState(s, stage2) {
  const line = stage2.ast.from.startLine;
  let platform;
  try {
    platform = stagePlatform(stage2, s.opts.platform);
  } catch (e) {
    throw new StepError(s.dockerfile.file, line, e.message);
  }
  if (stage2.base.kind === "stage") {
    const parent = s.stages.get(stage2.base.stage);
    if (!parent) throw new StepError(s.dockerfile.file, line, `stage ${stage2.base.stage} is not built yet`);
    const config = clone(parent.config);
    return { state: { ...parent, config, layers: [...parent.layers] }, parent: stage2.base.stage };
  }
  if (stage2.base.kind === "scratch") return { state: scratchState(platform) };
  if (stage2.base.kind === "context") {
    const named = await s.namedContext(stage2.base.name, platform).catch((e) => {
      throw new StepError(s.dockerfile.file, line, e.message);
    });
    return { state: { ...named, config: clone(named.config), layers: [...named.layers] } };
  }
  return { state: await resolveImageState(s, stage2.base.ref, platform, line) };
}
var StageRunner = class {
  constructor(s, stage2) {
    this.s = s;
    this.stage = stage2;
    this.name = stage2.name ?? `stage-${stage2.index}`;
    this.vertexIndex = stage2.base.kind === "image" || stage2.base.kind === "context" ? 1 : 0;
    this.vertexTotal = this.vertexIndex + stage2.ast.instructions.filter((i) => i.kind === "RUN" || i.kind === "COPY" || i.kind === "ADD" || i.kind === "WORKDIR").length;
  }
  s;
  stage;
  state;
  scope;
  /** The environment RUN sees: image ENV plus ARG values, in the order they were set (later wins). */
  runEnv = [];
  /** ARGs declared in this stage (and inherited from a parent stage), in order, for RUN's history. */
  declaredArgs = [];
  configCtx = { cmdSet: false };
  name;
  /** The stage's name as logs show it. */
  get displayName() {
    return this.name;
  }
  async run() {
    this.s.opts.events?.stageStart?.(this.name, this.stage.index);
    const { state, parent } = await baseState(this.s, this.stage);
    this.state = state;
    this.configCtx.created = this.s.startedAt;
    if (this.s.opts.legacyFrontend) this.configCtx.legacyFrontend = true;
    const parentScope = parent === void 0 ? void 0 : this.s.scopes.get(parent);
    this.scope = new StageScope({ plan: this.s.plan, stage: this.stage, baseEnv: state.config.config?.Env ?? [], parentScope });
    const inherited = parent === void 0 ? void 0 : this.s.stageEnv.get(parent);
    this.runEnv = inherited ? [...inherited.runEnv] : [...state.config.config?.Env ?? []];
    this.declaredArgs = inherited && !this.s.opts.legacyFrontend ? [...inherited.declaredArgs] : [];
    const triggers = state.config.config?.OnBuild ?? [];
    if (state.config.config) state.config.config.OnBuild = null;
    for (const trigger of triggers) {
      const instr = parseInstruction(trigger, { file: this.s.dockerfile.file, line: this.stage.ast.from.startLine, escape: this.s.dockerfile.escapeToken });
      await this.dispatch(instr, true);
    }
    for (const instr of this.stage.ast.instructions) await this.dispatch(instr, false);
    this.s.stageEnv.set(this.stage.index, { runEnv: this.runEnv, declaredArgs: this.declaredArgs });
    this.state.config.rootfs = { type: "layers", diff_ids: this.state.layers.map((l) => l.diffId) };
    return { state: this.state, scope: this.scope };
  }
  warmed = false;
  /** BuildKit's step numbering (prefixCommand): FROM an image is step 1, then each RUN, COPY, ADD and WORKDIR. */
  vertexIndex;
  vertexTotal;
  /**
   * The step's progress name as BuildKit's frontend gives it: `[STAGE i/n] TEXT`, the stage named only when the
   * Dockerfile has more than one.
   */
  vertexName(text) {
    this.vertexIndex++;
    const index = String(this.vertexIndex).padStart(String(this.vertexTotal).length, " ");
    const prefix = this.s.plan.allStages.length > 1 ? `${this.name} ` : "";
    return `[${prefix}${index}/${this.vertexTotal}] ${text}`;
  }
  /**
   * At the stage's first cache miss: the steps from here on are built, and they read the layers below. Their
   * summaries (WORKDIR, COPY and USER read them) and, when a RUN is among them, the unpacked layers are
   * started in the background now, not when the first step that needs them gets to it. A build whose steps
   * are all cached never gets here and fetches nothing.
   */
  warmUp(raw) {
    if (this.warmed) return;
    this.warmed = true;
    const all = this.stage.ast.instructions;
    const at = all.indexOf(raw);
    const rest = at < 0 ? all : all.slice(at);
    this.s.warmUp([...this.state.layers], rest.some((i) => i.kind === "RUN"));
  }
  report(instr, r) {
    const rep = { stage: this.name, line: instr.startLine, instruction: instr.original, ...r };
    this.s.reports.push(rep);
    this.s.opts.events?.stepEnd?.(rep);
    return rep;
  }
  async dispatch(raw, onbuild) {
    this.s.opts.signal?.throwIfAborted();
    const t0 = this.s.opts.now();
    let instr;
    try {
      instr = this.scope.expand(raw);
    } catch (e) {
      throw new StepError(this.s.dockerfile.file, raw.startLine, e instanceof DockerfileError ? e.detail : e.message);
    }
    const text = onbuild ? `ONBUILD ${raw.original}` : raw.original;
    switch (instr.kind) {
      case "ARG": {
        const parts = [];
        for (const a of instr.args) {
          const value = this.scope.args().get(a.key);
          if (value !== void 0 && !NON_ENV_ARGS.has(a.key)) this.runEnv = setRunEnv(this.runEnv, a.key, value);
          this.declaredArgs.push(a.key);
          const shown = this.s.opts.legacyFrontend ? a.written : a.value;
          parts.push(shown !== void 0 ? `${a.key}=${shown}` : a.key);
        }
        commitHistory(this.state.config, `ARG ${parts.join(" ")}`, false, this.configCtx.created);
        this.report(raw, { status: "config", ms: this.s.opts.now() - t0 });
        return;
      }
      case "ENV":
        for (const { key, value } of instr.pairs) this.runEnv = setRunEnv(this.runEnv, key, value);
        break;
      case "FROM":
        return;
      default:
        break;
    }
    if (instr.kind !== "WORKDIR" && instr.kind !== "COPY" && instr.kind !== "ADD" && instr.kind !== "RUN") {
      try {
        applyConfigInstruction(this.state.config, instr, this.configCtx);
      } catch (e) {
        throw new StepError(this.s.dockerfile.file, raw.startLine, e.message);
      }
      this.report(raw, { status: "config", ms: this.s.opts.now() - t0 });
      return;
    }
    if (instr.kind === "WORKDIR") {
      const wd = normalizeWorkdir(this.state.config.config?.WorkingDir, instr.path);
      (this.state.config.config ??= {}).WorkingDir = wd;
      if (wd === "/") {
        commitHistory(this.state.config, `WORKDIR ${wd}`, false, this.configCtx.created);
        this.report(raw, { status: "config", ms: this.s.opts.now() - t0 });
        return;
      }
    }
    this.s.opts.events?.stepStart?.(this.name, text, raw.startLine);
    for (const l of this.state.layers) {
      const pulled = this.s.pulledFrom.get(l);
      if (pulled !== void 0 && !this.s.layerDescriptions.has(l)) this.s.layerDescriptions.set(l, pulled);
    }
    const result = await runLayerStep(this.s, {
      stage: this.stage,
      stageName: this.name,
      instr,
      raw,
      state: this.state,
      runEnv: this.runEnv,
      declaredArgs: this.declaredArgs,
      args: this.scope.args(),
      onMiss: () => this.warmUp(raw)
    });
    this.state.key = result.key;
    const vertex = this.vertexName(result.createdBy);
    if (result.layer) {
      this.state.layers.push(result.layer);
      if (!this.s.layerDescriptions.has(result.layer)) this.s.layerDescriptions.set(result.layer, result.description ?? vertex);
    }
    commitHistory(this.state.config, result.createdBy, result.layer !== void 0, this.configCtx.created, result.buildkitSuffix);
    const layer = result.layer;
    const pending = layer?.ready;
    const rep = this.report(raw, { status: result.cached ? "cached" : "built", ms: this.s.opts.now() - t0, layerSize: pending ? void 0 : layer?.size, cacheKey: result.key });
    if (pending) void pending.then(() => rep.layerSize = layer.size, () => void 0);
  }
};

// src/build/layout-context.ts
import { stat as stat5 } from "node:fs/promises";
var CONTAINERD_NAME = "io.containerd.image.name";
async function rootDescriptor(layout, spec, where) {
  const { manifests } = await layout.index();
  if (spec.digest !== void 0) {
    return manifests.find((m) => m.digest === spec.digest) ?? { digest: spec.digest, mediaType: "", size: -1 };
  }
  const named = manifests.find((m) => m.annotations?.[CONTAINERD_NAME] === spec.tag) ?? manifests.find((m) => m.annotations?.[REF_NAME_ANNOTATION] === spec.tag);
  if (named) return named;
  if (manifests.length === 1) return manifests[0];
  const names = manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter((n) => !!n);
  throw new Error(`${where}: no image tagged "${spec.tag}" in index.json (${manifests.length === 0 ? "it lists no images" : `it lists ${manifests.length}: ${names.join(", ") || "none named"}`}); name one with :TAG or @DIGEST`);
}
async function readManifest(layout, d, where) {
  const bytes = await layout.readBlob(d.digest);
  if (d.size >= 0 && bytes.length !== d.size) throw new Error(`${where}: manifest ${d.digest} is ${bytes.length} bytes, its descriptor says ${d.size}`);
  return verifiedManifest(bytes, d, where);
}
async function layoutContextState(name, spec, platform) {
  const where = `build context "${name}" (oci-layout://${spec.dir})`;
  let layout;
  try {
    layout = await OciLayout.open(spec.dir);
  } catch (e) {
    throw new Error(`${where}: ${e.message}`);
  }
  try {
    const top = await readManifest(layout, await rootDescriptor(layout, spec, where), where);
    let manifest = top;
    if (top.kind === "index") {
      const pick2 = imageEntryFor(top.index.manifests, platform);
      if ("missing" in pick2) throw new Error(pick2.missing);
      manifest = await readManifest(layout, pick2.entry, where);
      if (manifest.kind !== "manifest") throw new Error(`index entry ${pick2.entry.digest} is not an image manifest`);
    }
    const m = manifest;
    const configBytes = await layout.readBlob(m.manifest.config.digest);
    if (digestOf(configBytes) !== m.manifest.config.digest) throw new Error(`config ${m.manifest.config.digest} does not match its digest`);
    let config;
    try {
      config = JSON.parse(configBytes.toString("utf8"));
    } catch (e) {
      throw new Error(`config ${m.manifest.config.digest} is not JSON (${e.message})`);
    }
    for (const l of m.manifest.layers) {
      const size = await stat5(layout.blobPath(l.digest)).then(
        (st) => st.size,
        () => void 0
      );
      if (size === void 0) throw new Error(`layer ${l.digest} is missing from blobs/`);
      if (size !== l.size) throw new Error(`layer ${l.digest} is ${size} bytes, the manifest says ${l.size}`);
    }
    return imageState(top.kind === "index" ? { manifest: m, config, index: top } : { manifest: m, config }, platform, (d) => ({ kind: "file", path: layout.blobPath(d.digest) }));
  } catch (e) {
    const message = e.message;
    throw new Error(message.startsWith(where) ? message : `${where}: ${message}`);
  }
}

// src/build/named-context.ts
import { stat as stat6 } from "node:fs/promises";
async function localContextState(s, name, dir, platform) {
  const where = `build context "${name}" (${dir})`;
  const st = await stat6(dir).catch(() => void 0);
  if (!st?.isDirectory()) throw new Error(`${where}: not a directory`);
  const context = await openBuildContext(dir);
  const hash = await s.hasher.hashTree(context, ".", ".", void 0, { seen: /* @__PURE__ */ new Map(), at: `named-context\0${name}` });
  const base = scratchState(platform);
  const now = nowSeconds(s);
  const plan = new LayerPlan(new FsView(), now);
  await planCopy(plan, [{ tree: context, where, preserveOwner: false, paths: ["."], identify: contextIdentity(s, context) }], [], { dest: "/", workdir: "/", now });
  await plan.settle(writtenDigest(s), async () => /* @__PURE__ */ new Map());
  const layer = await storeLayer(s, planToTar(plan, epoch(s)), (diffId) => summarizePlan(plan, diffId, epoch(s)), false);
  const config = structuredClone(base.config);
  config.rootfs = { type: "layers", diff_ids: [layer.diffId] };
  config.history = [{ created: s.startedAt, created_by: `build context ${name}`, comment: "hoist.named-context" }];
  return { platform, config, layers: [layer], key: stepKey(base.key, { namedContext: name, tree: hash }) };
}

// src/build/builder.ts
function byteCompare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function finalStageSet(plan) {
  const out = /* @__PURE__ */ new Set();
  let st = plan.target;
  while (st) {
    out.add(st.index);
    const base = st.base;
    st = base.kind === "stage" ? plan.stages.find((x) => x.index === base.stage) : void 0;
  }
  return out;
}
function pinsCurrentFrontend(syntax) {
  const m = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?:([^@]+)(?:@sha256:[0-9a-f]{64})?$/.exec(syntax?.trim() ?? "");
  if (!m) return false;
  const tag = m[1].replace(/-labs$/, "");
  if (["1", "latest", "labs", "master"].includes(tag)) return true;
  const v = /^1\.([0-9]+)(?:\.[0-9]+)?$/.exec(tag);
  return v !== null && Number(v[1]) >= 8;
}
function buildChecks(dockerfile, buildArgs, legacy) {
  if (!legacy) return { config: checkConfigOf(dockerfile, buildArgs), errorIgnored: false };
  try {
    const config = checkConfigOf(dockerfile, buildArgs);
    return { config: { ...config, error: false }, errorIgnored: config.error };
  } catch {
    return { config: defaultChecks(), errorIgnored: false };
  }
}
function sourceDateEpochOf(opts, plan) {
  const key = "SOURCE_DATE_EPOCH";
  let value = Object.prototype.hasOwnProperty.call(opts.buildArgs, key) ? opts.buildArgs[key] : void 0;
  if (value === void 0 && opts.sourceDateEpoch !== void 0) return opts.sourceDateEpoch;
  if (value === void 0 && !opts.legacyFrontend) value = plan.globalArgs.get(key);
  if (value === void 0 || value === "") return opts.sourceDateEpoch;
  if (!/^[+-]?[0-9]{1,18}$/.test(value)) throw new Error(`invalid SOURCE_DATE_EPOCH: ${value}`);
  return Number(value);
}
async function build(options) {
  let opts = options;
  const dockerfilePath = opts.dockerfile ?? defaultDockerfilePath(opts.contextDir);
  const fileLabel = path15.relative(process.cwd(), dockerfilePath) || dockerfilePath;
  const text = opts.dockerfileText ?? await readDockerfile(dockerfilePath);
  const dockerfile = parseDockerfile(text, { file: fileLabel });
  if (opts.legacyFrontend === void 0) opts = { ...opts, legacyFrontend: !pinsCurrentFrontend(opts.buildArgs.BUILDKIT_SYNTAX ?? dockerfile.directives.syntax) };
  const plan = planStages(dockerfile, { buildArgs: opts.buildArgs, target: opts.target, namedContexts: opts.namedContexts, targetPlatform: opts.platform, buildPlatform: opts.buildPlatform, legacyFrontend: opts.legacyFrontend });
  opts = { ...opts, sourceDateEpoch: sourceDateEpochOf(opts, plan) };
  for (const st of plan.allStages) {
    if (st.base.kind !== "image") continue;
    try {
      parseReference(st.base.ref);
    } catch (e) {
      throw new DockerfileError(fileLabel, st.ast.from.startLine, `failed to parse stage name "${st.base.ref}": ${goReferenceError(st.base.ref)}`, st.ast.from.endLine);
    }
  }
  const { config: checkConfig, errorIgnored } = buildChecks(dockerfile, opts.buildArgs, opts.legacyFrontend ?? false);
  const warnings = plan.warnings.map(formatWarning);
  for (const w of plan.warnings) opts.events?.warning?.(w.message, w.file, w.line);
  const context = await openBuildContext(opts.contextDir, opts.dockerfile ? dockerfilePath : void 0, opts.contextIgnore);
  const hasher = await ContextHasher.open(path15.join(opts.stateDir, "context-hashes.json"));
  const resolveImage = onceEach(opts.registry);
  for (const base of imageBases(plan, opts.platform)) resolveImage(base.ref, base.platform).catch(() => void 0);
  await hasher.prefetch(context, copySources(plan.stages));
  let blobs;
  try {
    blobs = new BlobAccess({ registry: opts.registry, cache: opts.cache, blobDir: path15.join(opts.stateDir, "blobs"), summaryDir: path15.join(opts.stateDir, "summaries") });
    await opts.cache?.load();
    const checks = await checkBuild(dockerfile, plan, checkConfig, { buildArgs: opts.buildArgs, platform: opts.platform, buildPlatform: opts.buildPlatform, resolveImage, namedContexts: opts.namedContexts, dockerignore: context.dockerignore });
    for (const w of checks) {
      const message = `${w.rule}: ${w.message}`;
      warnings.push(formatWarning({ file: w.file, line: w.line, message }));
      opts.events?.warning?.(message, w.file, w.line, w);
    }
    const violation = checkViolation(checkConfig, checks);
    if (violation) throw new DockerfileError(dockerfile.file, 0, violation);
    if (checks.length && errorIgnored) {
      const message = `check error=true not applied: without a "# syntax=docker/dockerfile:1" line hoist follows Engine 26's Dockerfile frontend, which has no build checks`;
      warnings.push(formatWarning({ file: dockerfile.file, line: 0, message }));
      opts.events?.warning?.(message, dockerfile.file, 0);
    }
  } catch (e) {
    await hasher.close();
    throw e;
  }
  let executor;
  const closeExecutor = async () => {
    const ex = await executor?.catch(() => void 0);
    executor = void 0;
    await ex?.close();
  };
  const badDigests = opts.badDigests ?? /* @__PURE__ */ new Set();
  const startedAt = goTime(opts.sourceDateEpoch !== void 0 ? opts.sourceDateEpoch * 1e3 : opts.now());
  for (let attempt = 0; ; attempt++) {
    const namedStates = /* @__PURE__ */ new Map();
    const s = {
      opts,
      dockerfile,
      plan,
      context,
      hasher,
      blobs,
      resolveImage,
      stages: /* @__PURE__ */ new Map(),
      namedContext: (name, platform) => {
        const stateKey = `${contextKey(name) ?? name}\0${formatPlatform(platform)}`;
        let p = namedStates.get(stateKey);
        if (!p) {
          const nc = lookupNamedContext(opts.namedContexts, name);
          const key = contextKey(name) ?? name;
          if (nc?.kind === "local") p = localContextState(s, key, nc.dir, platform);
          else if (nc?.kind === "git") p = (opts.fetchGitContext ? opts.fetchGitContext(nc.git) : Promise.reject(new Error(`build context "${name}" is a Git repository and nothing fetches it`))).then((dir) => localContextState(s, key, dir, platform));
          else if (nc?.kind === "oci-layout") p = layoutContextState(key, nc, platform);
          else p = Promise.reject(new Error(`no local, Git or oci-layout build context is named "${name}"`));
          namedStates.set(stateKey, p);
        }
        return p;
      },
      scopes: /* @__PURE__ */ new Map(),
      stageEnv: /* @__PURE__ */ new Map(),
      badDigests,
      forcedKeys: /* @__PURE__ */ new Set(),
      newRecords: [],
      newBlobs: [],
      reports: [],
      startedAt,
      layerDescriptions: /* @__PURE__ */ new WeakMap(),
      pulledFrom: /* @__PURE__ */ new WeakMap(),
      cleanups: [],
      contextBinds: /* @__PURE__ */ new Map(),
      background: [],
      finalStages: finalStageSet(plan),
      executor: () => {
        if (!executor) {
          const create = opts.executor;
          const p = create ? create() : Promise.reject(new Error("no RUN executor is configured"));
          executor = p;
          p.catch(() => {
            if (executor === p) executor = void 0;
          });
        }
        return executor;
      },
      layerSource: (layer) => ({ diffId: layer.diffId, mediaType: layer.mediaType, open: () => blobs.open(layer), file: () => blobs.file(layer) }),
      openLayer: (layer) => blobs.open(layer),
      openLayerTar: (layer) => blobs.openTar(layer),
      warmUp: (layers, rootfs) => {
        for (const l of layers) blobs.summary(l).catch(() => void 0);
        if (rootfs && layers.length > 0 && opts.executor) {
          opts.prefetchLayers?.(layers.map((l) => s.layerSource(l)));
          void s.executor().then((ex) => ex.prepare?.(layers.map((l) => s.layerSource(l)))).catch(() => void 0);
        }
      }
    };
    const release = async () => {
      for (const c of s.cleanups.splice(0).reverse()) await c().catch(() => void 0);
    };
    try {
      for (const stage2 of plan.stages) {
        const runner = new StageRunner(s, stage2);
        const { state, scope } = await runner.run();
        s.stages.set(stage2.index, state);
        s.scopes.set(stage2.index, scope);
      }
      await Promise.all(s.background);
      await hasher.close();
      await hasher.save().catch(() => void 0);
      const image = s.stages.get(plan.target.index);
      finalizeImage(image, s, opts);
      return {
        image,
        reports: s.reports,
        newRecords: s.newRecords,
        newBlobs: s.newBlobs,
        summaryRecords: () => blobs.summaryRecords(),
        warnings,
        sourceDateEpoch: opts.sourceDateEpoch,
        openLayer: (layer) => blobs.open(layer),
        openLayerTar: (layer) => blobs.openTar(layer),
        close: async () => {
          await release();
          await closeExecutor();
        }
      };
    } catch (e) {
      await Promise.allSettled(s.background);
      await release();
      const missing = markBadBlob(e, badDigests, attempt);
      if (missing) {
        opts.events?.warning?.(`cached layer ${missing.digest} could not be restored; rebuilding the steps that made it`);
        continue;
      }
      await closeExecutor();
      await hasher.close();
      throw e;
    }
  }
}
function finalizeImage(image, s, opts) {
  const c = image.config.config ??= {};
  if (opts.labels && Object.keys(opts.labels).length) c.Labels = { ...c.Labels ?? {}, ...opts.labels };
  let created = s.startedAt;
  if (opts.sourceDateEpoch === void 0 && !s.reports.some((r) => r.status === "built")) {
    const times = s.newRecords.length === 0 ? cachedTimes(s) : [];
    if (times.length) created = times.sort(byteCompare)[times.length - 1];
  }
  const history = image.config.history ??= [];
  for (const h of history) {
    if (h.created !== s.startedAt) continue;
    if (h.empty_layer && opts.sourceDateEpoch === void 0) delete h.created;
    else h.created = created;
  }
  alignHistory(history, image.layers, (l) => s.layerDescriptions.get(l), created);
  fillHistoryTimes(history);
  const last = opts.sourceDateEpoch !== void 0 ? created : [...history].reverse().find((h) => h.created !== void 0)?.created;
  if (last !== void 0) image.config.created = last;
  else delete image.config.created;
  image.config.rootfs = { type: "layers", diff_ids: image.layers.map((l) => l.diffId) };
  if (opts.platformExplicit) {
    applyTargetPlatform(image.config, opts.platform, opts.legacyFrontend ?? false);
    image.platform = { ...opts.platform };
  }
}
function alignHistory(history, layers, describe, created) {
  let named = history.filter((h) => !h.empty_layer).length;
  if (named > layers.length) {
    let n = 0;
    for (const h of history) {
      if (n >= layers.length) h.empty_layer = true;
      if (!h.empty_layer) n++;
    }
    named = n;
  }
  for (let i = named; i < layers.length; i++) {
    history.push({ created, created_by: describe(layers[i]) ?? "created by buildkit", comment: "buildkit.exporter.image.v0" });
  }
}
function fillHistoryTimes(history) {
  let fill;
  let gap = false;
  for (const h of history) {
    if (h.created !== void 0) {
      fill = h.created;
      if (gap) break;
    } else gap = true;
  }
  gap = false;
  for (const h of history) {
    if (h.created !== void 0) {
      if (gap) fill = h.created;
    } else {
      gap = true;
      if (fill !== void 0) h.created = fill;
    }
  }
}
function cachedTimes(s) {
  const out = [];
  for (const r of s.reports) {
    if (r.status !== "cached" || !r.cacheKey) continue;
    const rec = s.opts.cache?.lookup(r.cacheKey);
    const t = rec?.meta?.created;
    if (typeof t === "string") out.push(t);
  }
  return out;
}

// src/build/export-fs.ts
import { lstatSync as lstatSync2, mkdirSync, readdirSync as readdirSync2, renameSync, rmSync, chmodSync, lutimesSync, statSync } from "node:fs";
import { mkdtemp as mkdtemp7, rm as rm9 } from "node:fs/promises";
import path16 from "node:path";
function currentCaller() {
  return { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
}
var ExportError = class extends Error {
  constructor(dest, detail, options) {
    super(`writing the image's filesystem to ${dest}: ${detail}`, options);
    this.dest = dest;
    this.name = "ExportError";
  }
  dest;
};
function lstatMaybe(p, follow = false) {
  try {
    return follow ? statSync(p) : lstatSync2(p);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
}
async function stage(dir, images, caller, owners, modes) {
  for (const image of images) {
    const sub = images.length > 1 ? platformDirName(image.platform) : "";
    const root = sub ? path16.join(dir, sub) : dir;
    mkdirSync(root, { recursive: true, mode: 493 });
    const deferred = modes ? /* @__PURE__ */ new Map() : void 0;
    for (const layer of image.layers) {
      await unpackLayer(await image.openTar(layer), root, {
        mode: "apply",
        devices: caller.uid === 0 ? "create" : "skip",
        owner: owners === "image" ? void 0 : { uid: caller.uid, gid: caller.gid },
        deferDirModes: deferred,
        // Only root may set security.* and trusted.* attributes.
        keepXattr: caller.uid === 0 ? void 0 : (name) => name.startsWith("user.")
      });
    }
    for (const [rel, mode] of deferred ?? []) modes.set(sub ? `${sub}/${rel}` : rel, mode);
  }
}
function makeWritable(p) {
  const st = lstatSync2(p);
  if (!st.isDirectory()) return;
  if ((st.mode & 448) !== 448) chmodSync(p, st.mode & 4095 | 448);
  for (const name of readdirSync2(p)) makeWritable(path16.join(p, name));
}
function mergeInto(staged, dest, root, skip) {
  for (const name of readdirSync2(staged)) {
    if (name === skip) continue;
    const from = path16.join(staged, name);
    const to = path16.join(dest, name);
    const have = lstatMaybe(to);
    const st = lstatSync2(from);
    if (have?.isDirectory() && st.isDirectory()) {
      if (!root && (have.mode & 448) !== 448) chmodSync(to, have.mode & 4095 | 448);
      mergeInto(from, to, root);
      chmodSync(to, st.mode & 4095);
      lutimesSync(to, st.atime, st.mtime);
      continue;
    }
    if (have) {
      if (!root) makeWritable(to);
      rmSync(to, { recursive: true, force: true });
    }
    renameSync(from, to);
  }
}
function setMtimes(dir, epoch2) {
  for (const name of readdirSync2(dir)) {
    const p = path16.join(dir, name);
    if (lstatSync2(p).isDirectory()) setMtimes(p, epoch2);
    lutimesSync(p, epoch2, epoch2);
  }
}
function applyDirModes(dest, modes) {
  const root = Buffer.from(dest);
  for (const [rel, mode] of [...modes].sort((a, b) => b[0].split("/").length - a[0].split("/").length)) {
    const p = under(root, rel);
    if (lstatMaybe(p)?.isDirectory()) chmodSync(p, mode);
  }
}
async function exportLocal(dest, images, { caller = currentCaller(), epoch: epoch2 } = {}) {
  if (path16.resolve(dest) === "/") throw new ExportError(dest, "refusing to write an image over the root directory");
  let staging;
  try {
    const existing = lstatMaybe(dest, true);
    if (existing && !existing.isDirectory()) throw new ExportError(dest, "it exists and is not a directory");
    if (!existing) mkdirSync(dest, { recursive: true, mode: 448 });
    staging = await mkdtemp7(path16.join(dest, ".hoist-export-"));
    const modes = /* @__PURE__ */ new Map();
    await stage(staging, images, caller, "caller", modes);
    if (epoch2 !== void 0) setMtimes(staging, epoch2);
    mergeInto(staging, dest, caller.uid === 0, path16.basename(staging));
    applyDirModes(dest, modes);
  } catch (e) {
    throw e instanceof ExportError ? e : new ExportError(dest, e.message, { cause: e });
  } finally {
    if (staging) {
      if (caller.uid !== 0) {
        try {
          makeWritable(staging);
        } catch {
        }
      }
      await rm9(staging, { recursive: true, force: true }).catch(() => void 0);
    }
  }
}
function layerSourcesOf(image) {
  const open3 = image.openBlob;
  if (!open3) throw new Error("the image gives no layer blobs");
  return image.layers.map((l) => ({ diffId: l.diffId, mediaType: l.mediaType, open: () => open3(l) }));
}
async function exportTar(file, images, tempDir, { caller = currentCaller(), epoch: epoch2, privileged } = {}) {
  if (caller.uid !== 0) {
    if (!privileged) throw new ExportError(file, "keeping the image's file owners needs root or passwordless sudo; type=local writes the files as the caller");
    try {
      await privileged(file, images.map((image) => ({ name: images.length > 1 ? platformDirName(image.platform) : "", layers: layerSourcesOf(image) })), epoch2 !== void 0 ? { mtime: epoch2 } : {});
      return;
    } catch (e) {
      throw new ExportError(file, e.message, { cause: e });
    }
  }
  const staging = await mkdtemp7(path16.join(tempDir, "export-tar-"));
  try {
    await stage(staging, images, caller, "image");
    mkdirSync(path16.dirname(file), { recursive: true });
    await writeDirAsLayer(staging, file, epoch2 !== void 0 ? { mtime: epoch2 } : {});
  } catch (e) {
    throw new ExportError(file, e.message, { cause: e });
  } finally {
    await rm9(staging, { recursive: true, force: true }).catch(() => void 0);
  }
}

// src/build/push.ts
import { Readable as Readable4 } from "node:stream";
async function pool(items, limit, fn) {
  let i = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (i < items.length) await fn(items[i++]);
  });
  await Promise.all(workers);
}
async function pushImage(client, targets, image, openLayer, log, onPushed) {
  const report = { refs: [], digest: image.topDigest, blobsUploaded: 0, blobsMounted: 0, blobsPresent: 0, bytesUploaded: 0 };
  for (const { repo, tags } of tagsByRepository(targets)) {
    const pushBytes = async (desc, bytes) => {
      if (await client.pushBlob(repo, desc, () => Readable4.from([bytes])) === "uploaded") report.bytesUploaded += bytes.length;
    };
    for (const a of image.artifacts) {
      const mountFrom = [];
      for (const l of a.layers) {
        if (l.location.kind === "registry" && l.location.registry === repo.registry && l.location.repository !== repo.repository) {
          if (!mountFrom.some((m) => m.repository === l.location.repository)) mountFrom.push(makeReference(l.location.registry, l.location.repository));
        }
      }
      await pool(a.layers, 4, async (l) => {
        const r = await client.pushBlob(repo, { mediaType: l.mediaType, digest: l.digest, size: l.size }, () => openLayer(l), { mountFrom });
        if (r === "uploaded") {
          report.blobsUploaded++;
          report.bytesUploaded += l.size;
        } else if (r === "mounted") report.blobsMounted++;
        else report.blobsPresent++;
      });
      await pushBytes({ mediaType: "application/octet-stream", digest: a.configDigest, size: a.configBytes.length }, a.configBytes);
      await client.putManifest(withDigest(repo, a.manifestDigest), a.manifestBytes, a.manifestMediaType);
    }
    for (const x of image.attestations ?? []) {
      await pushBytes(x.layer, x.layerBytes);
      await pushBytes({ mediaType: "application/octet-stream", digest: x.configDigest, size: x.configBytes.length }, x.configBytes);
      await client.putManifest(withDigest(repo, x.manifestDigest), x.manifestBytes, x.descriptor.mediaType);
    }
    if (isIndexImage(image)) await client.putManifest(withDigest(repo, image.topDigest), image.topBytes, image.topMediaType);
    report.refs.push(String(withDigest(repo, image.topDigest)));
    for (const tag of tags) {
      await client.putManifest(withTag(repo, tag), image.topBytes, image.topMediaType);
      report.refs.push(String(withTag(repo, tag)));
      log?.(`pushed ${String(withTag(repo, tag))}@${image.topDigest}`);
      onPushed?.(String(withTag(repo, tag)));
    }
  }
  return report;
}

// src/build/run-build.ts
async function runBuild(request, deps) {
  let req = request;
  const startedOn = deps.now();
  const invocationId = randomBytes3(13).toString("hex").slice(0, 25);
  for (const [name, c] of req.namedContexts ?? []) {
    if (c.kind === "git" && !deps.fetchGitContext) throw new Error(`build context ${name}: a Git context needs BuildDeps.fetchGitContext`);
    const problem = localContextProblem(name, c);
    if (problem) throw new Error(problem);
  }
  if (req.provenance && req.format.family === "docker") throw new Error("provenance attestations need OCI media types (Docker manifest lists cannot list them): drop --media-types docker, or the provenance");
  if (req.format.compression === "zstd" && req.format.family === "docker") {
    deps.events?.warning?.("zstd layers exist only in OCI manifests: writing OCI media types");
    req = { ...req, format: { ...req.format, family: "oci" } };
  }
  if (annotationsNeedOci(req.annotations) && req.format.family === "docker") {
    deps.events?.warning?.("index and descriptor annotations exist only in OCI images: writing OCI media types");
    req = { ...req, format: { ...req.format, family: "oci" } };
  }
  const unplaced = unplacedIndexAnnotations(req.annotations, req.platforms.length, req.provenance !== void 0);
  if (unplaced.length) deps.events?.warning?.(`annotations ${unplaced.join(", ")} not applied: an image of one platform without attestations has no index (BuildKit refuses them: build several platforms or add provenance)`);
  const badDigests = /* @__PURE__ */ new Set();
  const shown = /* @__PURE__ */ new Set();
  const events = deps.events?.warning ? {
    ...deps.events,
    warning: (m, file, line, check) => {
      const key = `${file ?? ""}\0${line ?? 0}\0${m}`;
      if (shown.has(key)) return;
      shown.add(key);
      deps.events.warning(m, file, line, check);
    }
  } : deps.events;
  for (let attempt = 0; ; attempt++) {
    const results = [];
    try {
      for (const platform of req.platforms) {
        if (req.platforms.length > 1) deps.events?.info?.(`building for ${formatPlatform(platform)}`);
        results.push(
          await build({
            contextDir: req.contextDir,
            contextIgnore: req.contextIgnore,
            dockerfile: req.dockerfile,
            buildArgs: req.buildArgs,
            target: req.target,
            namedContexts: req.namedContexts,
            platform,
            platformExplicit: req.platformsGiven || req.platforms.length > 1,
            buildPlatform: deps.buildPlatform,
            labels: req.labels,
            noCache: req.noCache,
            noCacheFilter: req.noCacheFilter,
            sourceDateEpoch: req.sourceDateEpoch,
            format: req.format,
            secrets: req.secrets,
            ssh: req.ssh,
            network: req.network,
            extraHosts: req.extraHosts,
            shmSize: req.shmSize,
            ulimits: req.ulimits,
            legacyFrontend: req.legacyFrontend,
            stateDir: req.stateDir,
            tempDir: req.tempDir,
            registry: deps.registry,
            cache: deps.cache,
            executor: deps.executor,
            prefetchLayers: deps.prefetchLayers,
            fetchGitContext: deps.fetchGitContext,
            mountRootfs: deps.mountRootfs,
            now: deps.now,
            events,
            signal: deps.signal,
            badDigests
          })
        );
      }
      const artifacts = results.map((r) => assembleImage(r.image, req.format, req.annotations));
      const names = req.names ?? req.push;
      const finishedOn = deps.now();
      const provenance = req.provenance;
      const attestations = provenance ? artifacts.map((a, i) => {
        const base = results[i].image;
        const statement = provenanceStatement(provenance, {
          platform: a.platform,
          manifestDigest: a.manifestDigest,
          names,
          materials: base.baseName && base.baseDigest ? [{ ref: base.baseName, digest: base.baseDigest }] : [],
          dockerfile: path17.basename(req.dockerfile ?? "Dockerfile"),
          target: req.target,
          buildArgs: req.buildArgs,
          startedOn,
          finishedOn,
          invocationId
        });
        return attestationManifest(statement, a.manifestDigest);
      }) : [];
      const image = toPushable(artifacts, req.annotations, attestations);
      const plain = attestations.length ? toPushable(artifacts, req.annotations) : image;
      const openLayer = (l) => results[0].openLayer(l);
      let saving;
      if (deps.cache) {
        const summaries = new Map(results.flatMap((r) => r.summaryRecords()).map((rec) => [rec.key, rec]));
        const records = [...summaries.values(), ...results.flatMap((r) => r.newRecords)];
        saving = deps.cache.save(records, results.flatMap((r) => r.newBlobs));
      }
      let push;
      let loadedId;
      let cache;
      try {
        const fsImages = () => artifacts.map((a, i) => ({ platform: a.platform, layers: a.layers, openTar: (l) => results[i].openLayerTar(l), openBlob: (l) => results[i].openLayer(l) }));
        const repoTags = names.filter((r) => r.tag && !r.digest).map((r) => String(r));
        const tagged = names.filter((r) => r.tag);
        const tags = tagged.map((r) => r.tag);
        const fullNames = tagged.map((r) => formatReference(withTag(r, r.tag), "full"));
        const created = exportTime(results[0].sourceDateEpoch, deps.now());
        for (const out of req.outputs) {
          if (out.kind === "oci") await writeOciLayout(out.dir, image, tags, openLayer, fullNames, created);
          else if (out.kind === "oci-tar") await writeOciTarball(out.file, image, tags, openLayer, req.tempDir, fullNames, created);
          else if (out.kind === "docker") await writeDockerArchive(out.file, plain, repoTags, openLayer, req.tempDir, created);
          else if (out.kind === "load") {
            const { loaded: loaded2, id } = await loadIntoDocker(req.dockerSocket ?? "/var/run/docker.sock", plain, repoTags, openLayer, req.tempDir);
            loadedId = id;
            deps.log?.(`loaded into Docker: ${loaded2.join(", ") || "the image"}`);
          } else if (out.kind === "local") await exportLocal(out.dir, fsImages(), { epoch: results[0].sourceDateEpoch });
          else await exportTar(out.file, fsImages(), req.tempDir, { epoch: results[0].sourceDateEpoch, privileged: deps.exportTarPrivileged });
        }
        if (req.push.length) push = await pushImage(deps.registry, req.push, image, openLayer, deps.log, deps.onPushed);
      } catch (e) {
        const missing = markBadBlob(e, badDigests, attempt);
        if (missing) {
          deps.events?.warning?.(`${missing.message}; rebuilding the steps that made it`);
          continue;
        }
        throw e;
      } finally {
        cache = await saving;
      }
      return {
        digest: image.topDigest,
        // As buildx: the ID Docker gave the image it loaded (what `docker run` takes), else the config digest for
        // a lone manifest, the index digest once tags point at an index.
        imageId: loadedId ?? (isIndexImage(image) ? image.topDigest : artifacts[0].configDigest),
        image,
        artifacts,
        reports: results.flatMap((r) => r.reports),
        push,
        cache,
        warnings: [...new Set(results.flatMap((r) => r.warnings))]
      };
    } finally {
      for (const r of results) await r.close().catch(() => void 0);
    }
  }
}

// src/cache/buildx-compat.ts
import { cp, stat as stat7 } from "node:fs/promises";
var BuildxCacheSpecError = class extends Error {
  constructor(where, message) {
    super(message);
    this.where = where;
    this.name = "BuildxCacheSpecError";
  }
  where;
};
function parseSpec(s) {
  const attrs = /* @__PURE__ */ new Map();
  let fields;
  try {
    fields = splitCsv(s.text, "cache").map((f) => f.trim()).filter(Boolean);
  } catch (e) {
    throw new BuildxCacheSpecError(s.where, e.message);
  }
  if (fields.length === 1 && !fields[0].includes("=")) attrs.set("type", "registry").set("ref", fields[0]);
  else {
    for (const f of fields) {
      const eq = f.indexOf("=");
      if (eq <= 0) throw new BuildxCacheSpecError(s.where, `expected key=value attributes such as type=gha,mode=max, got "${f}"`);
      attrs.set(f.slice(0, eq).trim().toLowerCase(), f.slice(eq + 1).trim());
    }
  }
  if (!attrs.has("type")) throw new BuildxCacheSpecError(s.where, `type= is missing in "${s.text}"`);
  return { input: s.input, attrs, where: s.where };
}
function mapBuildxCache(specTexts, resolve) {
  const specs = [...specTexts.filter((s) => s.input === "cache-to"), ...specTexts.filter((s) => s.input === "cache-from")].map(parseSpec);
  if (specs.length === 0) return void 0;
  const choice = pick(specs, resolve);
  if (choice.kind === "none") return choice;
  const kept = choice.kind === "dir" ? "local" : choice.kind;
  const firstTo = specs.find((x) => x.input === "cache-to" && x.attrs.get("type") === "registry");
  const unknown = [...new Set(specs.map((x) => `type=${x.attrs.get("type")}`).filter((t) => !KNOWN.has(t)))];
  const unused = specs.filter((x) => KNOWN.has(`type=${x.attrs.get("type")}`) && (x.attrs.get("type") !== kept || kept === "registry" && x.input === "cache-to" && x !== firstTo));
  const parts = [
    ...unknown.length ? [`${unknown.join(", ")} is not a cache hoist keeps; left out`] : [],
    ...unused.length ? [`${unused.map((x) => `${x.where} (type=${x.attrs.get("type")})`).join(", ")} left out: hoist keeps one layer cache, ${choice.reason}`] : []
  ];
  return parts.length ? { ...choice, ignored: parts.join("; ") } : choice;
}
var KNOWN = /* @__PURE__ */ new Set(["type=gha", "type=local", "type=registry"]);
function pick(specs, resolve) {
  for (const { input, attrs, where } of specs) {
    const type = attrs.get("type");
    const mode = attrs.get("mode");
    if (mode !== void 0 && mode !== "min" && mode !== "max") throw new BuildxCacheSpecError(where, `mode is min or max, got "${mode}"`);
    const to = input === "cache-to";
    if (type === "gha") {
      return { kind: "gha", mode: to ? mode ?? "min" : void 0, scope: attrs.get("scope"), reason: `${where} (type=gha)` };
    }
    if (type === "registry") {
      const refOf = (x) => {
        const text = x.attrs.get("ref");
        if (!text) throw new BuildxCacheSpecError(x.where, "type=registry needs ref=");
        try {
          return parseReference(text);
        } catch (e) {
          throw new BuildxCacheSpecError(x.where, `ref: ${e.message}`);
        }
      };
      const registry = specs.filter((x) => x.attrs.get("type") === "registry");
      const toSpec = registry.find((x) => x.input === "cache-to");
      const toMode = toSpec?.attrs.get("mode");
      return {
        kind: "registry",
        from: registry.filter((x) => x.input === "cache-from").map(refOf),
        to: toSpec ? refOf(toSpec) : void 0,
        // As buildx: a cache-to exports min unless it says max.
        mode: toSpec ? toMode === "max" ? "max" : "min" : void 0,
        reason: `${where} (type=registry)`
      };
    }
    if (type === "local") {
      const dir = attrs.get("dest") ?? attrs.get("src");
      if (!dir) throw new BuildxCacheSpecError(where, "type=local needs dest= (cache-to) or src= (cache-from)");
      const src = specs.find((x) => x.input === "cache-from" && x.attrs.get("type") === "local" && x.attrs.get("src"))?.attrs.get("src");
      const seedFrom = src && resolve(src) !== resolve(dir) ? resolve(src) : void 0;
      return { kind: "dir", dir: resolve(dir), mode: to ? mode ?? "min" : mode, seedFrom, reason: `${where} (type=local)` };
    }
  }
  const types = [...new Set(specs.map((s) => `type=${s.attrs.get("type")}`))].join(", ");
  return { kind: "none", notice: `${types} is not a cache hoist keeps (it uses the Actions cache, a directory or a registry)` };
}
async function seedCacheDir(from, to) {
  if (await stat7(to).then(() => true, () => false)) return { seeded: false };
  if (!await stat7(from).then((st) => st.isDirectory(), () => false)) return { seeded: false };
  try {
    await cp(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    return { seeded: true };
  } catch (e) {
    return { seeded: false, warning: `could not copy ${from} to ${to}: ${e.message}; starting empty` };
  }
}

// src/cache/gha-actions.ts
import { AsyncLocalStorage } from "node:async_hooks";

// src/cache/gha-outcome.ts
function parseLines(lines) {
  const out = { infos: [], warnings: [], errors: [], debugs: [] };
  const unescape = (s) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  for (const line of lines) {
    const m = /^::(warning|error|debug|notice)(?: [^:]*)?::(.*)$/s.exec(line);
    if (!m) out.infos.push(line);
    else if (m[1] === "warning") out.warnings.push(unescape(m[2]));
    else if (m[1] === "error") out.errors.push(unescape(m[2]));
    else if (m[1] === "debug") out.debugs.push(unescape(m[2]));
    else out.infos.push(unescape(m[2]));
  }
  return out;
}
function reasonOf(text) {
  if (/\(429\)|Rate limited|rate limit/i.test(text)) return "rate-limited";
  if (/cache (write|read) denied|does not permit/i.test(text)) return "denied";
  if (/storage quota|insufficient usage/i.test(text)) return "quota";
  if (/after \d+ attempts|\(5\d\d\)|status code 5\d\d|statusCode: 5\d\d|ServerBusy|InternalError/i.test(text)) return "server";
  if (/ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|socket hang up|NetworkError|Network error|aborted/i.test(text)) return "network";
  if (/tar|zstd|gzip|exit code|Unexpected end|Content-Length|incomplete|corrupt/i.test(text)) return "archive";
  return "other";
}
function retryAfter(lines) {
  for (const w of lines.warnings) {
    const m = /reset in (\d+) seconds/.exec(w);
    if (m) return Number(m[1]);
  }
  return void 0;
}
function fault(lines, messages) {
  const message = messages.join(" | ") || "unknown failure";
  const reason = reasonOf([message, ...lines.debugs.filter((d) => /Failed to reserve|Failed request|Rate limited/.test(d))].join("\n"));
  const r = reason === "rate-limited" ? retryAfter(lines) : void 0;
  return r === void 0 ? { kind: "fault", reason, message } : { kind: "fault", reason, message, retryAfterSec: r };
}
function classifyRestore(value, lines, thrown) {
  if (thrown !== void 0) return fault(lines, [thrown?.message ?? String(thrown)]);
  const problems = [...lines.errors, ...lines.warnings.filter((w) => !/rate limit will reset/.test(w))];
  if (value === void 0) {
    if (problems.length > 0 || lines.warnings.length > 0) return fault(lines, problems.length > 0 ? problems : lines.warnings);
    if (lines.infos.some((i) => /Cache restore skipped/.test(i))) return { kind: "fault", reason: "denied", message: lines.infos.join(" ") };
    return { kind: "miss" };
  }
  let bytes = 0;
  for (const i of lines.infos) {
    const m = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(i);
    if (m) bytes = Number(m[1]);
  }
  return { kind: "hit", key: value, bytes };
}
function classifySave(value, lines, thrown) {
  if (thrown !== void 0) return fault(lines, [thrown?.message ?? String(thrown)]);
  if (value !== void 0 && value > 0) {
    let bytes = 0;
    for (const d of lines.debugs) {
      const m = /^File Size: (\d+)/.exec(d);
      if (m) bytes = Number(m[1]);
    }
    return { kind: "created", id: value, bytes };
  }
  const reserve = lines.debugs.filter((d) => d.startsWith("Failed to reserve cache"));
  if (reserve.some((d) => /\(409\)|already exists/i.test(d))) return { kind: "exists", message: reserve.join(" ") };
  const messages = [
    ...lines.errors,
    ...lines.warnings.filter((w) => !/rate limit will reset/.test(w)),
    ...lines.infos.filter((i) => /Failed to save|Cache save skipped/.test(i)),
    ...reserve
  ];
  if (messages.length === 0 && lines.warnings.length > 0) messages.push(...lines.warnings);
  return fault(lines, messages);
}

// src/cache/gha-actions.ts
var sinks = new AsyncLocalStorage();
var hooked = false;
var maskSink;
function masksTo(write) {
  maskSink = (text, cb) => {
    const ok = write(text);
    if (cb) process.nextTick(cb);
    return ok;
  };
}
function hookStdout() {
  if (hooked) return;
  hooked = true;
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = function write(chunk, ...rest) {
    const sink = sinks.getStore();
    if (!sink) return original(chunk, ...rest);
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const masks = [];
    for (const line of text.split(/\r?\n/)) {
      if (line.startsWith("::add-mask::")) masks.push(line);
      else if (line !== "") sink.push(line);
    }
    const cb = rest.find((r) => typeof r === "function");
    if (masks.length > 0) return maskSink ? maskSink(`${masks.join("\n")}
`, cb) : original(`${masks.join("\n")}
`, cb);
    if (cb) process.nextTick(cb);
    return true;
  };
}
var lease;
var waiting = [];
var sameVars = (a, b) => {
  const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
};
async function acquire(vars) {
  while (lease && !sameVars(lease.vars, vars)) await new Promise((r) => waiting.push(r));
  if (!lease) {
    const saved = {};
    for (const [k, v] of Object.entries(vars)) {
      saved[k] = process.env[k];
      if (v === void 0) delete process.env[k];
      else process.env[k] = v;
    }
    lease = { vars, count: 0, saved };
  }
  lease.count++;
  let released = false;
  return () => {
    if (released || !lease) return;
    released = true;
    if (--lease.count > 0) return;
    for (const [k, v] of Object.entries(lease.saved)) {
      if (v === void 0) delete process.env[k];
      else process.env[k] = v;
    }
    lease = void 0;
    for (const w of waiting.splice(0)) w();
  };
}
var loaded;
var ActionsCacheClient = class {
  constructor(vars, log) {
    this.vars = vars;
    this.log = log;
  }
  vars;
  log;
  /** Runs one library call under the lease with its output captured; resolves at the timeout at the latest. */
  async call(what, timeoutMs, fn) {
    hookStdout();
    const lines = [];
    const run2 = (async () => {
      const release = await acquire(this.vars);
      try {
        return await sinks.run(lines, async () => {
          loaded ??= import("./chunk-HKDFSPYT.js");
          return { value: await fn(await loaded) };
        });
      } catch (thrown) {
        return { thrown: thrown ?? new Error("unknown error") };
      } finally {
        release();
      }
    })();
    let timer;
    const timeout = new Promise((r) => {
      timer = setTimeout(() => r("timeout"), timeoutMs);
    });
    const settled = await Promise.race([run2, timeout]);
    clearTimeout(timer);
    for (const l of lines) this.log.debug?.(`@actions/cache ${what}: ${l}`);
    if (settled === "timeout") return { lines, timedOut: true };
    return { ...settled, lines, timedOut: false };
  }
  /** restoreCache (or a lookup-only existence check) of `paths` under `key` / `restoreKeys`. */
  async restore(paths, key, opts) {
    const r = await this.call(
      `restore ${key}`,
      opts.timeoutMs,
      (lib) => lib.restoreCache(paths, key, opts.restoreKeys ?? [], { lookupOnly: opts.lookupOnly ?? false })
    );
    if (r.timedOut) return { kind: "fault", reason: "timeout", message: `no answer within ${Math.round(opts.timeoutMs / 1e3)} s` };
    return classifyRestore(r.value, parseLines(r.lines), r.thrown);
  }
  /** saveCache of `paths` under `key`. */
  async save(paths, key, timeoutMs) {
    const r = await this.call(`save ${key}`, timeoutMs, (lib) => lib.saveCache(paths, key));
    if (r.timedOut) return { kind: "fault", reason: "timeout", message: `no answer within ${Math.round(timeoutMs / 1e3)} s` };
    return classifySave(r.value, parseLines(r.lines), r.thrown);
  }
};

// src/cache/dir-store.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { mkdir as mkdir11, rm as rm11, stat as stat9 } from "node:fs/promises";
import path19 from "node:path";

// src/cache/blob-files.ts
import { createReadStream as createReadStream10 } from "node:fs";
import { copyFile as copyFile3, constants, link, mkdir as mkdir10, rename as rename5, rm as rm10, stat as stat8, writeFile as writeFile6 } from "node:fs/promises";
import path18 from "node:path";
async function checkBlobFile(file, digest, size) {
  let st;
  try {
    st = await stat8(file);
  } catch {
    return "missing";
  }
  if (size !== void 0 && st.size !== size) return `size ${st.size}, expected ${size}`;
  const d = new Digester(digestAlgorithm(digest));
  try {
    for await (const chunk of createReadStream10(file)) d.update(chunk);
  } catch (e) {
    return `unreadable: ${e.message}`;
  }
  const actual = d.digest();
  return actual === digest ? void 0 : `content digest is ${actual}`;
}
function openVerifiedFile(file, digest, size, what) {
  const source = createReadStream10(file);
  const verify = new VerifyingStream(digest, size, what);
  source.on("error", (e) => verify.destroy(e));
  return source.pipe(verify);
}
async function writeFileAtomic(file, data) {
  await mkdir10(path18.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile6(tmp, data);
  try {
    await rename5(tmp, file);
  } catch (e) {
    await rm10(tmp, { force: true });
    throw e;
  }
}
async function placeFile(src, dst) {
  await mkdir10(path18.dirname(dst), { recursive: true });
  const tmp = `${dst}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await link(src, tmp);
  } catch {
    await copyFile3(src, tmp, constants.COPYFILE_FICLONE);
  }
  try {
    await rename5(tmp, dst);
  } catch (e) {
    await rm10(tmp, { force: true });
    throw e;
  }
}

// src/cache/token.ts
var canRead = (s) => (s.permission & 3) !== 0;
var canWrite = (s) => (s.permission & 2) !== 0;
function decodeRuntimeToken(token) {
  if (!token) return void 0;
  const parts = token.split(".");
  if (parts.length !== 3) return void 0;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    if (typeof payload.ac !== "string") return void 0;
    const ac = JSON.parse(payload.ac);
    if (!Array.isArray(ac)) return void 0;
    return ac.filter((s) => typeof s?.Scope === "string" && typeof s?.Permission === "number").map((s) => ({ scope: s.Scope, permission: s.Permission }));
  } catch {
    return void 0;
  }
}

// src/cache/policy.ts
function isForkPullRequest(eventName, payload) {
  if (eventName !== "pull_request" && eventName !== "pull_request_target" && eventName !== "pull_request_review") return false;
  const p = payload ?? {};
  const head = p.pull_request?.head?.repo;
  if (head === null) return true;
  if (!head) return false;
  if (head.fork === true) return true;
  return !!head.full_name && !!p.repository?.full_name && head.full_name !== p.repository.full_name;
}
function cacheModeAllowsRead(cacheMode) {
  const m = (cacheMode ?? "").trim().toLowerCase();
  return m !== "none" && m !== "write-only";
}
function cacheModeAllowsWrite(cacheMode) {
  const m = (cacheMode ?? "").trim().toLowerCase();
  return m !== "none" && m !== "read";
}
function decideWrite(input) {
  if (input.write === false) return { write: false, reason: "cache writes are switched off" };
  if (!cacheModeAllowsWrite(input.cacheMode)) return { write: false, reason: `ACTIONS_CACHE_MODE=${input.cacheMode} does not allow writes` };
  if (input.write === true) return { write: true, reason: "cache writes are switched on" };
  if (input.tokenScopes && !input.tokenScopes.some(canWrite)) return { write: false, reason: "the runtime token is read-only (untrusted trigger or ACTIONS_CACHE permissions)", warn: true };
  if (isForkPullRequest(input.eventName, input.payload)) return { write: false, reason: "pull requests from forks do not write the cache" };
  return { write: true, reason: "writes on" };
}
function recordProblem(r) {
  if (typeof r.key !== "string" || !/^[a-f0-9]{64}$/.test(r.key)) return `record key "${String(r.key)}" is not 64 lowercase hex`;
  if (r.layer) {
    const l = r.layer;
    if (!isDigest(l.digest) || !isDigest(l.diffId)) return `record ${r.key}: layer digest or diffId is not a digest`;
    if (!Number.isSafeInteger(l.size) || l.size < 0) return `record ${r.key}: layer size ${l.size} is not a byte count`;
    if (typeof l.mediaType !== "string" || l.mediaType === "") return `record ${r.key}: layer has no media type`;
  }
  if (r.parent !== void 0 && typeof r.parent !== "string") return `record ${r.key}: parent is not a key`;
  if (r.sources !== void 0 && !(Array.isArray(r.sources) && r.sources.every((x) => typeof x === "string"))) return `record ${r.key}: sources is not a list of keys`;
  if (r.createdBy !== void 0 && typeof r.createdBy !== "string") return `record ${r.key}: createdBy is not text`;
  for (const k of ["volatile", "run", "final"]) if (r[k] !== void 0 && typeof r[k] !== "boolean") return `record ${r.key}: ${k} is not true or false`;
  if (r.meta !== void 0 && (typeof r.meta !== "object" || r.meta === null || Array.isArray(r.meta))) return `record ${r.key}: meta is not an object`;
  return void 0;
}
function selectForSave(records, blobs, opts) {
  const invalid = [];
  const valid = records.filter((r) => {
    const p = recordProblem(r);
    if (p) invalid.push(p);
    return !p;
  });
  const kept = opts.mode === "max" ? valid : valid.filter((r) => r.final !== false);
  const files = new Map(blobs.map((b) => [b.digest, b]));
  const upload = [];
  const alreadyCached = [];
  const overBudget = [];
  const missing = [];
  const seen = /* @__PURE__ */ new Set();
  let used = 0;
  for (const r of kept) {
    const d = r.layer?.digest;
    if (!d || seen.has(d)) continue;
    seen.add(d);
    if (opts.isCached(d)) alreadyCached.push(d);
    else if (!files.has(d)) missing.push(d);
    else {
      const f = files.get(d);
      if (opts.budgetBytes !== void 0 && used + f.size > opts.budgetBytes) overBudget.push(d);
      else {
        used += f.size;
        upload.push(f);
      }
    }
  }
  return { records: kept, upload, alreadyCached, overBudget, missing, invalid };
}

// src/cache/stats.ts
function newStats(kind, scope) {
  return {
    kind,
    scope,
    lookups: 0,
    hits: 0,
    recordsLoaded: 0,
    bytesDownloaded: 0,
    bytesUploaded: 0,
    entriesRestored: 0,
    entriesCreated: 0,
    blobsOpened: 0,
    warnings: [],
    timings: { loadMs: 0, fetchMs: 0, saveMs: 0 }
  };
}
function emptyReport() {
  return { records: 0, blobsSaved: 0, blobBytesSaved: 0, blobsAlreadyCached: 0, blobsOverBudget: 0, entriesCreated: 0, warnings: [] };
}
function publicRecord(r) {
  const out = { key: r.key };
  if (r.layer) out.layer = { ...r.layer };
  for (const k of ["createdBy", "parent", "volatile", "run", "final"]) if (r[k] !== void 0) out[k] = r[k];
  if (r.sources) out.sources = [...r.sources];
  if (r.meta) out.meta = r.meta;
  return out;
}

// src/cache/dir-store.ts
var DirCacheStore = class {
  constructor(opts) {
    this.opts = opts;
    if (!opts.dir) throw new Error("the directory cache store needs a directory (--cache-dir)");
    this.dir = path19.resolve(opts.dir);
    this.s = newStats("dir", this.dir);
  }
  opts;
  kind = "dir";
  dir;
  s;
  /** Checks of blob files against their digests, once per blob (see stagedBlobFile). */
  checks = /* @__PURE__ */ new Map();
  usable = true;
  warn(message) {
    const m = `cache ${this.dir}: ${message}`;
    if (this.s.warnings.includes(m)) return;
    this.s.warnings.push(m);
    this.opts.log.warning(m);
  }
  recordPath(key) {
    return path19.join(this.dir, "records", key.slice(0, 2), `${key}.json`);
  }
  blobPath(digest) {
    return path19.join(this.dir, "blobs", digestAlgorithm(digest), digestHex(digest));
  }
  async load() {
    const t0 = performance.now();
    try {
      await mkdir11(path19.join(this.dir, "records"), { recursive: true });
      await mkdir11(path19.join(this.dir, "blobs"), { recursive: true });
    } catch (e) {
      this.usable = false;
      this.warn(`cannot be used (${e.message}); building without the cache`);
    } finally {
      this.s.timings.loadMs += performance.now() - t0;
    }
  }
  lookup(key) {
    this.s.lookups++;
    if (!this.usable || !/^[a-f0-9]{64}$/.test(key)) return void 0;
    let text;
    try {
      text = readFileSync3(this.recordPath(key), "utf8");
    } catch {
      return void 0;
    }
    try {
      const r = JSON.parse(text);
      const problem = recordProblem(r);
      if (problem || r.key !== key) throw new Error(problem ?? `holds key ${r.key}`);
      this.s.hits++;
      return publicRecord(r);
    } catch (e) {
      this.warn(`record ${key} is unreadable (${e.message}); the step is rebuilt`);
      return void 0;
    }
  }
  hasBlob(digest) {
    return this.usable && existsSync3(this.blobPath(digest));
  }
  async openBlob(digest) {
    const file = await this.blobFile(digest);
    return file === void 0 ? void 0 : openVerifiedFile(file, digest, void 0, `cached blob ${digest}`);
  }
  async blobFile(digest) {
    const staged = await this.stagedBlobFile(digest);
    return staged && !await staged.checked ? staged.path : void 0;
  }
  async stagedBlobFile(digest) {
    const t0 = performance.now();
    try {
      if (!this.usable) return void 0;
      const file = this.blobPath(digest);
      let checked = this.checks.get(digest);
      if (!checked) {
        const st = await stat9(file).catch(() => void 0);
        if (!st) return void 0;
        checked = (async () => {
          const problem = await checkBlobFile(file, digest);
          if (problem && problem !== "missing") {
            this.warn(`blob ${digest} is corrupt (${problem}); removed, the step is rebuilt`);
            await rm11(file, { force: true });
          }
          return problem;
        })();
        this.checks.set(digest, checked);
        this.s.blobsOpened++;
        this.s.bytesDownloaded += st.size;
      }
      return { path: file, checked };
    } catch (e) {
      this.warn(`opening ${digest} failed: ${e.message}`);
      return void 0;
    } finally {
      this.s.timings.fetchMs += performance.now() - t0;
    }
  }
  async save(records, blobs) {
    const t0 = performance.now();
    const report = emptyReport();
    const firstWarning = this.s.warnings.length;
    try {
      if (!this.usable) {
        report.skipped = "the cache directory is not usable";
        return report;
      }
      if (this.opts.write === false) {
        report.skipped = "cache writes are switched off";
        return report;
      }
      const sel = selectForSave(records, blobs, { mode: this.opts.mode, budgetBytes: this.opts.budgetBytes, isCached: (d) => this.hasBlob(d) });
      for (const p of sel.invalid) this.warn(`not saving a malformed record: ${p}`);
      report.records = sel.records.length;
      report.blobsAlreadyCached = sel.alreadyCached.length;
      report.blobsOverBudget = sel.overBudget.length;
      await Promise.all(
        sel.upload.map(async (b) => {
          try {
            await placeFile(b.path, this.blobPath(b.digest));
            report.blobsSaved++;
            report.blobBytesSaved += b.size;
            report.entriesCreated++;
          } catch (e) {
            this.warn(`could not store blob ${b.digest} from ${b.path}: ${e.message}`);
          }
        })
      );
      for (const r of sel.records) {
        await writeFileAtomic(this.recordPath(r.key), JSON.stringify(publicRecord(r)));
        report.entriesCreated++;
      }
      this.s.bytesUploaded += report.blobBytesSaved;
      this.s.entriesCreated += report.entriesCreated;
    } catch (e) {
      this.warn(`saving failed: ${e.message}`);
    } finally {
      report.warnings = this.s.warnings.slice(firstWarning);
      this.s.timings.saveMs += performance.now() - t0;
    }
    return report;
  }
  stats() {
    return structuredClone(this.s);
  }
  async close() {
    this.checks.clear();
  }
};

// src/cache/gha-store.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { mkdir as mkdir13, readFile as readFile7, rm as rm12, stat as stat10, writeFile as writeFile8 } from "node:fs/promises";
import path22 from "node:path";

// src/cache/gha-tools.ts
import { access, chmod as chmod3, constants as constants2, mkdir as mkdir12, readFile as readFile6, writeFile as writeFile7 } from "node:fs/promises";
import path20 from "node:path";
async function findOnPath(name, pathVar) {
  for (const dir of (pathVar ?? "").split(path20.delimiter)) {
    if (!dir) continue;
    const candidate = path20.join(dir, name);
    try {
      await access(candidate, constants2.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
async function prepareZstd(pathVar, binDir) {
  const zstd = await findOnPath("zstd", pathVar);
  if (!zstd) {
    return {
      path: pathVar,
      warning: "zstd is not on PATH: the Actions cache falls back to gzip, which is slower, and entries saved by runners with zstd are not visible to this one (install zstd)"
    };
  }
  const shims = [];
  if (!await findOnPath("zstdmt", pathVar)) shims.push(["zstdmt", `exec "${zstd}" -T0 "$@"`]);
  if (!await findOnPath("unzstd", pathVar)) shims.push(["unzstd", `exec "${zstd}" -d "$@"`]);
  if (shims.length === 0) return { path: pathVar };
  await mkdir12(binDir, { recursive: true });
  for (const [name, body] of shims) {
    const file = path20.join(binDir, name);
    await writeFile7(file, `#!/bin/sh
${body}
`);
    await chmod3(file, 493);
  }
  return { path: [binDir, pathVar].filter(Boolean).join(path20.delimiter) };
}
async function readEventPayload(eventPath) {
  if (!eventPath) return void 0;
  try {
    return JSON.parse(await readFile6(eventPath, "utf8"));
  } catch {
    return void 0;
  }
}
function defaultBranchOf(payload) {
  const b = payload?.repository?.default_branch;
  return typeof b === "string" && b !== "" ? b : void 0;
}

// src/cache/index-file.ts
function encodeIndex(index) {
  return JSON.stringify(index);
}
function decodeIndex(text, what) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${what}: not JSON (${e.message})`);
  }
  if (raw?.v !== 1) throw new Error(`${what}: unknown index format ${JSON.stringify(raw?.v)}`);
  if (!Array.isArray(raw.records) || typeof raw.bundles !== "object" || raw.bundles === null) throw new Error(`${what}: records or bundles missing`);
  const bundles = {};
  for (const [id, b] of Object.entries(raw.bundles)) {
    if (/^[a-f0-9]{32}$/.test(id) && typeof b?.key === "string" && typeof b.path === "string" && Array.isArray(b.blobs) && b.blobs.every((d) => typeof d === "string" && isDigest(d))) {
      bundles[id] = { key: b.key, path: b.path, blobs: b.blobs, bytes: Number(b.bytes) || 0, created: Number(b.created) || 0 };
    }
  }
  const records = raw.records.filter((r) => r && !recordProblem(r)).map((r) => ({ ...r, used: Number(r.used) || 0 }));
  return { v: 1, scope: String(raw.scope ?? ""), ref: String(raw.ref ?? ""), written: Number(raw.written) || 0, bundles, records };
}
function pickRecord(view, key, hasBlob) {
  const list = view.records.get(key);
  if (!list || list.length === 0) return void 0;
  return list.find((r) => !r.layer || hasBlob(r.layer.digest)) ?? list[0];
}
function viewHolds(view, r) {
  return (view.records.get(r.key) ?? []).some((x) => x.layer?.digest === r.layer?.digest);
}
function mergeIndexes(indexes) {
  const view = { records: /* @__PURE__ */ new Map(), bundles: /* @__PURE__ */ new Map(), blobBundles: /* @__PURE__ */ new Map() };
  for (const index of indexes) {
    for (const r of [...index.records].sort((a, b) => b.used - a.used)) {
      const list = view.records.get(r.key) ?? [];
      if (!list.some((x) => x.layer?.digest === r.layer?.digest)) list.push(r);
      view.records.set(r.key, list);
    }
    for (const [id, b] of Object.entries(index.bundles)) {
      if (view.bundles.has(id)) continue;
      view.bundles.set(id, b);
      for (const d of b.blobs) view.blobBundles.set(d, [...view.blobBundles.get(d) ?? [], id]);
    }
  }
  return view;
}
function nextIndex(input) {
  const out = /* @__PURE__ */ new Map();
  const put = (r) => {
    const k = `${r.key}\0${r.layer?.digest ?? ""}`;
    if (!out.has(k)) out.set(k, r);
  };
  for (const r of input.newRecords) put({ ...r, used: input.now });
  for (const key of input.used) for (const r of input.view.records.get(key) ?? []) put({ ...r, used: input.now });
  const rest = [...input.view.records.values()].flat().sort((a, b) => b.used - a.used);
  for (const r of rest) put(r);
  const records = [...out.values()].slice(0, input.maxRecords);
  const wanted = new Set(records.map((r) => r.layer?.digest).filter((d) => !!d));
  const bundles = {};
  const all = [...Object.entries(input.newBundles), ...input.view.bundles];
  for (const [id, b] of all) {
    if (bundles[id] || input.deadBundles.has(id)) continue;
    if (b.blobs.some((d) => wanted.has(d))) bundles[id] = b;
  }
  return { v: 1, scope: input.scope, ref: input.ref, written: input.now, bundles, records };
}

// src/cache/layout.ts
import path21 from "node:path";
import { createHash as createHash7 } from "node:crypto";
var KEY_PREFIX = { bundle: "hoist-layers-v1-", index: "hoist-index-v1-" };
function bundleId(digests) {
  return createHash7("sha256").update([...digests].sort().join("\n")).digest("hex").slice(0, 32);
}
var bundleKey = (id) => `${KEY_PREFIX.bundle}${id}`;
var indexPrefix = (scopeId, refId) => `${KEY_PREFIX.index}${scopeId}-${refId}-`;
var bundleDir = (root, id) => path21.join(root, "b", id);
var indexDir = (root, scopeId, refId) => path21.join(root, "i", `${scopeId}-${refId}`);
var blobFileName = (digest) => digest.replace(":", "-");
var COPY_OR_ADD = /^(?:\/bin\/sh -c #\(nop\)\s*)?(COPY|ADD)\b/i;
var RUN = /^(?:RUN\b|\/bin\/sh -c (?!#\(nop\)))/;
function volatileFlags(records) {
  if (records.some((r) => r.volatile !== void 0)) return records.map((r) => r.volatile === true);
  return records.map((r) => {
    const m = COPY_OR_ADD.exec(r.createdBy ?? "");
    return !!m && !/--from[= ]/.test(r.createdBy ?? "");
  });
}
var isRun = (r) => r.run ?? RUN.test(r.createdBy ?? "");
function splitLayers(records) {
  const flags = volatileFlags(records);
  const last = flags.lastIndexOf(true);
  const linked = records.some((r) => r.parent !== void 0 || (r.sources?.length ?? 0) > 0);
  const tainted = /* @__PURE__ */ new Set();
  if (last >= 0) {
    tainted.add(records[last].key);
    for (let i = last + 1; i < records.length; i++) {
      const r = records[i];
      if (!linked || r.parent !== void 0 && tainted.has(r.parent) || (r.sources ?? []).some((s) => tainted.has(s))) tainted.add(r.key);
    }
  }
  const under4 = /* @__PURE__ */ new Set();
  if (linked) {
    const byKey = new Map(records.map((r) => [r.key, r]));
    const climb = (key) => {
      for (let k = key; k !== void 0 && !under4.has(k); k = byKey.get(k)?.parent) under4.add(k);
    };
    for (const r of records) {
      if (isRun(r)) climb(r.parent);
      for (const s of r.sources ?? []) climb(s);
    }
  } else {
    const lastRun = records.map(isRun).lastIndexOf(true);
    for (let i = 0; i < lastRun; i++) under4.add(records[i].key);
  }
  const stable = /* @__PURE__ */ new Set();
  const rest = /* @__PURE__ */ new Set();
  for (const r of records) if (r.layer && !tainted.has(r.key) && under4.has(r.key)) stable.add(r.layer.digest);
  for (const r of records) if (r.layer && !stable.has(r.layer.digest)) rest.add(r.layer.digest);
  return { stable, rest };
}
function planBundles(records, upload) {
  const { stable } = splitLayers(records);
  const parts = [];
  const stableBlobs = upload.filter((b) => stable.has(b.digest));
  const restBlobs = upload.filter((b) => !stable.has(b.digest));
  if (stableBlobs.length > 0) parts.push({ id: bundleId(stableBlobs.map((b) => b.digest)), part: "stable", blobs: stableBlobs });
  if (restBlobs.length > 0) parts.push({ id: bundleId(restBlobs.map((b) => b.digest)), part: "rest", blobs: restBlobs });
  return parts;
}

// src/cache/scope.ts
import { createHash as createHash8 } from "node:crypto";
function shortHash(text, length = 16) {
  return createHash8("sha256").update(text).digest("hex").slice(0, length);
}
function resolveScope(explicit, parts = {}) {
  const name = explicit !== void 0 && explicit.trim() !== "" ? explicit.trim() : [
    parts.image?.trim() || "-",
    parts.dockerfile?.trim() || "Dockerfile",
    `target=${parts.target?.trim() || "-"}`,
    parts.platform?.trim() || "-"
  ].join(" ");
  return { name, id: shortHash(`hoist-scope\0${name}`) };
}
function planRefs(input) {
  const branch = (name) => name ? name.startsWith("refs/") ? name : `refs/heads/${name}` : void 0;
  const wanted = [input.ref, branch(input.baseRef), branch(input.defaultBranch)].filter((r) => !!r);
  const max = input.maxRefs ?? 4;
  if (!input.tokenScopes) {
    return { writeRef: input.ref, readRefs: [...new Set(wanted)].slice(0, max) };
  }
  const readable = input.tokenScopes.filter(canRead).map((s) => s.scope);
  const writeRef = input.tokenScopes.find(canWrite)?.scope;
  const ordered = [...writeRef ? [writeRef] : [], ...wanted.filter((r) => readable.includes(r)), ...readable];
  return { writeRef, readRefs: [...new Set(ordered)].slice(0, max) };
}

// src/cache/gha-store.ts
var DEFAULT_GHA_ROOT = "/tmp/hoist-gha-cache";
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
var MB = 1024 * 1024;
var GhaCacheStore = class {
  constructor(opts) {
    this.opts = opts;
    this.root = path22.resolve(opts.gha?.root ?? DEFAULT_GHA_ROOT);
    this.scope = resolveScope(opts.scope, opts.scopeParts);
    this.now = opts.now ?? Date.now;
    this.s = newStats("gha", this.scope.name);
  }
  opts;
  kind = "gha";
  root;
  scope;
  now;
  s;
  client;
  prepared;
  refs = { readRefs: [] };
  writeDecision = { write: false, reason: "not loaded" };
  readable = true;
  /** Set when the service is unusable; no more calls are made. */
  disabled;
  view = mergeIndexes([]);
  sizes = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Set();
  dead = /* @__PURE__ */ new Set();
  fetches = /* @__PURE__ */ new Map();
  opening = /* @__PURE__ */ new Map();
  verified = /* @__PURE__ */ new Map();
  /** Checks of bundle files against their digests, by path (see checkFile). */
  checks = /* @__PURE__ */ new Map();
  made = /* @__PURE__ */ new Set();
  retrySpent = 0;
  warn(message) {
    const m = `Actions cache: ${message}`;
    if (this.s.warnings.includes(m)) return;
    this.s.warnings.push(m);
    this.opts.log.warning(m);
  }
  /** Reacts to a failed call: warns, and switches writes or the whole store off where retrying is pointless. */
  fault(out, doing) {
    if (out.reason === "denied" || out.reason === "quota") {
      this.writeDecision = { write: false, reason: out.reason === "quota" ? "the cache storage quota is used up" : "writing was denied" };
      this.warn(`${doing}: ${out.message}; not writing to the cache in this build`);
    } else if (out.reason === "server" || out.reason === "network" || out.reason === "timeout") {
      this.disabled = `the cache service failed (${out.reason})`;
      this.warn(`${doing} failed (${out.reason}): ${out.message}; the Actions cache is off for the rest of this build`);
    } else {
      this.warn(`${doing} failed (${out.reason}): ${out.message}`);
    }
  }
  prepare() {
    this.prepared ??= this.doPrepare();
    return this.prepared;
  }
  async doPrepare() {
    const env = this.opts.env;
    const v2 = !!env.ACTIONS_CACHE_SERVICE_V2;
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL;
    if (!url || !env.ACTIONS_RUNTIME_TOKEN) {
      this.disabled = "the Actions cache service is not available";
      const missing = [];
      if (!url) {
        if (v2) missing.push("ACTIONS_RESULTS_URL");
        else if (env.ACTIONS_RESULTS_URL) missing.push("ACTIONS_CACHE_SERVICE_V2 (ACTIONS_RESULTS_URL is set)");
        else missing.push("ACTIONS_RESULTS_URL with ACTIONS_CACHE_SERVICE_V2 (cache service v2) or ACTIONS_CACHE_URL");
      }
      if (!env.ACTIONS_RUNTIME_TOKEN) missing.push("ACTIONS_RUNTIME_TOKEN");
      this.warn(`${missing.join(" and ")} not set (run hoist as an action step, or pass the ACTIONS_* variables); building without the cache`);
      return;
    }
    const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
    const tokenScopes = decodeRuntimeToken(env.ACTIONS_RUNTIME_TOKEN);
    this.refs = planRefs({
      ref: env.GITHUB_REF,
      baseRef: env.GITHUB_BASE_REF,
      defaultBranch: defaultBranchOf(payload),
      tokenScopes,
      maxRefs: this.opts.gha?.maxRefs
    });
    this.writeDecision = decideWrite({ write: this.opts.write ?? "auto", cacheMode: env.ACTIONS_CACHE_MODE, tokenScopes, eventName: env.GITHUB_EVENT_NAME, payload });
    this.readable = cacheModeAllowsRead(env.ACTIONS_CACHE_MODE);
    const zstd = await prepareZstd(env.PATH, path22.join(this.opts.tempDir, "gha-bin"));
    if (zstd.warning) this.warn(zstd.warning);
    await mkdir13(this.root, { recursive: true });
    const runnerTemp = env.RUNNER_TEMP || path22.join(this.opts.tempDir, "gha-runner-temp");
    await mkdir13(runnerTemp, { recursive: true });
    const pass = ["ACTIONS_RESULTS_URL", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_CACHE_SERVICE_V2", "ACTIONS_CACHE_URL", "ACTIONS_CACHE_MODE", "GITHUB_SERVER_URL", "GITHUB_REF"];
    const proxies = ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"];
    const vars = Object.fromEntries([...pass, ...proxies].map((k) => [k, env[k]]));
    Object.assign(vars, { GITHUB_WORKSPACE: this.root, RUNNER_TEMP: runnerTemp, RUNNER_DEBUG: void 0 });
    if (zstd.path !== void 0) vars.PATH = zstd.path;
    this.client = new ActionsCacheClient(vars, this.opts.log);
    const writing = this.writeDecision.write ? `writing to ${this.refs.writeRef ?? env.GITHUB_REF ?? "?"}` : `not writing (${this.writeDecision.reason})`;
    this.opts.log.info(`Actions cache: scope "${this.scope.name}" (${this.scope.id}); reading ${this.refs.readRefs.join(", ") || "no ref"}; ${writing}`);
  }
  async load() {
    const t0 = performance.now();
    try {
      await this.prepare();
      if (this.disabled || !this.client) return;
      if (!this.readable) {
        this.opts.log.info("Actions cache: ACTIONS_CACHE_MODE does not allow reads; starting cold");
        return;
      }
      const loaded2 = await Promise.all(this.refs.readRefs.map((ref) => this.loadIndex(ref)));
      this.view = mergeIndexes(loaded2.filter((i) => !!i));
      for (const list of this.view.records.values()) for (const r of list) if (r.layer) this.sizes.set(r.layer.digest, r.layer.size);
      this.s.recordsLoaded = this.view.records.size;
      this.opts.log.info(`Actions cache: ${this.view.records.size} records, ${this.view.bundles.size} layer entries visible`);
    } catch (e) {
      this.warn(`loading failed: ${e.message}`);
    } finally {
      this.s.timings.loadMs += performance.now() - t0;
    }
  }
  async loadIndex(ref) {
    const refId = shortHash(ref, 12);
    const dir = indexDir(this.root, this.scope.id, refId);
    await rm12(dir, { recursive: true, force: true });
    this.made.add(dir);
    const out = await this.client.restore([dir], indexPrefix(this.scope.id, refId), { timeoutMs: this.callTimeout() });
    if (out.kind === "miss") {
      this.opts.log.debug?.(`Actions cache: no index for ${ref}`);
      return void 0;
    }
    if (out.kind === "fault") {
      this.fault(out, `reading the cache index of ${ref}`);
      return void 0;
    }
    this.s.bytesDownloaded += out.bytes;
    this.s.entriesRestored++;
    try {
      return decodeIndex(await readFile7(path22.join(dir, "index.json"), "utf8"), `cache index ${out.key}`);
    } catch (e) {
      this.warn(`${e.message}; ignoring it`);
      return void 0;
    }
  }
  lookup(key) {
    this.s.lookups++;
    const best = pickRecord(this.view, key, (d) => this.hasBlob(d));
    if (!best) return void 0;
    this.s.hits++;
    this.used.add(key);
    return publicRecord(best);
  }
  hasBlob(digest) {
    return this.verified.has(digest) || (this.view.blobBundles.get(digest) ?? []).some((id) => !this.dead.has(id));
  }
  async openBlob(digest) {
    const file = await this.blobFile(digest);
    return file === void 0 ? void 0 : openVerifiedFile(file, digest, this.sizes.get(digest), `cached blob ${digest}`);
  }
  async blobFile(digest) {
    const t0 = performance.now();
    try {
      let pending = this.opening.get(digest);
      if (!pending) {
        pending = this.localBlob(digest);
        this.opening.set(digest, pending);
        void pending.finally(() => this.opening.delete(digest));
      }
      const file = await pending;
      if (!file) return void 0;
      this.s.blobsOpened++;
      return file;
    } catch (e) {
      this.warn(`opening ${digest} failed: ${e.message}`);
      return void 0;
    } finally {
      this.s.timings.fetchMs += performance.now() - t0;
    }
  }
  async stagedBlobFile(digest) {
    const t0 = performance.now();
    try {
      const staged = await this.bundledBlob(digest, false);
      if (staged) this.s.blobsOpened++;
      return staged;
    } catch (e) {
      this.warn(`opening ${digest} failed: ${e.message}`);
      return void 0;
    } finally {
      this.s.timings.fetchMs += performance.now() - t0;
    }
  }
  /** A verified local file of the blob, downloading the bundle that holds it when needed. */
  async localBlob(digest) {
    return (await this.bundledBlob(digest, true))?.path;
  }
  /**
   * The blob's file in the first bundle holding a usable copy (downloading that bundle when needed), with its
   * check against the digest: awaited first when `wait` (a bad copy moves on to the next bundle), else still
   * running, only the size checked now.
   */
  async bundledBlob(digest, wait) {
    const known = this.verified.get(digest);
    if (known) return { path: known, checked: Promise.resolve(void 0) };
    for (const id of this.view.blobBundles.get(digest) ?? []) {
      const file = await this.fetchedFile(digest, id);
      if (!file) continue;
      const checked = this.checkFile(file, digest, id);
      const size = this.sizes.get(digest);
      const usable = wait ? !await checked : await stat10(file).then((st) => size === void 0 || st.size === size, () => false);
      if (usable) return { path: file, checked };
      await checked;
    }
    return void 0;
  }
  /** Where the blob is in bundle `id`, downloading the bundle first when the file is not there (undefined: it cannot be). */
  async fetchedFile(digest, id) {
    if (this.dead.has(id)) return void 0;
    const file = path22.join(bundleDir(this.root, id), blobFileName(digest));
    if (this.checks.has(file) || await stat10(file).then(() => true, () => false)) return file;
    if (this.disabled || !this.client || !await this.fetchBundle(id)) return void 0;
    return file;
  }
  /**
   * The file checked against the blob's digest and size, once however many readers ask: undefined when it
   * matches, else why not (then the file is removed, with a warning).
   */
  checkFile(file, digest, id) {
    let c = this.checks.get(file);
    if (!c) {
      c = (async () => {
        const problem = await checkBlobFile(file, digest, this.sizes.get(digest));
        if (!problem) {
          this.verified.set(digest, file);
          return void 0;
        }
        this.warn(`blob ${digest} from entry ${this.view.bundles.get(id)?.key} is unusable (${problem}); the step is rebuilt`);
        await rm12(file, { force: true });
        return problem;
      })();
      this.checks.set(file, c);
    }
    return c;
  }
  fetchBundle(id) {
    let f = this.fetches.get(id);
    if (!f) {
      f = this.doFetchBundle(id);
      this.fetches.set(id, f);
    }
    return f;
  }
  async doFetchBundle(id) {
    const b = this.view.bundles.get(id);
    this.made.add(bundleDir(this.root, id));
    const t0 = performance.now();
    this.opts.log.debug?.(`Actions cache: downloading entry ${b.key} (${b.bytes} B)`);
    const out = await this.client.restore([b.path], b.key, { timeoutMs: this.callTimeout() + b.bytes / (10 * MB) * 1e3 });
    this.opts.log.debug?.(`Actions cache: entry ${b.key}: ${out.kind} in ${(performance.now() - t0).toFixed(0)} ms`);
    if (out.kind === "hit") {
      this.s.bytesDownloaded += out.bytes;
      this.s.entriesRestored++;
      return true;
    }
    this.dead.add(id);
    if (out.kind === "miss") this.warn(`entry ${b.key} is gone (evicted); the steps whose layers it held are rebuilt`);
    else this.fault(out, `downloading entry ${b.key}`);
    return false;
  }
  async save(records, blobs) {
    const t0 = performance.now();
    const report = emptyReport();
    const firstWarning = this.s.warnings.length;
    try {
      await this.prepare();
      const sel = selectForSave(records, blobs, { mode: this.opts.mode, budgetBytes: this.opts.budgetBytes, isCached: (d) => this.hasBlob(d) });
      for (const p of sel.invalid) this.warn(`not saving a malformed record: ${p}`);
      report.records = sel.records.length;
      report.blobsAlreadyCached = sel.alreadyCached.length;
      report.blobsOverBudget = sel.overBudget.length;
      if (sel.overBudget.length > 0) {
        this.opts.log.info(`Actions cache: ${sel.overBudget.length} layer(s) over the ${this.opts.budgetBytes} byte budget are not saved (their records are)`);
      }
      if (this.disabled || !this.client) report.skipped = this.disabled ?? "the Actions cache is not available";
      else if (!this.writeDecision.write) report.skipped = this.writeDecision.reason;
      else if (sel.upload.length === 0 && sel.records.every((r) => viewHolds(this.view, r)) && this.dead.size === 0) report.skipped = "nothing new to save";
      if (report.skipped) {
        if (this.writeDecision.warn && sel.records.length > 0) this.warn(`not saving ${sel.records.length} new step(s): ${report.skipped}`);
        else this.opts.log.info(`Actions cache: not saving: ${report.skipped}`);
        return report;
      }
      const plans = planBundles(sel.records, sel.upload);
      const saved = await Promise.all(plans.map((p) => this.saveBundle(p, report)));
      const newBundles = {};
      plans.forEach((p, i) => {
        const b = saved[i];
        if (!b) return;
        newBundles[p.id] = b;
        report.blobsSaved += p.blobs.length;
        report.blobBytesSaved += b.bytes;
      });
      if (this.disabled || !this.writeDecision.write) return report;
      const ref = this.refs.writeRef ?? this.opts.env.GITHUB_REF ?? "unknown-ref";
      const index = nextIndex({
        scope: this.scope.name,
        ref,
        now: this.now(),
        view: this.view,
        newRecords: sel.records,
        used: this.used,
        newBundles,
        deadBundles: this.dead,
        maxRecords: this.opts.gha?.maxRecords ?? 4e3
      });
      await this.saveIndex(ref, index, report);
      this.opts.log.info(
        `Actions cache: saved ${report.blobsSaved} layer(s) (${report.blobBytesSaved} B) in ${report.entriesCreated} entries; ${report.blobsAlreadyCached} already cached`
      );
    } catch (e) {
      this.warn(`saving failed: ${e.message}`);
    } finally {
      report.warnings = this.s.warnings.slice(firstWarning);
      this.s.timings.saveMs += performance.now() - t0;
    }
    return report;
  }
  async saveBundle(plan, report) {
    const dir = bundleDir(this.root, plan.id);
    const key = bundleKey(plan.id);
    this.made.add(dir);
    try {
      await rm12(dir, { recursive: true, force: true });
      await Promise.all(plan.blobs.map((b) => placeFile(b.path, path22.join(dir, blobFileName(b.digest)))));
    } catch (e) {
      this.warn(`could not stage ${key}: ${e.message}`);
      return void 0;
    }
    const bytes = plan.blobs.reduce((n, b) => n + b.size, 0);
    const out = await this.saveWithRetry([dir], key, `layer entry ${key}`, bytes);
    const bundle = { key, path: dir, blobs: plan.blobs.map((b) => b.digest), bytes, created: this.now() };
    if (out.kind === "created") {
      report.entriesCreated++;
      this.s.entriesCreated++;
      this.s.bytesUploaded += out.bytes;
      return bundle;
    }
    if (out.kind === "exists") {
      const seen = await this.client.restore([dir], key, { lookupOnly: true, timeoutMs: this.callTimeout() });
      if (seen.kind === "hit") return bundle;
      this.opts.log.info(`Actions cache: ${key} is being saved by another job; not referencing it yet`);
      return void 0;
    }
    this.fault(out, `saving ${key}`);
    return void 0;
  }
  async saveIndex(ref, index, report) {
    const refId = shortHash(ref, 12);
    const dir = indexDir(this.root, this.scope.id, refId);
    this.made.add(dir);
    await rm12(dir, { recursive: true, force: true });
    await mkdir13(dir, { recursive: true });
    const text = encodeIndex(index);
    await writeFile8(path22.join(dir, "index.json"), text);
    const key = `${indexPrefix(this.scope.id, refId)}${this.now().toString(36)}${randomBytes4(4).toString("hex")}`;
    const out = await this.saveWithRetry([dir], key, "the cache index", text.length);
    if (out.kind === "created") {
      report.entriesCreated++;
      this.s.entriesCreated++;
      this.s.bytesUploaded += out.bytes;
    } else if (out.kind === "fault") this.fault(out, "saving the cache index");
  }
  /** saveCache, waiting out 429s (Retry-After, else 1, 2, 4 ... s) within the retry budget. */
  async saveWithRetry(paths, key, what, bytes) {
    const budget = this.opts.gha?.retryBudgetMs ?? 6e4;
    const timeoutMs = 12e4 + bytes / (5 * MB) * 1e3;
    for (let attempt = 0; ; attempt++) {
      if (this.disabled) return { kind: "fault", reason: "other", message: this.disabled };
      const out = await this.client.save(paths, key, timeoutMs);
      if (out.kind !== "fault" || out.reason !== "rate-limited") return out;
      const waitMs = (out.retryAfterSec ?? Math.min(2 ** attempt, 30)) * 1e3;
      if (attempt >= 5 || this.retrySpent + waitMs > budget) {
        return { ...out, message: `${out.message} (still rate-limited after ${attempt + 1} attempt(s) and ${Math.round(this.retrySpent / 1e3)} s of waiting)` };
      }
      this.retrySpent += waitMs;
      this.opts.log.info(`Actions cache: rate-limited saving ${what}; retrying in ${waitMs / 1e3} s (Retry-After)`);
      await sleep(waitMs);
    }
  }
  callTimeout() {
    return this.opts.gha?.callTimeoutMs ?? 6e4;
  }
  stats() {
    return structuredClone(this.s);
  }
  async close() {
    for (const dir of this.made) await rm12(dir, { recursive: true, force: true }).catch(() => void 0);
    this.made.clear();
    this.verified.clear();
    this.checks.clear();
    await rm12(path22.join(this.opts.tempDir, "gha-bin"), { recursive: true, force: true }).catch(() => void 0);
    if (!this.opts.env.RUNNER_TEMP) await rm12(path22.join(this.opts.tempDir, "gha-runner-temp"), { recursive: true, force: true }).catch(() => void 0);
  }
};

// src/cache/off-store.ts
function offStore() {
  const s = newStats("off");
  return {
    kind: "off",
    load: async () => void 0,
    lookup: () => {
      s.lookups++;
      return void 0;
    },
    hasBlob: () => false,
    openBlob: async () => void 0,
    save: async () => ({ ...emptyReport(), skipped: "the cache is off" }),
    stats: () => structuredClone(s),
    close: async () => void 0
  };
}

// src/cache/registry-store.ts
import { createReadStream as createReadStream11, createWriteStream as createWriteStream7 } from "node:fs";
import { mkdir as mkdir14, rm as rm13 } from "node:fs/promises";
import path23 from "node:path";
import { Readable as Readable5 } from "node:stream";
import { pipeline as pipeline6 } from "node:stream/promises";
import { gunzipSync, gzipSync } from "node:zlib";
var REGISTRY_CACHE_INDEX = "application/vnd.hoist.cache.index.v1+json+gzip";
var MAX_INDEX_BYTES = 256 * 1024 * 1024;
var RegistryCacheStore = class {
  constructor(opts) {
    this.opts = opts;
    if (!opts.registry || opts.registry.from.length === 0 && !opts.registry.to) throw new Error("the registry cache store needs a cache-from or cache-to reference");
    this.refs = opts.registry;
    this.s = newStats("registry", [...this.refs.to ? [`to ${String(this.refs.to)}`] : [], ...this.refs.from.map((r) => `from ${String(r)}`)].join(", "));
    this.dir = path23.join(opts.tempDir, "registry-cache");
  }
  opts;
  kind = "registry";
  s;
  refs;
  /** What lookups see: the cache-from refs' records. */
  view = mergeIndexes([]);
  /** What a save carries forward: the cache-to ref's records, then the cache-from refs'. */
  carried = mergeIndexes([]);
  /** Why the cache-to ref could not be read (a save would replace what it holds), if it could not. */
  targetUnreadable;
  closed = false;
  /** Where each blob is: the repositories whose cache manifest lists it, best first. */
  where = /* @__PURE__ */ new Map();
  targetLoaded = false;
  used = /* @__PURE__ */ new Set();
  dead = /* @__PURE__ */ new Set();
  downloads = /* @__PURE__ */ new Map();
  dir;
  warn(message) {
    const m = `registry cache: ${message}`;
    if (this.s.warnings.includes(m)) return;
    this.s.warnings.push(m);
    this.opts.log.warning(m);
  }
  /** The refs to read, cache-to first (its records are the ones a save carries first), each once. */
  readRefs() {
    const seen = /* @__PURE__ */ new Set();
    return [...this.refs.to ? [this.refs.to] : [], ...this.refs.from].filter((r) => !seen.has(String(r)) && !!seen.add(String(r)));
  }
  async load() {
    const t0 = performance.now();
    try {
      const refs = this.readRefs();
      const from = new Set(this.refs.from.map(String));
      const loaded2 = await Promise.all(refs.map((r) => this.loadRef(r)));
      const lookups = [];
      const carried = [];
      loaded2.forEach((l, i) => {
        const target = !!this.refs.to && String(refs[i]) === String(this.refs.to);
        if (target && l.unreadable) this.targetUnreadable = l.unreadable;
        if (!l.index) return;
        carried.push(l.index);
        if (from.has(String(refs[i]))) lookups.push(l.index);
        if (target) this.targetLoaded = true;
        for (const desc of l.layers) {
          const list = this.where.get(desc.digest) ?? [];
          list.push({ repo: repositoryOf(refs[i]), desc });
          this.where.set(desc.digest, list);
        }
      });
      this.view = mergeIndexes(lookups);
      this.carried = mergeIndexes(carried);
      this.s.recordsLoaded = this.view.records.size;
      const read = this.refs.from.length > 0 ? `${this.view.records.size} records visible in ${this.refs.from.map(String).join(", ")}` : "no cache-from ref to read";
      this.opts.log.info(`registry cache: ${read}${this.refs.to ? `; writing ${String(this.refs.to)}` : ""}`);
    } catch (e) {
      this.warn(`loading failed: ${e.message}`);
    } finally {
      this.s.timings.loadMs += performance.now() - t0;
    }
  }
  /**
   * One ref's index and the layers its manifest lists; none when there is nothing usable, with `unreadable` set
   * when the ref may hold a cache this build could not read (a save must not replace it).
   */
  async loadRef(ref) {
    let m;
    try {
      m = await this.refs.client.getManifest(ref);
    } catch (e) {
      if (registryNotFound(e, "manifest")) {
        this.opts.log.info(`registry cache: nothing at ${String(ref)} yet`);
        return { layers: [] };
      }
      this.warn(`reading ${String(ref)} failed: ${e.message}; building without it`);
      return { layers: [], unreadable: e.message };
    }
    this.s.bytesDownloaded += m.bytes.length;
    if (m.kind !== "manifest" || m.manifest.config.mediaType !== REGISTRY_CACHE_INDEX) {
      const what = m.kind === "index" ? "an index" : `a manifest with config ${m.manifest.config.mediaType}`;
      this.warn(`${String(ref)} is not a hoist cache (it is ${what}; a BuildKit cache cannot be read by hoist); ignoring it${String(ref) === String(this.refs.to) ? ", and a save replaces it" : ""}`);
      return { layers: [] };
    }
    try {
      const gz = await this.refs.client.readBlob(repositoryOf(ref), m.manifest.config);
      this.s.bytesDownloaded += gz.length;
      this.s.entriesRestored++;
      return { index: decodeIndex(gunzipSync(gz, { maxOutputLength: MAX_INDEX_BYTES }).toString("utf8"), `registry cache ${String(ref)}`), layers: m.manifest.layers };
    } catch (e) {
      this.warn(`the index of ${String(ref)} is unusable (${e.message}); ignoring it`);
      return { layers: [], unreadable: e instanceof RegistryError && !registryNotFound(e) ? e.message : void 0 };
    }
  }
  lookup(key) {
    this.s.lookups++;
    const best = pickRecord(this.view, key, (d) => this.hasBlob(d));
    if (!best) return void 0;
    this.s.hits++;
    this.used.add(key);
    return publicRecord(best);
  }
  hasBlob(digest) {
    return this.where.has(digest) && !this.dead.has(digest);
  }
  async openBlob(digest) {
    const file = await this.blobFile(digest);
    return file === void 0 ? void 0 : openVerifiedFile(file, digest, this.where.get(digest)?.[0]?.desc.size, `cached blob ${digest}`);
  }
  /** The blob downloaded into the build's temporary directory, verified while it streams (once per blob). */
  blobFile(digest) {
    let d = this.downloads.get(digest);
    if (!d) {
      d = this.download(digest);
      this.downloads.set(digest, d);
    }
    return d;
  }
  async download(digest) {
    const t0 = performance.now();
    try {
      if (this.dead.has(digest) || this.closed) return void 0;
      await mkdir14(this.dir, { recursive: true });
      const file = path23.join(this.dir, digestHex(digest));
      for (const { repo, desc } of this.where.get(digest) ?? []) {
        try {
          await pipeline6(await this.refs.client.getBlob(repo, desc), createWriteStream7(file));
          this.s.blobsOpened++;
          this.s.bytesDownloaded += desc.size;
          return file;
        } catch (e) {
          await rm13(file, { force: true });
          this.warn(`blob ${digest} from ${repositoryName(repo)} is unusable (${e.message}); the step is rebuilt`);
        }
      }
      this.dead.add(digest);
      return void 0;
    } catch (e) {
      this.warn(`opening ${digest} failed: ${e.message}; the step is rebuilt`);
      this.dead.add(digest);
      return void 0;
    } finally {
      this.s.timings.fetchMs += performance.now() - t0;
    }
  }
  async save(records, blobs) {
    const t0 = performance.now();
    const report = emptyReport();
    const firstWarning = this.s.warnings.length;
    try {
      const to = this.refs.to;
      const inTarget = (d) => !!to && !this.dead.has(d) && (this.where.get(d) ?? []).some((w) => repositoryName(w.repo) === repositoryName(to));
      const sel = selectForSave(records, blobs, { mode: this.opts.mode, budgetBytes: this.opts.budgetBytes, isCached: inTarget });
      for (const p of sel.invalid) this.warn(`not saving a malformed record: ${p}`);
      report.records = sel.records.length;
      report.blobsAlreadyCached = sel.alreadyCached.length;
      report.blobsOverBudget = sel.overBudget.length;
      if (!to) report.skipped = "no cache-to reference (a cache-from is only read)";
      else if (this.opts.write === false) report.skipped = "cache writes are switched off";
      else if (this.targetUnreadable) report.skipped = `${String(to)} could not be read (${this.targetUnreadable}), and a save would replace what it holds`;
      else if (this.targetLoaded && sel.upload.length === 0 && sel.records.every((r) => viewHolds(this.carried, r)) && this.dead.size === 0) report.skipped = "nothing new to save";
      if (report.skipped || !to) {
        this.opts.log.info(`registry cache: not saving: ${report.skipped}`);
        return report;
      }
      const target = repositoryOf(to);
      const layerOf = new Map(sel.records.filter((r) => r.layer).map((r) => [r.layer.digest, r.layer]));
      const present = new Set([...this.where.keys()].filter(inTarget));
      let refused;
      await mapLimit(sel.upload, 4, async (b) => {
        if (refused) return;
        const desc = { mediaType: layerOf.get(b.digest)?.mediaType ?? MediaType.ociLayerGzip, digest: b.digest, size: b.size };
        try {
          const how = await this.refs.client.pushBlob(target, desc, () => createReadStream11(b.path), { mountFrom: (this.where.get(b.digest) ?? []).map((w) => w.repo) });
          present.add(b.digest);
          if (how === "uploaded") {
            report.blobsSaved++;
            report.blobBytesSaved += b.size;
            report.entriesCreated++;
          } else report.blobsAlreadyCached++;
        } catch (e) {
          if (registryDenied(e)) refused = e.message;
          else this.warn(`could not push layer ${b.digest} to ${repositoryName(target)}: ${e.message}; its record is kept without it`);
        }
      });
      if (refused) {
        this.warn(`pushing to ${repositoryName(target)} was refused (${refused}); not saving`);
        return report;
      }
      const index = nextIndex({
        scope: `registry ${String(to)}`,
        ref: String(to),
        now: (this.opts.now ?? Date.now)(),
        view: this.carried,
        newRecords: sel.records,
        used: this.used,
        newBundles: {},
        deadBundles: /* @__PURE__ */ new Set(),
        maxRecords: this.opts.gha?.maxRecords ?? 4e3
      });
      index.records = index.records.map(({ createdBy: _text, ...r }) => r);
      const wanted = [];
      const seen = /* @__PURE__ */ new Set();
      for (const r of index.records) if (r.layer && !seen.has(r.layer.digest) && !this.dead.has(r.layer.digest) && seen.add(r.layer.digest)) wanted.push(r.layer);
      const listed = /* @__PURE__ */ new Set();
      await mapLimit(wanted, 8, async (l) => {
        const desc = { mediaType: l.mediaType, digest: l.digest, size: l.size };
        try {
          if (present.has(l.digest) ? await this.refs.client.hasBlob(target, l.digest) : await this.mount(target, desc)) listed.add(l.digest);
        } catch (e) {
          this.opts.log.debug?.(`registry cache: ${l.digest} left out of ${String(to)}: ${e.message}`);
        }
      });
      const layers = wanted.filter((l) => listed.has(l.digest)).map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size }));
      const gz = gzipSync(Buffer.from(encodeIndex(index)));
      const config = { mediaType: REGISTRY_CACHE_INDEX, digest: digestOf(gz), size: gz.length };
      await this.refs.client.pushBlob(target, config, () => Readable5.from([gz]));
      const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers }));
      await this.refs.client.putManifest(to, manifest, MediaType.ociManifest);
      report.entriesCreated += 2;
      this.s.bytesUploaded += report.blobBytesSaved + gz.length + manifest.length;
      this.s.entriesCreated += report.entriesCreated;
      this.opts.log.info(`registry cache: saved ${report.blobsSaved} layer(s) (${report.blobBytesSaved} B) and ${index.records.length} records to ${String(to)}; ${report.blobsAlreadyCached} already there`);
    } catch (e) {
      this.warn(`saving failed: ${e.message}`);
    } finally {
      report.warnings = this.s.warnings.slice(firstWarning);
      this.s.timings.saveMs += performance.now() - t0;
    }
    return report;
  }
  /** Mounts a blob another repository on the target's registry holds into the target; false when none can. */
  async mount(target, desc) {
    const from = (this.where.get(desc.digest) ?? []).map((w) => w.repo).filter((repo) => repo.registry === target.registry);
    if (from.length === 0) return false;
    await this.refs.client.pushBlob(target, desc, () => {
      throw new Error("the blob is not here to upload");
    }, { mountFrom: from });
    return true;
  }
  stats() {
    return structuredClone(this.s);
  }
  async close() {
    this.closed = true;
    await Promise.allSettled([...this.downloads.values()]);
    this.downloads.clear();
    await rm13(this.dir, { recursive: true, force: true }).catch(() => void 0);
  }
};

// src/cache/create.ts
function createCacheStore(opts) {
  switch (opts.kind) {
    case "gha":
      return new GhaCacheStore(opts);
    case "dir":
      return new DirCacheStore(opts);
    case "registry":
      return new RegistryCacheStore(opts);
    case "off":
      return offStore();
    default:
      throw new Error(`unknown cache kind "${String(opts.kind)}" (gha, dir, registry or off)`);
  }
}

// src/build/ssh.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync as existsSync4 } from "node:fs";
import { mkdtemp as mkdtemp8, rm as rm14, stat as stat11 } from "node:fs/promises";
import path24 from "node:path";
var SshSpecError = class extends Error {
  constructor(spec, detail) {
    super(`ssh "${spec}": ${detail}`);
    this.spec = spec;
    this.name = "SshSpecError";
  }
  spec;
};
function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn2(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => stderr += d.toString("utf8"));
    child.on("error", (e) => resolve({ code: 127, stderr: e.message }));
    child.on("close", (code) => resolve({ code: code ?? 1, stderr: stderr.trim() }));
  });
}
async function agentForKeys(spec, keys, dir, env) {
  const socket = path24.join(dir, "agent.sock");
  const toolEnv = { PATH: env.PATH || SYSTEM_PATH, HOME: env.HOME, LC_ALL: "C" };
  let agent;
  try {
    agent = spawn2("ssh-agent", ["-D", "-a", socket], { env: toolEnv, stdio: "ignore" });
    await new Promise((resolve, reject) => {
      agent.once("error", reject);
      agent.once("spawn", resolve);
    });
  } catch {
    throw new SshSpecError(spec, "loading key files needs OpenSSH ssh-agent and ssh-add on the host (Debian/Ubuntu: openssh-client); or give an agent socket");
  }
  const stop = () => void agent.kill();
  for (let i = 0; i < 100 && !existsSync4(socket); i++) await new Promise((r2) => setTimeout(r2, 20));
  if (!existsSync4(socket)) {
    stop();
    throw new SshSpecError(spec, "ssh-agent did not start");
  }
  const r = await run("ssh-add", ["-q", ...keys], { ...toolEnv, SSH_AUTH_SOCK: socket, SSH_ASKPASS: "/bin/false", SSH_ASKPASS_REQUIRE: "never", DISPLAY: "" });
  if (r.code !== 0) {
    stop();
    throw new SshSpecError(spec, `ssh-add could not load ${keys.join(", ")}: ${r.stderr.split("\n").slice(-2).join(" ") || `exit ${r.code}`} (a key with a passphrase must be loaded into an agent first)`);
  }
  return { socket, stop };
}
async function prepareSshAgents(specs, env, cwd, tempDir) {
  const sockets = {};
  const stops = [];
  const dirs = [];
  const close = async () => {
    for (const s of stops.splice(0)) s();
    await Promise.all(dirs.splice(0).map((d) => rm14(d, { recursive: true, force: true }).catch(() => void 0)));
  };
  try {
    for (const raw of specs) {
      const spec = raw.trim();
      if (!spec) continue;
      const eq = spec.indexOf("=");
      const id = (eq < 0 ? spec : spec.slice(0, eq)).trim();
      if (!/^[A-Za-z0-9._-]+$/.test(id)) throw new SshSpecError(spec, `"${id}" is not a valid id (letters, digits, '.', '_', '-')`);
      if (sockets[id]) throw new SshSpecError(spec, `id "${id}" is given twice`);
      const given = eq < 0 ? [] : spec.slice(eq + 1).split(",").map((p) => p.trim()).filter(Boolean);
      if (given.length === 0) {
        if (!env.SSH_AUTH_SOCK) throw new SshSpecError(spec, "no socket or key given and SSH_AUTH_SOCK is not set (start an agent, e.g. webfactory/ssh-agent or `eval $(ssh-agent)`, and ssh-add the key)");
        given.push(env.SSH_AUTH_SOCK);
      }
      const paths = given.map((p) => path24.resolve(cwd, p.startsWith("~/") && env.HOME ? path24.join(env.HOME, p.slice(2)) : p));
      const kinds = await Promise.all(paths.map((p) => stat11(p).catch(() => void 0)));
      const missing = paths.find((_, i) => !kinds[i]);
      if (missing) throw new SshSpecError(spec, `${missing} does not exist`);
      if (paths.length === 1 && kinds[0].isSocket()) {
        sockets[id] = paths[0];
        continue;
      }
      const odd = paths.find((_, i) => !kinds[i].isFile());
      if (odd) throw new SshSpecError(spec, `${odd} is neither an agent socket nor a key file`);
      const dir = await mkdtemp8(path24.join(tempDir, "ssh-agent-"));
      dirs.push(dir);
      const agent = await agentForKeys(spec, paths, dir, env);
      stops.push(agent.stop);
      sockets[id] = agent.socket;
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { sockets, close };
}

// src/build/run-options.ts
import { isIP } from "node:net";
var RunOptionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RunOptionError";
  }
};
function parseNetworkMode(value) {
  const v = value.trim();
  if (v === "" || v === "default") return "default";
  if (v === "host" || v === "none") return v;
  throw new RunOptionError(`network mode "${v}" not supported: use default, host or none`);
}
function parseExtraHost(value) {
  const v = value.trim();
  let sep = v.indexOf("=");
  if (sep < 0) sep = v.indexOf(":");
  if (sep <= 0) throw new RunOptionError(`invalid extra host "${value}": expected NAME:IP`);
  const host = v.slice(0, sep);
  let ip = v.slice(sep + 1);
  if (/^\[.*\]$/.test(ip)) ip = ip.slice(1, -1);
  if (ip === "host-gateway") throw new RunOptionError(`extra host "${value}": host-gateway is the Docker bridge's gateway; hoist's RUN steps share the host's network, so give an address (127.0.0.1 is the host)`);
  if (!isIP(ip)) throw new RunOptionError(`invalid extra host "${value}": "${ip}" is not an IP address`);
  if (/\s/.test(host)) throw new RunOptionError(`invalid extra host "${value}": the name has spaces`);
  return { host, ip };
}
function parseShmSize(value) {
  try {
    return parseRamBytes(value.trim());
  } catch {
    throw new RunOptionError(`invalid shm size "${value}": expected a size such as 256m or 2g`);
  }
}
var ULIMITS = /* @__PURE__ */ new Set(["core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"]);
function parseUlimit(value) {
  const v = value.trim();
  const eq = v.indexOf("=");
  if (eq < 0) throw new RunOptionError(`invalid ulimit argument "${value}": expected NAME=SOFT[:HARD]`);
  const name = v.slice(0, eq);
  if (!ULIMITS.has(name)) throw new RunOptionError(`invalid ulimit type "${name}" (one of ${[...ULIMITS].join(", ")})`);
  const parts = v.slice(eq + 1).split(":");
  if (parts.length > 2 || !parts.every((p) => /^[-+]?\d+$/.test(p))) throw new RunOptionError(`invalid ulimit argument "${value}": expected NAME=SOFT[:HARD] with integers`);
  const num = (p) => {
    const n = Number(p);
    if (n < 0 && n !== -1 || !Number.isSafeInteger(n)) throw new RunOptionError(`invalid ulimit argument "${value}": ${p} is out of range (-1 for unlimited)`);
    return n;
  };
  const soft = num(parts[0]);
  const hard = parts.length === 2 ? num(parts[1]) : soft;
  if (hard !== -1 && (soft === -1 || soft > hard)) throw new RunOptionError(`ulimit "${value}": the soft limit must be less than or equal to the hard limit`);
  return { name, soft, hard };
}

export {
  ProvenanceSpecError,
  parseProvenance,
  attestType,
  BaseImageError,
  checkDockerfile,
  formatCheckReport,
  StepError,
  dockerSocketFromHost,
  createExecutor,
  mountRootfs,
  exportTarPrivileged,
  splitAnnotations,
  isIndexImage,
  loadSocket,
  isFilesystemOutput,
  unknownAttributesNotice,
  OutputSpecError,
  parseOutputSpec,
  runBuild,
  BuildxCacheSpecError,
  mapBuildxCache,
  seedCacheDir,
  masksTo,
  createCacheStore,
  SshSpecError,
  prepareSshAgents,
  RunOptionError,
  parseNetworkMode,
  parseExtraHost,
  parseShmSize,
  parseUlimit
};
