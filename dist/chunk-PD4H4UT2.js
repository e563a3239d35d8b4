import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  DOCKER_HUB,
  DOCKER_HUB_API_HOST,
  DOCKER_HUB_CREDENTIAL_KEY,
  imageEntryFor,
  makeReference,
  manifestId,
  repositoryName,
  withDigest
} from "./chunk-6TECYTNY.js";
import {
  Digester,
  MANIFEST_ACCEPT,
  MediaType,
  digestAlgorithm,
  digestOf,
  familyOf,
  isIndexMediaType,
  isManifestMediaType,
  mediaTypesFor,
  parseDigest
} from "./chunk-A2LCJWYG.js";
import {
  require_agent,
  require_dispatcher,
  require_errors,
  require_pool,
  require_symbols,
  require_util
} from "./chunk-YW4TYKG5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-LTDY7X75.js";

// node_modules/undici/lib/api/readable.js
var require_readable = __commonJS({
  "node_modules/undici/lib/api/readable.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { addAbortListener } = __require("node:events");
    var { Readable: Readable3 } = __require("node:stream");
    var { RequestAbortedError, NotSupportedError, InvalidArgumentError, AbortError } = require_errors();
    var util = require_util();
    var kConsume = /* @__PURE__ */ Symbol("kConsume");
    var kReading = /* @__PURE__ */ Symbol("kReading");
    var kBody = /* @__PURE__ */ Symbol("kBody");
    var kAbort = /* @__PURE__ */ Symbol("kAbort");
    var kContentType = /* @__PURE__ */ Symbol("kContentType");
    var kContentLength = /* @__PURE__ */ Symbol("kContentLength");
    var kUsed = /* @__PURE__ */ Symbol("kUsed");
    var kBytesRead = /* @__PURE__ */ Symbol("kBytesRead");
    var noop = () => {
    };
    var BodyReadable = class extends Readable3 {
      /**
       * @param {object} opts
       * @param {(this: Readable, size: number) => void} opts.resume
       * @param {() => (void | null)} opts.abort
       * @param {string} [opts.contentType = '']
       * @param {number} [opts.contentLength]
       * @param {number} [opts.highWaterMark = 64 * 1024]
       */
      constructor({
        resume,
        abort,
        contentType = "",
        contentLength,
        highWaterMark = 64 * 1024
        // Same as nodejs fs streams.
      }) {
        super({
          autoDestroy: true,
          read: resume,
          highWaterMark
        });
        this._readableState.dataEmitted = false;
        this[kAbort] = abort;
        this[kConsume] = null;
        this[kBytesRead] = 0;
        this[kBody] = null;
        this[kUsed] = false;
        this[kContentType] = contentType;
        this[kContentLength] = Number.isFinite(contentLength) ? contentLength : null;
        this[kReading] = false;
      }
      /**
       * @param {Error|null} err
       * @param {(error:(Error|null)) => void} callback
       * @returns {void}
       */
      _destroy(err, callback) {
        if (!err && !this._readableState.endEmitted) {
          err = new RequestAbortedError();
        }
        if (err) {
          this[kAbort]();
        }
        if (!this[kUsed]) {
          setImmediate(callback, err);
        } else {
          callback(err);
        }
      }
      /**
       * @param {string|symbol} event
       * @param {(...args: any[]) => void} listener
       * @returns {this}
       */
      on(event, listener) {
        if (event === "data" || event === "readable") {
          this[kReading] = true;
          this[kUsed] = true;
        }
        return super.on(event, listener);
      }
      /**
       * @param {string|symbol} event
       * @param {(...args: any[]) => void} listener
       * @returns {this}
       */
      addListener(event, listener) {
        return this.on(event, listener);
      }
      /**
       * @param {string|symbol} event
       * @param {(...args: any[]) => void} listener
       * @returns {this}
       */
      off(event, listener) {
        const ret = super.off(event, listener);
        if (event === "data" || event === "readable") {
          this[kReading] = this.listenerCount("data") > 0 || this.listenerCount("readable") > 0;
        }
        return ret;
      }
      /**
       * @param {string|symbol} event
       * @param {(...args: any[]) => void} listener
       * @returns {this}
       */
      removeListener(event, listener) {
        return this.off(event, listener);
      }
      /**
       * @param {Buffer|null} chunk
       * @returns {boolean}
       */
      push(chunk) {
        if (chunk) {
          this[kBytesRead] += chunk.length;
          if (this[kConsume]) {
            consumePush(this[kConsume], chunk);
            return this[kReading] ? super.push(chunk) : true;
          }
        }
        return super.push(chunk);
      }
      /**
       * Consumes and returns the body as a string.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-text
       * @returns {Promise<string>}
       */
      text() {
        return consume(this, "text");
      }
      /**
       * Consumes and returns the body as a JavaScript Object.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-json
       * @returns {Promise<unknown>}
       */
      json() {
        return consume(this, "json");
      }
      /**
       * Consumes and returns the body as a Blob
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-blob
       * @returns {Promise<Blob>}
       */
      blob() {
        return consume(this, "blob");
      }
      /**
       * Consumes and returns the body as an Uint8Array.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-bytes
       * @returns {Promise<Uint8Array>}
       */
      bytes() {
        return consume(this, "bytes");
      }
      /**
       * Consumes and returns the body as an ArrayBuffer.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-arraybuffer
       * @returns {Promise<ArrayBuffer>}
       */
      arrayBuffer() {
        return consume(this, "arrayBuffer");
      }
      /**
       * Not implemented
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-formdata
       * @throws {NotSupportedError}
       */
      async formData() {
        throw new NotSupportedError();
      }
      /**
       * Returns true if the body is not null and the body has been consumed.
       * Otherwise, returns false.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-bodyused
       * @readonly
       * @returns {boolean}
       */
      get bodyUsed() {
        return util.isDisturbed(this);
      }
      /**
       * @see https://fetch.spec.whatwg.org/#dom-body-body
       * @readonly
       * @returns {ReadableStream}
       */
      get body() {
        if (!this[kBody]) {
          this[kBody] = ReadableStream.from(this);
          if (this[kConsume]) {
            this[kBody].getReader();
            assert(this[kBody].locked);
          }
        }
        return this[kBody];
      }
      /**
       * Dumps the response body by reading `limit` number of bytes.
       * @param {object} opts
       * @param {number} [opts.limit = 131072] Number of bytes to read.
       * @param {AbortSignal} [opts.signal] An AbortSignal to cancel the dump.
       * @returns {Promise<null>}
       */
      dump(opts) {
        const signal = opts?.signal;
        if (signal != null && (typeof signal !== "object" || !("aborted" in signal))) {
          return Promise.reject(new InvalidArgumentError("signal must be an AbortSignal"));
        }
        const limit = opts?.limit && Number.isFinite(opts.limit) ? opts.limit : 128 * 1024;
        if (signal?.aborted) {
          return Promise.reject(signal.reason ?? new AbortError());
        }
        if (this._readableState.closeEmitted) {
          return Promise.resolve(null);
        }
        return new Promise((resolve, reject) => {
          if (this[kContentLength] && this[kContentLength] > limit || this[kBytesRead] > limit) {
            this.destroy(new AbortError());
          }
          if (signal) {
            const onAbort = () => {
              this.destroy(signal.reason ?? new AbortError());
            };
            const abortListener = addAbortListener(signal, onAbort);
            this.on("close", function() {
              abortListener[Symbol.dispose]();
              if (signal.aborted) {
                reject(signal.reason ?? new AbortError());
              } else {
                resolve(null);
              }
            });
          } else {
            this.on("close", resolve);
          }
          this.on("error", noop).on("data", () => {
            if (this[kBytesRead] > limit) {
              this.destroy();
            }
          }).resume();
        });
      }
      /**
       * @param {BufferEncoding} encoding
       * @returns {this}
       */
      setEncoding(encoding) {
        if (Buffer.isEncoding(encoding)) {
          super.setEncoding(encoding);
        }
        return this;
      }
    };
    function isLocked(bodyReadable) {
      return bodyReadable[kBody]?.locked === true || bodyReadable[kConsume] !== null;
    }
    function isUnusable(bodyReadable) {
      return util.isDisturbed(bodyReadable) || isLocked(bodyReadable);
    }
    function consume(stream, type) {
      assert(!stream[kConsume]);
      return new Promise((resolve, reject) => {
        if (isUnusable(stream)) {
          const rState = stream._readableState;
          if (rState.destroyed && rState.closeEmitted === false) {
            stream.on("error", reject).on("close", () => {
              reject(new TypeError("unusable"));
            });
          } else {
            reject(rState.errored ?? new TypeError("unusable"));
          }
        } else {
          queueMicrotask(() => {
            stream[kConsume] = {
              type,
              stream,
              resolve,
              reject,
              length: 0,
              body: []
            };
            stream.on("error", function(err) {
              consumeFinish(this[kConsume], err);
            }).on("close", function() {
              if (this[kConsume].body !== null) {
                consumeFinish(this[kConsume], new RequestAbortedError());
              }
            });
            consumeStart(stream[kConsume]);
          });
        }
      });
    }
    function consumeStart(consume2) {
      if (consume2.body === null) {
        return;
      }
      const { _readableState: state } = consume2.stream;
      if (state.bufferIndex) {
        const start = state.bufferIndex;
        const end = state.buffer.length;
        for (let n = start; n < end; n++) {
          consumePush(consume2, state.buffer[n]);
        }
      } else {
        for (const chunk of state.buffer) {
          consumePush(consume2, chunk);
        }
      }
      const decoder = state.decoder;
      if (decoder != null && decoder.lastNeed > 0) {
        consumePush(consume2, Buffer.from(decoder.lastChar.subarray(0, decoder.lastTotal - decoder.lastNeed)));
      }
      if (state.endEmitted) {
        consumeEnd(consume2, state.encoding);
        return;
      }
      consume2.stream.on("end", function() {
        consumeEnd(this[kConsume], this._readableState.encoding);
      });
      consume2.stream.resume();
      while (consume2.stream.read() != null) {
      }
    }
    function chunksDecode(chunks, length, encoding) {
      if (chunks.length === 0 || length === 0) {
        return "";
      }
      const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
      const bufferLength = buffer.length;
      const start = bufferLength > 2 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? 3 : 0;
      if (!encoding || encoding === "utf8" || encoding === "utf-8") {
        return buffer.utf8Slice(start, bufferLength);
      } else {
        return buffer.subarray(start, bufferLength).toString(encoding);
      }
    }
    function chunksConcat(chunks, length) {
      if (chunks.length === 0 || length === 0) {
        return new Uint8Array(0);
      }
      if (chunks.length === 1) {
        return new Uint8Array(chunks[0]);
      }
      const buffer = new Uint8Array(Buffer.allocUnsafeSlow(length).buffer);
      let offset = 0;
      for (let i = 0; i < chunks.length; ++i) {
        const chunk = chunks[i];
        buffer.set(chunk, offset);
        offset += chunk.length;
      }
      return buffer;
    }
    function consumeEnd(consume2, encoding) {
      const { type, body, resolve, stream, length } = consume2;
      try {
        if (type === "text") {
          resolve(chunksDecode(body, length, encoding));
        } else if (type === "json") {
          resolve(JSON.parse(chunksDecode(body, length, encoding)));
        } else if (type === "arrayBuffer") {
          resolve(chunksConcat(body, length).buffer);
        } else if (type === "blob") {
          resolve(new Blob(body, { type: stream[kContentType] }));
        } else if (type === "bytes") {
          resolve(chunksConcat(body, length));
        }
        consumeFinish(consume2);
      } catch (err) {
        stream.destroy(err);
      }
    }
    function consumePush(consume2, chunk) {
      if (consume2.body === null) {
        return;
      }
      if (typeof chunk === "string") {
        chunk = Buffer.from(chunk, consume2.stream._readableState.encoding);
      }
      consume2.length += chunk.length;
      consume2.body.push(chunk);
    }
    function consumeFinish(consume2, err) {
      if (consume2.body === null) {
        return;
      }
      if (err) {
        consume2.reject(err);
      } else {
        consume2.resolve();
      }
      consume2.type = null;
      consume2.stream = null;
      consume2.resolve = null;
      consume2.reject = null;
      consume2.length = 0;
      consume2.body = null;
    }
    module.exports = {
      Readable: BodyReadable,
      chunksDecode
    };
  }
});

// node_modules/undici/lib/api/abort-signal.js
var require_abort_signal = __commonJS({
  "node_modules/undici/lib/api/abort-signal.js"(exports, module) {
    "use strict";
    var { addAbortListener } = require_util();
    var { RequestAbortedError } = require_errors();
    var { kQueuedAbort } = require_symbols();
    var kListener = /* @__PURE__ */ Symbol("kListener");
    var kSignal = /* @__PURE__ */ Symbol("kSignal");
    function abort(self) {
      self.reason = self[kSignal]?.reason ?? new RequestAbortedError();
      if (self.abort) {
        self.abort(self.reason);
      }
      removeSignal(self);
    }
    function addSignal(self, signal) {
      self.reason = null;
      self[kSignal] = null;
      self[kListener] = null;
      if (!signal) {
        return;
      }
      if (signal.aborted) {
        self.reason = signal.reason ?? new RequestAbortedError();
        return;
      }
      self[kSignal] = signal;
      self[kListener] = () => {
        abort(self);
      };
      addAbortListener(self[kSignal], self[kListener]);
    }
    function removeSignal(self) {
      if (!self[kSignal]) {
        return;
      }
      if ("removeEventListener" in self[kSignal]) {
        self[kSignal].removeEventListener("abort", self[kListener]);
      } else {
        self[kSignal].removeListener("abort", self[kListener]);
      }
      self[kSignal] = null;
      self[kListener] = null;
    }
    function queuedAbortHook(handler) {
      let started = null;
      let installed = null;
      return (cancel) => {
        if (handler.reason) {
          cancel(handler.reason);
          return;
        }
        if (handler.abort !== installed) {
          started = handler.abort;
        }
        if (started === null) {
          installed = cancel;
        } else {
          const abortStarted = started;
          installed = (reason) => {
            abortStarted(reason);
            cancel(reason);
          };
        }
        handler.abort = installed;
      };
    }
    function dispatchWithSignal(dispatcher, opts, handler) {
      if (handler.reason) {
        handler.onResponseError(null, handler.reason);
        return;
      }
      dispatcher.dispatch({ ...opts, [kQueuedAbort]: queuedAbortHook(handler) }, handler);
    }
    module.exports = {
      addSignal,
      removeSignal,
      dispatchWithSignal
    };
  }
});

// node_modules/undici/lib/api/api-request.js
var require_api_request = __commonJS({
  "node_modules/undici/lib/api/api-request.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { AsyncResource } = __require("node:async_hooks");
    var { Readable: Readable3 } = require_readable();
    var { InvalidArgumentError, RequestAbortedError } = require_errors();
    var util = require_util();
    var { dispatchWithSignal } = require_abort_signal();
    function noop() {
    }
    var RequestHandler = class extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        const { signal, method, opaque, body, onInfo, responseHeaders, highWaterMark } = opts;
        try {
          if (typeof callback !== "function") {
            throw new InvalidArgumentError("invalid callback");
          }
          if (highWaterMark != null && (!Number.isFinite(highWaterMark) || highWaterMark < 0)) {
            throw new InvalidArgumentError("invalid highWaterMark");
          }
          if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
            throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
          }
          if (method === "CONNECT") {
            throw new InvalidArgumentError("invalid method");
          }
          if (onInfo && typeof onInfo !== "function") {
            throw new InvalidArgumentError("invalid onInfo callback");
          }
          if (signal?.aborted) {
            throw signal.reason ?? new RequestAbortedError();
          }
          super("UNDICI_REQUEST");
        } catch (err) {
          if (util.isStream(body)) {
            util.destroy(body.on("error", noop), err);
          }
          throw err;
        }
        this.method = method;
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.body = body;
        this.trailers = {};
        this.context = null;
        this.controller = null;
        this.onInfo = onInfo || null;
        this.highWaterMark = highWaterMark;
        this.reason = null;
        this.removeAbortListener = null;
        if (signal) {
          this.removeAbortListener = util.addAbortListener(signal, () => {
            this.reason = signal.reason ?? new RequestAbortedError();
            if (this.res) {
              const res = this.res;
              this.res = null;
              util.destroy(res.on("error", noop), this.reason);
            } else if (this.abort) {
              this.abort(this.reason);
            }
          });
        }
      }
      onRequestStart(controller, context) {
        if (this.reason) {
          controller.abort(this.reason);
          return;
        }
        assert(this.callback);
        this.controller = controller;
        this.abort = (reason) => controller.abort(reason);
        this.context = context;
      }
      onResponseStart(controller, statusCode, headers, statusText) {
        const { callback, opaque, context, responseHeaders, highWaterMark } = this;
        const rawHeaders = controller?.rawHeaders;
        const responseHeaderData = responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : headers;
        if (statusCode < 200) {
          if (this.onInfo) {
            this.runInAsyncScope(this.onInfo, null, { statusCode, headers: responseHeaderData });
          }
          return;
        }
        const parsedHeaders = headers;
        const contentType = parsedHeaders?.["content-type"];
        const contentLength = parsedHeaders?.["content-length"];
        const res = new Readable3({
          resume: () => controller.resume(),
          abort: (reason) => controller.abort(reason),
          contentType,
          contentLength: this.method !== "HEAD" && contentLength ? Number(contentLength) : null,
          highWaterMark
        });
        if (this.removeAbortListener) {
          res.on("close", this.removeAbortListener);
          this.removeAbortListener = null;
        }
        this.callback = null;
        this.res = res;
        if (callback !== null) {
          try {
            this.runInAsyncScope(callback, null, null, {
              statusCode,
              statusText,
              headers: responseHeaderData,
              trailers: this.trailers,
              opaque,
              body: res,
              context
            });
          } catch (err) {
            this.res = null;
            util.destroy(res.on("error", noop), err);
            queueMicrotask(() => {
              throw err;
            });
          }
        }
      }
      onResponseData(controller, chunk) {
        if (!this.res) {
          return;
        }
        if (this.res.push(chunk) === false) {
          controller.pause();
        }
      }
      onResponseEnd(_controller, trailers) {
        if (trailers && typeof trailers === "object") {
          for (const key of Object.keys(trailers)) {
            if (key === "__proto__") {
              Object.defineProperty(this.trailers, key, {
                value: trailers[key],
                enumerable: true,
                configurable: true,
                writable: true
              });
            } else {
              this.trailers[key] = trailers[key];
            }
          }
        }
        this.res?.push(null);
      }
      onResponseError(_controller, err) {
        const { res, callback, body, opaque } = this;
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
        if (res) {
          this.res = null;
          queueMicrotask(() => {
            util.destroy(res.on("error", noop), err);
          });
        }
        if (body) {
          this.body = null;
          if (util.isStream(body)) {
            body.on("error", noop);
            util.destroy(body, err);
          }
        }
        if (this.removeAbortListener) {
          this.removeAbortListener();
          this.removeAbortListener = null;
        }
      }
    };
    function request(opts, callback) {
      if (callback === void 0) {
        return new Promise((resolve, reject) => {
          request.call(this, opts, (err, data) => {
            return err ? reject(err) : resolve(data);
          });
        });
      }
      try {
        const handler = new RequestHandler(opts, callback);
        if (opts.signal == null) {
          this.dispatch(opts, handler);
        } else {
          dispatchWithSignal(this, opts, handler);
        }
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = request;
    module.exports.RequestHandler = RequestHandler;
  }
});

// node_modules/undici/lib/api/api-stream.js
var require_api_stream = __commonJS({
  "node_modules/undici/lib/api/api-stream.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { AsyncResource } = __require("node:async_hooks");
    var { InvalidArgumentError, InvalidReturnValueError } = require_errors();
    var util = require_util();
    var { addSignal, removeSignal, dispatchWithSignal } = require_abort_signal();
    function noop() {
    }
    function getWritableError(stream2) {
      return stream2.errored ?? stream2.writableErrored ?? stream2._writableState?.errored;
    }
    function createPrematureCloseError() {
      const err = new Error("Premature close");
      err.code = "ERR_STREAM_PREMATURE_CLOSE";
      return err;
    }
    function trackWritableLifecycle(stream2, callback) {
      let done = false;
      const cleanup = () => {
        stream2.removeListener("close", onClose);
        stream2.removeListener("error", onError);
        stream2.removeListener("finish", onFinish);
      };
      const finish = (err, fromErrorEvent = false) => {
        if (done) {
          return;
        }
        done = true;
        cleanup();
        callback(err, fromErrorEvent);
      };
      const onClose = () => {
        const err = getWritableError(stream2);
        finish(err ?? (!stream2.writableFinished ? createPrematureCloseError() : void 0));
      };
      const onError = (err) => finish(err, true);
      const onFinish = () => finish();
      stream2.on("close", onClose);
      stream2.on("error", onError);
      stream2.on("finish", onFinish);
      if (stream2.closed) {
        process.nextTick(onClose);
      } else if (stream2.writableFinished) {
        process.nextTick(onFinish);
      }
    }
    var StreamHandler = class extends AsyncResource {
      constructor(opts, factory, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        const { signal, method, opaque, body, onInfo, responseHeaders } = opts;
        try {
          if (typeof callback !== "function") {
            throw new InvalidArgumentError("invalid callback");
          }
          if (typeof factory !== "function") {
            throw new InvalidArgumentError("invalid factory");
          }
          if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
            throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
          }
          if (method === "CONNECT") {
            throw new InvalidArgumentError("invalid method");
          }
          if (onInfo && typeof onInfo !== "function") {
            throw new InvalidArgumentError("invalid onInfo callback");
          }
          super("UNDICI_STREAM");
        } catch (err) {
          if (util.isStream(body)) {
            util.destroy(body.on("error", noop), err);
          }
          throw err;
        }
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.factory = factory;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.context = null;
        this.controller = null;
        this.trailers = null;
        this.body = body;
        this.onInfo = onInfo || null;
        if (util.isStream(body)) {
          body.on("error", (err) => {
            this.onResponseError(this.controller, err);
          });
        }
        addSignal(this, signal);
      }
      onRequestStart(controller, context) {
        if (this.reason) {
          controller.abort(this.reason);
          return;
        }
        assert(this.callback);
        this.controller = controller;
        this.abort = (reason) => controller.abort(reason);
        this.context = context;
      }
      onResponseStart(controller, statusCode, headers, _statusMessage) {
        const { factory, opaque, context, responseHeaders } = this;
        const rawHeaders = controller?.rawHeaders;
        const responseHeaderData = responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : headers;
        if (statusCode < 200) {
          if (this.onInfo) {
            this.onInfo({ statusCode, headers: responseHeaderData });
          }
          return;
        }
        this.factory = null;
        if (factory === null) {
          return;
        }
        const res = this.runInAsyncScope(factory, null, {
          statusCode,
          headers: responseHeaderData,
          opaque,
          context
        });
        if (!res || typeof res.write !== "function" || typeof res.end !== "function" || typeof res.on !== "function") {
          throw new InvalidReturnValueError("expected Writable");
        }
        trackWritableLifecycle(res, (err, fromErrorEvent) => {
          const { callback, res: res2, opaque: opaque2, trailers, abort } = this;
          this.res = null;
          if (err || !res2?.readable) {
            util.destroy(res2, fromErrorEvent ? void 0 : err);
          }
          this.callback = null;
          this.runInAsyncScope(callback, null, err || null, { opaque: opaque2, trailers });
          if (err) {
            abort(err);
          }
        });
        res.on("drain", () => controller.resume());
        this.res = res;
        const needDrain = res.writableNeedDrain !== void 0 ? res.writableNeedDrain : res._writableState?.needDrain;
        if (needDrain === true) {
          controller.pause();
        }
      }
      onResponseData(controller, chunk) {
        const { res } = this;
        if (!res) {
          return;
        }
        if (res.write(chunk) === false) {
          controller.pause();
        }
      }
      onResponseEnd(_controller, trailers) {
        const { res } = this;
        removeSignal(this);
        if (!res) {
          return;
        }
        if (trailers && typeof trailers === "object") {
          this.trailers = trailers;
        }
        res.end();
      }
      onResponseError(_controller, err) {
        const { res, callback, opaque, body } = this;
        removeSignal(this);
        this.factory = null;
        if (res) {
          this.res = null;
          util.destroy(res, err);
        } else if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
        if (body) {
          this.body = null;
          util.destroy(body, err);
        }
      }
    };
    function stream(opts, factory, callback) {
      if (callback === void 0) {
        return new Promise((resolve, reject) => {
          stream.call(this, opts, factory, (err, data) => {
            return err ? reject(err) : resolve(data);
          });
        });
      }
      try {
        const handler = new StreamHandler(opts, factory, callback);
        if (opts.signal == null) {
          this.dispatch(opts, handler);
        } else {
          dispatchWithSignal(this, opts, handler);
        }
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = stream;
  }
});

// node_modules/undici/lib/api/api-pipeline.js
var require_api_pipeline = __commonJS({
  "node_modules/undici/lib/api/api-pipeline.js"(exports, module) {
    "use strict";
    var {
      Readable: Readable3,
      Duplex,
      PassThrough
    } = __require("node:stream");
    var assert = __require("node:assert");
    var { AsyncResource } = __require("node:async_hooks");
    var {
      InvalidArgumentError,
      InvalidReturnValueError,
      RequestAbortedError
    } = require_errors();
    var util = require_util();
    var { kBodyUsed } = require_symbols();
    var { addSignal, removeSignal, dispatchWithSignal } = require_abort_signal();
    function noop() {
    }
    var kResume = /* @__PURE__ */ Symbol("resume");
    var PipelineRequest = class extends Readable3 {
      constructor() {
        super({ autoDestroy: true });
        this[kResume] = null;
        this[kBodyUsed] = true;
      }
      _read() {
        const { [kResume]: resume } = this;
        if (resume) {
          this[kResume] = null;
          resume();
        }
      }
      _destroy(err, callback) {
        this._read();
        callback(err);
      }
    };
    var PipelineResponse = class extends Readable3 {
      constructor(resume) {
        super({ autoDestroy: true });
        this[kResume] = resume;
      }
      _read() {
        this[kResume]();
      }
      _destroy(err, callback) {
        if (!err && !this._readableState.endEmitted) {
          err = new RequestAbortedError();
        }
        callback(err);
      }
    };
    var PipelineHandler = class extends AsyncResource {
      constructor(opts, handler) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        if (typeof handler !== "function") {
          throw new InvalidArgumentError("invalid handler");
        }
        const { signal, method, opaque, onInfo, responseHeaders } = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
          throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        }
        if (method === "CONNECT") {
          throw new InvalidArgumentError("invalid method");
        }
        if (onInfo && typeof onInfo !== "function") {
          throw new InvalidArgumentError("invalid onInfo callback");
        }
        super("UNDICI_PIPELINE");
        this.opaque = opaque || null;
        this.responseHeaders = responseHeaders || null;
        this.handler = handler;
        this.abort = null;
        this.context = null;
        this.onInfo = onInfo || null;
        this.req = new PipelineRequest().on("error", noop);
        this.ret = new Duplex({
          readableObjectMode: opts.objectMode,
          autoDestroy: true,
          read: () => {
            const { body } = this;
            if (body?.resume) {
              body.resume();
            }
          },
          write: (chunk, encoding, callback) => {
            const { req } = this;
            if (req.push(chunk, encoding) || req._readableState.destroyed) {
              callback();
            } else {
              req[kResume] = callback;
            }
          },
          destroy: (err, callback) => {
            const { body, req, res, ret, abort } = this;
            if (!err && !ret._readableState.endEmitted) {
              err = new RequestAbortedError();
            }
            if (abort && (err || !res?.readableEnded)) {
              abort();
            }
            util.destroy(body, err);
            util.destroy(req, err);
            util.destroy(res, err);
            removeSignal(this);
            callback(err);
          }
        }).on("prefinish", () => {
          const { req } = this;
          req.push(null);
        });
        this.res = null;
        addSignal(this, signal);
      }
      onRequestStart(controller, context) {
        const { res } = this;
        if (this.reason) {
          controller.abort(this.reason);
          return;
        }
        assert(!res, "pipeline cannot be retried");
        this.abort = (reason) => controller.abort(reason);
        this.context = context;
      }
      onResponseStart(controller, statusCode, headers, _statusMessage) {
        const { opaque, handler, context } = this;
        if (statusCode < 200) {
          if (this.onInfo) {
            const rawHeaders = controller?.rawHeaders;
            const responseHeaders = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : headers;
            this.onInfo({ statusCode, headers: responseHeaders });
          }
          return;
        }
        this.res = new PipelineResponse(() => controller.resume());
        let body;
        try {
          this.handler = null;
          const rawHeaders = controller?.rawHeaders;
          const responseHeaders = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : headers;
          body = this.runInAsyncScope(handler, null, {
            statusCode,
            headers: responseHeaders,
            opaque,
            body: this.res,
            context
          });
        } catch (err) {
          this.res.on("error", noop);
          throw err;
        }
        if (!body || typeof body.on !== "function") {
          throw new InvalidReturnValueError("expected Readable");
        }
        body.on("data", (chunk) => {
          const { ret, body: body2 } = this;
          if (!ret.push(chunk) && body2.pause) {
            body2.pause();
          }
        }).on("error", (err) => {
          const { ret } = this;
          util.destroy(ret, err);
        }).on("end", () => {
          const { ret } = this;
          ret.push(null);
        }).on("close", () => {
          const { ret } = this;
          if (!ret._readableState.ended) {
            util.destroy(ret, new RequestAbortedError());
          }
        });
        this.body = body;
      }
      onResponseData(controller, chunk) {
        const { res } = this;
        if (res.push(chunk) === false) {
          controller.pause();
        }
      }
      onResponseEnd(_controller, _trailers) {
        const { res } = this;
        res.push(null);
      }
      onResponseError(_controller, err) {
        const { ret } = this;
        this.handler = null;
        util.destroy(ret, err);
      }
    };
    function pipeline(opts, handler) {
      try {
        const pipelineHandler = new PipelineHandler(opts, handler);
        const pipelineOpts = { ...opts, body: pipelineHandler.req };
        if (opts.signal == null) {
          this.dispatch(pipelineOpts, pipelineHandler);
        } else {
          dispatchWithSignal(this, pipelineOpts, pipelineHandler);
        }
        return pipelineHandler.ret;
      } catch (err) {
        return new PassThrough().destroy(err);
      }
    }
    module.exports = pipeline;
  }
});

// node_modules/undici/lib/api/api-upgrade.js
var require_api_upgrade = __commonJS({
  "node_modules/undici/lib/api/api-upgrade.js"(exports, module) {
    "use strict";
    var { InvalidArgumentError, SocketError } = require_errors();
    var { AsyncResource } = __require("node:async_hooks");
    var assert = __require("node:assert");
    var util = require_util();
    var { kHTTP2Stream } = require_symbols();
    var { addSignal, removeSignal, dispatchWithSignal } = require_abort_signal();
    var UpgradeHandler = class extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        if (typeof callback !== "function") {
          throw new InvalidArgumentError("invalid callback");
        }
        const { signal, opaque, responseHeaders } = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
          throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        }
        super("UNDICI_UPGRADE");
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.abort = null;
        this.context = null;
        addSignal(this, signal);
      }
      onRequestStart(controller, context) {
        if (this.reason) {
          controller.abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = (reason) => controller.abort(reason);
        this.context = context;
      }
      onResponseStart() {
        throw new SocketError("bad upgrade", null);
      }
      onRequestUpgrade(controller, statusCode, headers, socket) {
        const expectedStatusCode = socket[kHTTP2Stream] === true ? 200 : 101;
        if (statusCode !== expectedStatusCode) {
          const socketInfo = socket[kHTTP2Stream] === true ? null : util.getSocketInfo(socket);
          controller.abort(new SocketError("bad upgrade", socketInfo));
          return;
        }
        const { callback, opaque, context } = this;
        removeSignal(this);
        this.callback = null;
        const rawHeaders = controller?.rawHeaders;
        const responseHeaders = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : headers;
        this.runInAsyncScope(callback, null, null, {
          headers: responseHeaders,
          socket,
          opaque,
          context
        });
      }
      onResponseError(_controller, err) {
        const { callback, opaque } = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
      }
    };
    function upgrade(opts, callback) {
      if (callback === void 0) {
        return new Promise((resolve, reject) => {
          upgrade.call(this, opts, (err, data) => {
            return err ? reject(err) : resolve(data);
          });
        });
      }
      try {
        const upgradeHandler = new UpgradeHandler(opts, callback);
        const upgradeOpts = {
          ...opts,
          method: opts.method || "GET",
          upgrade: opts.protocol || "Websocket"
        };
        if (opts.signal == null) {
          this.dispatch(upgradeOpts, upgradeHandler);
        } else {
          dispatchWithSignal(this, upgradeOpts, upgradeHandler);
        }
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = upgrade;
  }
});

// node_modules/undici/lib/api/api-connect.js
var require_api_connect = __commonJS({
  "node_modules/undici/lib/api/api-connect.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { AsyncResource } = __require("node:async_hooks");
    var { InvalidArgumentError, SocketError } = require_errors();
    var util = require_util();
    var { addSignal, removeSignal, dispatchWithSignal } = require_abort_signal();
    var ConnectHandler = class extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        if (typeof callback !== "function") {
          throw new InvalidArgumentError("invalid callback");
        }
        const { signal, opaque, responseHeaders } = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
          throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        }
        super("UNDICI_CONNECT");
        this.opaque = opaque || null;
        this.responseHeaders = responseHeaders || null;
        this.callback = callback;
        this.abort = null;
        addSignal(this, signal);
      }
      onRequestStart(controller, context) {
        if (this.reason) {
          controller.abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = (reason) => controller.abort(reason);
        this.context = context;
      }
      onResponseStart() {
        throw new SocketError("bad connect", null);
      }
      onRequestUpgrade(controller, statusCode, headers, socket) {
        const { callback, opaque, context } = this;
        removeSignal(this);
        this.callback = null;
        let responseHeaders = headers;
        const rawHeaders = controller?.rawHeaders;
        if (responseHeaders != null) {
          responseHeaders = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : headers;
        }
        this.runInAsyncScope(callback, null, null, {
          statusCode,
          headers: responseHeaders,
          socket,
          opaque,
          context
        });
      }
      onResponseError(_controller, err) {
        const { callback, opaque } = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
      }
    };
    function connect(opts, callback) {
      if (callback === void 0) {
        return new Promise((resolve, reject) => {
          connect.call(this, opts, (err, data) => {
            return err ? reject(err) : resolve(data);
          });
        });
      }
      try {
        const connectHandler = new ConnectHandler(opts, callback);
        const connectOptions = { ...opts, method: "CONNECT" };
        if (opts.signal == null) {
          this.dispatch(connectOptions, connectHandler);
        } else {
          dispatchWithSignal(this, connectOptions, connectHandler);
        }
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = connect;
  }
});

// node_modules/undici/lib/api/index.js
var require_api = __commonJS({
  "node_modules/undici/lib/api/index.js"(exports, module) {
    "use strict";
    module.exports.request = require_api_request();
    module.exports.stream = require_api_stream();
    module.exports.pipeline = require_api_pipeline();
    module.exports.upgrade = require_api_upgrade();
    module.exports.connect = require_api_connect();
  }
});

// src/registry/errors.ts
var RegistryError = class extends Error {
  /** Distribution error code, e.g. MANIFEST_BLOB_UNKNOWN, UNAUTHORIZED, NAME_UNKNOWN. */
  code;
  status;
  /** What hoist was doing, e.g. 'push blob sha256:…', 'get manifest'. */
  operation;
  /** The image reference or repository the operation was about. */
  reference;
  /** True when retrying the same operation later may succeed (5xx, 429, connection faults). */
  temporary;
  /** Suggested wait from Retry-After, in milliseconds. */
  retryAfterMs;
  constructor(opts) {
    super(`${opts.operation} ${opts.reference}: ${opts.message}`, opts.cause !== void 0 ? { cause: opts.cause } : void 0);
    this.name = "RegistryError";
    this.code = opts.code;
    this.status = opts.status;
    this.operation = opts.operation;
    this.reference = opts.reference;
    this.temporary = opts.temporary ?? false;
    this.retryAfterMs = opts.retryAfterMs;
  }
};
function registryNotFound(e, what = "repository") {
  return e instanceof RegistryError && (e.status === 404 || e.code === "NAME_UNKNOWN" || what === "manifest" && e.code === "MANIFEST_UNKNOWN");
}
function registryDenied(e) {
  return e instanceof RegistryError && (e.status === 401 || e.status === 403 || e.code === "DENIED" || e.code === "UNAUTHORIZED");
}
function parseErrorBody(text) {
  try {
    const doc = JSON.parse(text);
    if (Array.isArray(doc?.errors)) {
      return doc.errors.filter((e) => !!e && typeof e === "object" && typeof e.code === "string").map((e) => ({ code: e.code, message: e.message, detail: e.detail }));
    }
  } catch {
  }
  return [];
}
function redact(text) {
  return text.replace(/(authorization:?\s*(?:basic|bearer)\s+)[^\s"',]+/gi, "$1[redacted]").replace(/([?&](?:_state|state|token|access_token|refresh_token|password|X-Amz-[A-Za-z-]+|sig|signature)=)[^&\s"']+/gi, "$1[redacted]").replace(/(eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.)[A-Za-z0-9_-]+/g, "[redacted-jwt]").replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, "$1[redacted]@");
}
var STATUS_TEXT = {
  400: "bad request",
  401: "unauthorized",
  403: "forbidden",
  404: "not found",
  405: "method not allowed",
  409: "conflict",
  413: "payload too large",
  416: "range not satisfiable",
  429: "too many requests",
  500: "internal server error",
  502: "bad gateway",
  503: "service unavailable",
  504: "gateway timeout"
};
function errorFromResponse(opts) {
  const errors = parseErrorBody(opts.body);
  const first = errors[0];
  const detail = errors.length ? errors.map((e) => `${e.code}${e.message ? `: ${e.message}` : ""}`).join("; ") : opts.body.trim() ? opts.body.trim().replace(/\s+/g, " ").slice(0, 300) : STATUS_TEXT[opts.status] ?? "unexpected response";
  const message = `${opts.status} ${redact(detail)}${opts.hint ? ` (${opts.hint})` : ""}`;
  return new RegistryError({
    operation: opts.operation,
    reference: opts.reference,
    message,
    code: first?.code ?? (opts.status === 401 ? "UNAUTHORIZED" : opts.status === 429 ? "TOOMANYREQUESTS" : void 0),
    status: opts.status,
    temporary: opts.temporary,
    retryAfterMs: opts.retryAfterMs
  });
}
function errorFromNetwork(err, opts) {
  if (err instanceof RegistryError) return err;
  const e = err;
  const code = e?.code ? ` (${e.code})` : "";
  return new RegistryError({
    operation: opts.operation,
    reference: opts.reference,
    message: `${redact(e?.message ?? String(err))}${code}${opts.hint ? `; ${opts.hint}` : ""}`,
    temporary: opts.temporary,
    cause: err
  });
}

// src/oci/manifest.ts
var InvalidManifestError = class extends Error {
  constructor(what, reason) {
    super(`invalid manifest ${what}: ${reason}`);
    this.what = what;
    this.name = "InvalidManifestError";
  }
  what;
};
function checkDescriptor(d, what, field) {
  const desc = d;
  if (!desc || typeof desc !== "object") throw new InvalidManifestError(what, `${field} is not a descriptor`);
  if (typeof desc.mediaType !== "string") throw new InvalidManifestError(what, `${field}.mediaType is missing`);
  if (typeof desc.size !== "number" || !Number.isSafeInteger(desc.size) || desc.size < 0) {
    throw new InvalidManifestError(what, `${field}.size is not a non-negative integer`);
  }
  try {
    parseDigest(String(desc.digest));
  } catch (e) {
    throw new InvalidManifestError(what, `${field}.digest: ${e.message}`);
  }
  return desc;
}
function parseManifest(bytes, contentType, what) {
  let doc;
  try {
    doc = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw new InvalidManifestError(what, `not JSON (${e.message})`);
  }
  if (!doc || typeof doc !== "object") throw new InvalidManifestError(what, "not a JSON object");
  const ct = contentType?.split(";")[0].trim();
  let mediaType = typeof doc.mediaType === "string" ? doc.mediaType : ct ?? "";
  if (!mediaType || mediaType === "application/json") {
    mediaType = Array.isArray(doc.manifests) ? MediaType.ociIndex : MediaType.ociManifest;
  }
  if (doc.schemaVersion !== 2) {
    throw new InvalidManifestError(what, `schemaVersion ${String(doc.schemaVersion)} is not supported (schema 1 manifests are obsolete)`);
  }
  const digest = digestOf(bytes);
  if (isIndexMediaType(mediaType)) {
    if (!Array.isArray(doc.manifests)) throw new InvalidManifestError(what, "index without manifests");
    doc.manifests.forEach((m, i) => checkDescriptor(m, what, `manifests[${i}]`));
    return { kind: "index", mediaType, index: doc, bytes, digest };
  }
  if (isManifestMediaType(mediaType)) {
    checkDescriptor(doc.config, what, "config");
    if (doc.layers === null) doc.layers = [];
    if (!Array.isArray(doc.layers)) throw new InvalidManifestError(what, "manifest without layers");
    doc.layers.forEach((l, i) => checkDescriptor(l, what, `layers[${i}]`));
    return { kind: "manifest", mediaType, manifest: doc, bytes, digest };
  }
  throw new InvalidManifestError(what, `unsupported media type "${mediaType}"`);
}
function assertOneFamily(m, what) {
  const family = familyOf(m.mediaType);
  if (!family) throw new InvalidManifestError(what, `unknown manifest media type ${m.mediaType}`);
  for (const d of [m.config, ...m.layers]) {
    const f = familyOf(d.mediaType);
    if (f && f !== family) {
      throw new InvalidManifestError(what, `${family} manifest names a ${f} blob (${d.mediaType}); families must not be mixed`);
    }
  }
  return family;
}
function buildManifest(family, config, layers, annotations) {
  const types = mediaTypesFor(family);
  const manifest = {
    schemaVersion: 2,
    mediaType: types.manifest,
    config: { mediaType: types.config, digest: config.digest, size: config.size },
    layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size, ...l.annotations ? { annotations: l.annotations } : {} }))
  };
  if (annotations && Object.keys(annotations).length > 0) {
    manifest.annotations = sortedKeys(annotations);
  }
  assertOneFamily(manifest, "being built");
  return manifest;
}
function buildIndex(family, manifests, annotations) {
  const types = mediaTypesFor(family);
  for (const m of manifests) {
    if (familyOf(m.mediaType) !== family) throw new Error(`${family} index cannot list a ${m.mediaType} manifest`);
  }
  const index = { schemaVersion: 2, mediaType: types.index, manifests };
  if (annotations && Object.keys(annotations).length > 0) {
    if (family === "docker") throw new Error("Docker manifest lists cannot carry annotations; use OCI media types");
    index.annotations = sortedKeys(annotations);
  }
  return index;
}
function sortedKeys(m) {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}
function toBytes(doc) {
  return Buffer.from(JSON.stringify(doc), "utf8");
}

// src/registry/challenge.ts
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;
function parseChallenges(header) {
  if (header === void 0) return [];
  if (Array.isArray(header)) return header.flatMap((h) => parseChallenges(h));
  const out = [];
  let s = header;
  let current;
  const skip = (re) => {
    const m = re.exec(s);
    if (m) s = s.slice(m[0].length);
  };
  while (s.length > 0) {
    skip(/^[\s,]+/);
    const tok = TOKEN.exec(s);
    if (!tok) {
      s = s.slice(1);
      continue;
    }
    const name = tok[0];
    const after = s.slice(name.length);
    const eq = /^\s*=\s*/.exec(after);
    if (eq && current && !after.slice(eq[0].length).startsWith("=")) {
      s = after.slice(eq[0].length);
      let value = "";
      if (s.startsWith('"')) {
        let i = 1;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === "\\" && i + 1 < s.length) i++;
          value += s[i];
          i++;
        }
        s = s.slice(i + 1);
      } else {
        value = /^[^,\s]*/.exec(s)[0];
        s = s.slice(value.length);
      }
      current.params[name.toLowerCase()] = value;
      continue;
    }
    if (eq) {
      s = after.replace(/^[=\s]*/, "");
      continue;
    }
    current = { scheme: name.toLowerCase(), params: {} };
    out.push(current);
    s = after;
  }
  return out;
}
function pickChallenge(challenges) {
  return challenges.find((c) => c.scheme === "bearer") ?? challenges.find((c) => c.scheme === "basic");
}
function repositoryScope(repository, actions) {
  return `repository:${repository}:${actions.join(",")}`;
}
function normalizeScopes(scopes) {
  const byResource = /* @__PURE__ */ new Map();
  for (const scope of scopes.flatMap((s) => s.split(" ")).filter(Boolean)) {
    const colon = scope.lastIndexOf(":");
    const resource = colon > 0 ? scope.slice(0, colon) : scope;
    const actions = colon > 0 ? scope.slice(colon + 1).split(",").filter(Boolean) : [];
    const set = byResource.get(resource) ?? /* @__PURE__ */ new Set();
    actions.forEach((a) => set.add(a));
    byResource.set(resource, set);
  }
  return [...byResource.entries()].map(([r, a]) => a.size ? `${r}:${[...a].sort().join(",")}` : r).sort();
}
function scopesCover(granted, wanted) {
  const g = new Map(normalizeScopes(granted).map((s) => [s.slice(0, s.lastIndexOf(":")), new Set(s.slice(s.lastIndexOf(":") + 1).split(","))]));
  return normalizeScopes(wanted).every((s) => {
    const actions = g.get(s.slice(0, s.lastIndexOf(":")));
    return actions !== void 0 && s.slice(s.lastIndexOf(":") + 1).split(",").every((a) => actions.has(a) || actions.has("*"));
  });
}

// src/registry/blob-stream.ts
import { Readable } from "node:stream";
var ResumableBlobStream = class extends Readable {
  constructor(first, opts) {
    super({ highWaterMark: 256 * 1024 });
    this.opts = opts;
    this.digester = new Digester(digestAlgorithm(opts.digest));
    this.attach(first);
  }
  opts;
  digester;
  offset = 0;
  failures = 0;
  current;
  recovering = false;
  /** Bytes delivered so far. */
  get bytesRead() {
    return this.offset;
  }
  attach(src) {
    this.current = src;
    const { body } = src;
    body.on("data", (chunk) => {
      if (this.current !== src) return;
      let c = chunk;
      if (src.skip > 0) {
        const drop = Math.min(src.skip, c.length);
        src.skip -= drop;
        c = c.subarray(drop);
        if (c.length === 0) return;
      }
      this.offset += c.length;
      if (this.offset > this.opts.size) {
        this.fail(new Error(`${this.opts.what}: more than the expected ${this.opts.size} bytes`));
        return;
      }
      this.digester.update(c);
      if (!this.push(c)) body.pause();
    });
    body.once("end", () => {
      if (this.current !== src) return;
      this.finish();
    });
    body.once("error", (err) => {
      if (this.current !== src) return;
      void this.recover(err);
    });
  }
  finish() {
    if (this.offset !== this.opts.size) {
      this.fail(new Error(`${this.opts.what}: got ${this.offset} bytes, expected ${this.opts.size}`));
      return;
    }
    const actual = this.digester.digest();
    if (actual !== this.opts.digest) this.fail(new Error(`${this.opts.what}: content digest is ${actual}`));
    else this.push(null);
  }
  async recover(err) {
    if (this.recovering || this.destroyed) return;
    this.recovering = true;
    this.current?.body.destroy();
    this.current = void 0;
    const delay = this.offset < this.opts.size ? this.opts.shouldResume(err, ++this.failures) : void 0;
    if (delay === void 0) {
      this.fail(err);
      return;
    }
    this.opts.log?.(`${this.opts.what}: ${err.message}; resuming at byte ${this.offset} in ${delay} ms`);
    try {
      await this.opts.sleep(delay);
      const next = await this.opts.reopen(this.offset);
      this.recovering = false;
      if (this.destroyed) next.body.destroy();
      else this.attach(next);
    } catch (e) {
      this.fail(e);
    }
  }
  fail(err) {
    this.current?.body.destroy();
    this.current = void 0;
    this.destroy(err);
  }
  _read() {
    this.current?.body.resume();
  }
  _destroy(err, cb) {
    this.current?.body.destroy();
    this.current = void 0;
    cb(err);
  }
};

// src/registry/http.ts
import { rootCertificates } from "node:tls";

// src/net/undici.ts
var import_agent = __toESM(require_agent(), 1);
var import_dispatcher = __toESM(require_dispatcher(), 1);
var import_pool = __toESM(require_pool(), 1);
var import_api = __toESM(require_api(), 1);
Object.assign(import_dispatcher.default.prototype, import_api.default);
var Agent = import_agent.default;
var Pool = import_pool.default;

// src/registry/http.ts
function headerValue(res, name) {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}
function createHttpClient(opts = {}) {
  const extra = opts.ca === void 0 ? [] : Array.isArray(opts.ca) ? opts.ca : [opts.ca];
  const agent = new Agent({
    connections: opts.connections ?? 16,
    keepAliveTimeout: 1e4,
    headersTimeout: 12e4,
    bodyTimeout: 12e4,
    connect: extra.length > 0 ? { ca: [...rootCertificates, ...extra.map((c) => c.toString())] } : void 0
  });
  const http = async (url, init) => {
    const u = new URL(url);
    const res = await agent.request({
      origin: u.origin,
      path: u.search ? `${u.pathname}${u.search}` : u.pathname,
      method: init.method ?? (init.body ? "PUT" : "GET"),
      headers: init.headers,
      body: init.body,
      signal: init.signal
    });
    return { status: res.statusCode, headers: res.headers, body: res.body, url };
  };
  return { http, close: () => agent.close() };
}
async function readText(res, limit = 65536) {
  try {
    const text = await res.body.text();
    return text.length > limit ? text.slice(0, limit) : text;
  } catch {
    return "";
  }
}
async function discard(res) {
  try {
    await res.body.dump({ limit: 1 << 20 });
  } catch {
  }
}
function isLoopbackHost(hostPort) {
  let host = hostPort;
  if (host.startsWith("[")) host = host.slice(1, host.indexOf("]"));
  else if (host.split(":").length === 2) host = host.slice(0, host.lastIndexOf(":"));
  host = host.toLowerCase();
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}
function isNoTlsError(err) {
  const e = err;
  const code = e?.code ?? e?.cause?.code ?? "";
  const msg = `${e?.message ?? ""} ${e?.cause?.message ?? ""}`;
  return code === "EPROTO" || code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "ERR_SSL_PACKET_LENGTH_TOO_LONG" || /wrong version number|packet length too long|http request/i.test(msg);
}
function isCertificateError(err) {
  const e = err;
  const code = e?.code ?? e?.cause?.code ?? "";
  return /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS_CERT_ALTNAME_INVALID/.test(code);
}

// src/registry/retry.ts
var DEFAULT_RETRY = Object.freeze({
  attempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 5e3,
  maxRetryAfterMs: 6e4,
  statuses: [408, 429, 500, 502, 503, 504],
  networkCodes: [
    "ECONNRESET",
    "ECONNREFUSED",
    "EPIPE",
    "ETIMEDOUT",
    "EAI_AGAIN",
    "ENETUNREACH",
    "UND_ERR_SOCKET",
    "UND_ERR_CLOSED",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
    "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH",
    "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
    "ERR_STREAM_PREMATURE_CLOSE"
  ]
});
var NO_RETRY = Object.freeze({ ...DEFAULT_RETRY, attempts: 1 });
function parseRetryAfter(value, now) {
  if (value === void 0 || value.trim() === "") return void 0;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1e3;
  const at = Date.parse(v);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function retryDelayMs(policy, attempt, retryAfterMs) {
  if (retryAfterMs !== void 0) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}
function networkErrorCode(err) {
  let e = err;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === "string") return e.code;
    e = e.cause;
  }
  return void 0;
}
function isRetryable(policy, err) {
  if (err instanceof RegistryError) {
    if (err.status !== void 0) return policy.statuses.includes(err.status) && (err.retryAfterMs ?? 0) <= policy.maxRetryAfterMs;
    if (err.temporary) return true;
    return isRetryable(policy, err.cause);
  }
  const code = networkErrorCode(err);
  return code !== void 0 && policy.networkCodes.includes(code);
}
async function withRetry(policy, sleep, fn, onRetry) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= policy.attempts || !isRetryable(policy, err)) throw err;
      const delay = retryDelayMs(policy, attempt, err instanceof RegistryError ? err.retryAfterMs : void 0);
      onRetry?.(err, attempt, delay);
      await sleep(delay);
    }
  }
}

// src/registry/transport.ts
import { Readable as Readable2 } from "node:stream";

// src/registry/auth.ts
var DEFAULT_EXPIRES_IN = 60;
var Authenticator = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  state = /* @__PURE__ */ new Map();
  credentials = /* @__PURE__ */ new Map();
  entry(registry) {
    let s = this.state.get(registry);
    if (!s) this.state.set(registry, s = { tokens: [], pending: /* @__PURE__ */ new Map() });
    return s;
  }
  /** Records the challenge a registry's `/v2/` answered with (undefined: no auth needed). */
  setChallenge(registry, challenge) {
    this.entry(registry).challenge = challenge;
  }
  /** The challenge recorded for a registry. */
  challenge(registry) {
    return this.state.get(registry)?.challenge;
  }
  /** The credential for a registry/repository, if any source has one (looked up once, then remembered). */
  credential(registry, repository) {
    const key = `${registry}\0${repository ?? ""}`;
    let p = this.credentials.get(key);
    if (!p) {
      p = this.opts.credentials?.get(registry, repository) ?? Promise.resolve(void 0);
      p.catch(() => this.credentials.delete(key));
      this.credentials.set(key, p);
    }
    return p;
  }
  /** The Authorization header for a request needing `scopes`, fetching a token when needed. */
  async header(registry, scopes, repository) {
    const s = this.entry(registry);
    const c = s.challenge;
    if (!c) return void 0;
    const cred = await this.credential(registry, repository);
    if (c.scheme === "basic") return basicHeader(cred);
    if (cred?.registryToken) return `Bearer ${cred.registryToken}`;
    const now = this.opts.clock();
    const wanted = normalizeScopes(scopes);
    const hit = s.tokens.find((t) => t.expiresAt > now && scopesCover(t.scopes, wanted));
    if (hit) return hit.header;
    return (await this.fetchShared(registry, c, wanted, cred)).header;
  }
  /**
   * Reacts to a 401 mid-flow: forgets tokens covering `scopes`, adopts the new challenge, and fetches a
   * fresh token (adding a scope the challenge asks for). Resolves false when nothing new can be tried.
   */
  async renew(registry, scopes, challenge, repository) {
    const s = this.entry(registry);
    if (!challenge) return false;
    const cred = await this.credential(registry, repository);
    if (challenge.scheme === "basic") {
      const hadBasic = s.challenge?.scheme === "basic";
      s.challenge = challenge;
      return !hadBasic && basicHeader(cred) !== void 0;
    }
    if (challenge.scheme !== "bearer" || cred?.registryToken) return false;
    s.challenge = challenge;
    const wanted = normalizeScopes([...scopes, ...challenge.params.scope ? [challenge.params.scope] : []]);
    s.tokens = s.tokens.filter((t) => !scopesCover(t.scopes, wanted) && !scopesCover(wanted, t.scopes));
    this.opts.log?.(`registry ${registry} answered 401; renewing its token for ${wanted.join(" ") || "(no scope)"}`);
    await this.fetchShared(registry, challenge, wanted, cred);
    return true;
  }
  /** Fetches a token for `scopes` (used by ping to check credentials with no scope at all). */
  async token(registry, scopes) {
    const c = this.entry(registry).challenge;
    if (c?.scheme === "bearer") await this.fetchShared(registry, c, normalizeScopes(scopes), await this.credential(registry));
  }
  fetchShared(registry, c, scopes, cred) {
    const s = this.entry(registry);
    const key = `${c.params.realm}\0${c.params.service ?? ""}\0${scopes.join(" ")}`;
    let p = s.pending.get(key);
    if (!p) {
      p = this.fetchToken(registry, c, scopes, cred).then((t) => {
        s.tokens.push(t);
        return t;
      });
      const clear = () => s.pending.delete(key);
      p.then(clear, clear);
      s.pending.set(key, p);
    }
    return p;
  }
  async fetchToken(registry, c, scopes, cred) {
    const realm = c.params.realm;
    const op = "token request";
    if (!realm) throw new RegistryError({ operation: op, reference: registry, message: "the Bearer challenge has no realm" });
    let realmUrl;
    try {
      realmUrl = new URL(realm);
    } catch {
      throw new RegistryError({ operation: op, reference: registry, message: `the Bearer challenge's realm "${realm}" is not a URL` });
    }
    const who = cred?.username && cred.username !== "<token>" ? ` as "${cred.username}"` : cred?.identityToken ? " with an identity token" : " anonymously";
    const send = this.opts.send ?? ((fn) => fn());
    let res;
    try {
      if (cred?.identityToken) {
        const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: cred.identityToken, client_id: "hoist" });
        if (c.params.service) form.set("service", c.params.service);
        if (scopes.length) form.set("scope", scopes.join(" "));
        res = await send(
          () => this.opts.http(realmUrl, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": this.opts.userAgent },
            body: Buffer.from(form.toString())
          })
        );
        if (res.status === 404 || res.status === 405) {
          await readText(res);
          this.opts.log?.(`token endpoint ${realmUrl.origin}${realmUrl.pathname} has no OAuth2 POST; using GET`);
          res = await send(() => this.getToken(realmUrl, c, scopes, { username: cred.username || "<token>", password: cred.identityToken }));
        }
      } else {
        res = await send(() => this.getToken(realmUrl, c, scopes, cred));
      }
    } catch (e) {
      throw errorFromNetwork(e, { operation: op, reference: registry, temporary: true, hint: `realm ${realmUrl.origin}${realmUrl.pathname}` });
    }
    const text = await readText(res);
    if (res.status !== 200) {
      const denied = res.status === 401 || res.status === 403;
      throw errorFromResponse({
        status: res.status,
        body: text,
        operation: op,
        reference: registry,
        temporary: res.status >= 500 || res.status === 429,
        retryAfterMs: parseRetryAfter(headerValue(res, "retry-after"), this.opts.clock()),
        hint: denied ? `authentication${who} failed at ${realmUrl.origin}${realmUrl.pathname}; check the username and password` : `from ${realmUrl.origin}${realmUrl.pathname}`
      });
    }
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new RegistryError({ operation: op, reference: registry, message: `the token endpoint ${realmUrl.origin}${realmUrl.pathname} did not answer JSON` });
    }
    const token = doc.access_token || doc.token;
    if (!token) throw new RegistryError({ operation: op, reference: registry, message: `the token endpoint ${realmUrl.origin}${realmUrl.pathname} answered without a token` });
    const expiresIn = typeof doc.expires_in === "number" && doc.expires_in > 0 ? doc.expires_in : DEFAULT_EXPIRES_IN;
    const margin = Math.min(30, expiresIn * 0.1) * 1e3;
    return { scopes, header: `Bearer ${token}`, expiresAt: this.opts.clock() + expiresIn * 1e3 - margin };
  }
  getToken(realm, c, scopes, cred) {
    const url = new URL(realm);
    if (c.params.service) url.searchParams.set("service", c.params.service);
    for (const s of scopes) url.searchParams.append("scope", s);
    const headers = { "user-agent": this.opts.userAgent };
    const basic = basicHeader(cred);
    if (basic) {
      headers.authorization = basic;
      if (cred?.username) url.searchParams.set("account", cred.username);
    }
    return this.opts.http(url, { method: "GET", headers });
  }
};
function basicHeader(cred) {
  if (!cred?.username || cred.password === void 0 || cred.password === "") return void 0;
  return `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString("base64")}`;
}

// src/registry/transport.ts
var MAX_REDIRECTS = 5;
function apiHostOf(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
}
var RegistryTransport = class {
  constructor(opts) {
    this.opts = opts;
    this.auth = new Authenticator({
      http: opts.http,
      credentials: opts.credentials,
      clock: opts.clock,
      userAgent: opts.userAgent,
      log: opts.log,
      send: (fn) => this.retrying(fn)
    });
  }
  opts;
  auth;
  endpoints = /* @__PURE__ */ new Map();
  /** The retry policy in force. */
  get policy() {
    return this.opts.retry;
  }
  /** Sleeps through the injected sleep function. */
  sleep(ms) {
    return this.opts.sleep(ms);
  }
  /** Logs through the injected logger. */
  log(msg) {
    this.opts.log?.(msg);
  }
  async retrying(fn) {
    return withRetry(this.opts.retry, this.opts.sleep, async () => {
      const res = await fn();
      if (this.opts.retry.statuses.includes(res.status)) {
        const body = await readText(res);
        throw errorFromResponse({ status: res.status, body, operation: "token request", reference: res.url.host, temporary: true, retryAfterMs: parseRetryAfter(headerValue(res, "retry-after"), this.opts.clock()) });
      }
      return res;
    });
  }
  /** True when plain HTTP may be used for this registry (loopback or listed as insecure). */
  allowsPlainHttp(registry) {
    const host = apiHostOf(registry);
    return isLoopbackHost(host) || (this.opts.insecure ?? []).some((i) => i === registry || i === host);
  }
  /** The registry's origin and challenge, probing `/v2/` once (HTTPS first; HTTP where allowed). */
  endpoint(registry) {
    let p = this.endpoints.get(registry);
    if (!p) {
      p = this.probe(registry);
      p.catch(() => this.endpoints.delete(registry));
      this.endpoints.set(registry, p);
    }
    return p;
  }
  async probe(registry) {
    const host = apiHostOf(registry);
    try {
      return await this.pingAt(registry, `https://${host}`);
    } catch (e) {
      const cause = e instanceof RegistryError ? e.cause : e;
      if (this.allowsPlainHttp(registry) && isNoTlsError(cause)) {
        this.log(`registry ${registry} does not speak TLS; using plain HTTP (allowed for loopback and --insecure registries)`);
        return this.pingAt(registry, `http://${host}`);
      }
      if (isCertificateError(cause)) {
        throw errorFromNetwork(cause, { operation: "connect to", reference: registry, temporary: false, hint: "the registry's TLS certificate is not trusted; pass its CA certificate (--ca FILE)" });
      }
      if (isNoTlsError(cause)) {
        throw errorFromNetwork(cause, { operation: "connect to", reference: registry, temporary: false, hint: "the registry does not speak HTTPS; plain HTTP is allowed only for loopback registries and those listed as insecure (--insecure)" });
      }
      throw e;
    }
  }
  async pingAt(registry, origin) {
    const res = await withRetry(this.opts.retry, this.opts.sleep, async () => {
      let r;
      try {
        r = await this.opts.http(new URL("/v2/", origin), { method: "GET", headers: { "user-agent": this.opts.userAgent } });
      } catch (e) {
        throw errorFromNetwork(e, { operation: "ping", reference: registry, temporary: isRetryable(this.opts.retry, e) && !isNoTlsError(e) });
      }
      if (this.opts.retry.statuses.includes(r.status)) {
        throw errorFromResponse({ status: r.status, body: await readText(r), operation: "ping", reference: registry, temporary: true, retryAfterMs: parseRetryAfter(headerValue(r, "retry-after"), this.opts.clock()) });
      }
      return r;
    });
    const body = await readText(res);
    if (res.status === 200) {
      this.auth.setChallenge(registry, void 0);
      return { origin };
    }
    if (res.status === 401) {
      const challenge = pickChallenge(parseChallenges(res.headers["www-authenticate"]));
      this.auth.setChallenge(registry, challenge);
      return { origin, challenge };
    }
    throw errorFromResponse({ status: res.status, body, operation: "ping", reference: registry, temporary: false, hint: `${origin}/v2/ is not a registry API` });
  }
  /** Sends a request; resolves with a response whose status is in `expect` (the caller consumes the body). */
  async send(req) {
    const policy = req.retry === false ? NO_RETRY : this.opts.retry;
    return withRetry(
      policy,
      this.opts.sleep,
      () => this.sendOnce(req),
      (err, attempt, delay) => this.log(`${req.operation} ${req.reference}: ${err.message}; retry ${attempt}/${policy.attempts - 1} in ${delay} ms`)
    );
  }
  async sendOnce(req) {
    const { origin } = await this.endpoint(req.registry);
    let url = typeof req.target === "string" ? new URL(req.target, origin) : new URL(req.target);
    let method = req.method;
    let renewed = false;
    const follow = req.followRedirects ?? (method === "GET" || method === "HEAD");
    for (let hops = 0; ; ) {
      const sameOrigin = url.origin === origin;
      const headers = { "user-agent": this.opts.userAgent, ...req.headers };
      if (sameOrigin) {
        const auth = await this.auth.header(req.registry, req.scopes, req.repository);
        if (auth) headers.authorization = auth;
      }
      const body = typeof req.body === "function" ? await req.body() : req.body;
      let res;
      try {
        res = await this.opts.http(url, { method, headers, body: method === "GET" || method === "HEAD" ? void 0 : body });
      } catch (e) {
        if (body && typeof body !== "string" && !Buffer.isBuffer(body)) body.destroy();
        throw errorFromNetwork(e, { operation: req.operation, reference: req.reference, temporary: isRetryable(this.opts.retry, e) });
      }
      if (body instanceof Readable2 && !body.readableEnded && !req.expect.includes(res.status)) body.destroy();
      if (res.status === 401 && sameOrigin && !renewed && req.renew !== false) {
        const text = await readText(res);
        const challenge = pickChallenge(parseChallenges(res.headers["www-authenticate"]));
        if (await this.auth.renew(req.registry, req.scopes, challenge, req.repository)) {
          renewed = true;
          continue;
        }
        throw await this.unauthorized(req, text, challenge);
      }
      if (follow && [301, 302, 303, 307, 308].includes(res.status) && headerValue(res, "location")) {
        await discard(res);
        if (++hops > MAX_REDIRECTS) throw new RegistryError({ operation: req.operation, reference: req.reference, message: `more than ${MAX_REDIRECTS} redirects` });
        url = new URL(headerValue(res, "location"), url);
        if (res.status === 303) method = "GET";
        continue;
      }
      if (!req.expect.includes(res.status)) {
        const text = method === "HEAD" ? "" : await readText(res);
        if (method === "HEAD") await discard(res);
        if (res.status === 401) throw await this.unauthorized(req, text, pickChallenge(parseChallenges(res.headers["www-authenticate"])));
        throw errorFromResponse({
          status: res.status,
          body: text,
          operation: req.operation,
          reference: req.reference,
          temporary: this.opts.retry.statuses.includes(res.status),
          retryAfterMs: parseRetryAfter(headerValue(res, "retry-after"), this.opts.clock()),
          hint: res.status === 403 ? "the credentials do not grant this operation" : void 0
        });
      }
      return res;
    }
  }
  async unauthorized(req, body, challenge) {
    const hasCredential = await this.auth.credential(req.registry, req.repository) !== void 0;
    const hint = hasCredential && challenge?.params.error === "insufficient_scope" ? `the credentials for ${req.registry} were accepted but do not grant ${req.scopes.join(" ") || "this operation"}` : hasCredential ? `authentication to ${req.registry} failed; check the username and password` : `authentication to ${req.registry} is required; no credentials were found (${this.opts.loginHint ?? "use --username with --password-stdin, docker login or DOCKER_AUTH_CONFIG"})`;
    return errorFromResponse({ status: 401, body, operation: req.operation, reference: req.reference, temporary: false, hint });
  }
};

// src/registry/upload.ts
function sessionLocation(res, target, operation) {
  const loc = headerValue(res, "location");
  if (!loc) throw new RegistryError({ operation, reference: target.reference, message: `${res.status} without a Location header` });
  return new URL(loc, res.url);
}
function appendQuery(url, name, value) {
  const out = new URL(url);
  const extra = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  out.search = out.search && out.search !== "?" ? `${out.search}&${extra}` : `?${extra}`;
  return out;
}
async function openSession(t, target, what) {
  const res = await t.send({
    registry: target.registry,
    repository: target.repository,
    method: "POST",
    target: `/v2/${target.repository}/blobs/uploads/`,
    headers: { "content-length": "0" },
    scopes: target.scopes,
    operation: `start upload of ${what} to`,
    reference: target.reference,
    expect: [202]
  });
  await discard(res);
  const min = Number(headerValue(res, "oci-chunk-min-length"));
  return { location: sessionLocation(res, target, "start upload"), ...Number.isSafeInteger(min) && min > 0 ? { minChunkLength: min } : {} };
}
async function tryMount(t, target, digest, from) {
  const res = await t.send({
    registry: target.registry,
    repository: target.repository,
    method: "POST",
    target: `/v2/${target.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
    headers: { "content-length": "0" },
    scopes: target.scopes,
    operation: `mount ${digest} from ${from} into`,
    reference: target.reference,
    expect: [201, 202]
  });
  await discard(res);
  if (res.status === 201) return "mounted";
  const min = Number(headerValue(res, "oci-chunk-min-length"));
  return { location: sessionLocation(res, target, "mount"), ...Number.isSafeInteger(min) && min > 0 ? { minChunkLength: min } : {} };
}
async function cancelSession(t, target, session) {
  try {
    const res = await t.send({ registry: target.registry, repository: target.repository, method: "DELETE", target: session.location, scopes: target.scopes, operation: "cancel upload to", reference: target.reference, expect: [200, 202, 204, 404], retry: false, renew: false });
    await discard(res);
  } catch {
  }
}
function checkDigestHeader(res, desc, target, operation) {
  const got = headerValue(res, "docker-content-digest");
  if (got && got !== desc.digest) {
    throw new RegistryError({ operation, reference: target.reference, message: `the registry stored digest ${got}, expected ${desc.digest}` });
  }
}
async function putMonolithic(t, target, session, desc, open) {
  const operation = `upload blob ${desc.digest} to`;
  const res = await t.send({
    registry: target.registry,
    repository: target.repository,
    method: "PUT",
    target: appendQuery(session.location, "digest", desc.digest),
    headers: { "content-type": "application/octet-stream", "content-length": String(desc.size) },
    body: desc.size === 0 ? Buffer.alloc(0) : open,
    scopes: target.scopes,
    operation,
    reference: target.reference,
    expect: [201],
    retry: false
  });
  await discard(res);
  checkDigestHeader(res, desc, target, operation);
}
async function* chunksOf(stream, size) {
  let parts = [];
  let have = 0;
  for await (const c of stream) {
    let chunk = c;
    while (chunk.length > 0) {
      const take = Math.min(size - have, chunk.length);
      parts.push(chunk.subarray(0, take));
      have += take;
      chunk = chunk.subarray(take);
      if (have === size) {
        yield Buffer.concat(parts, size);
        parts = [];
        have = 0;
      }
    }
  }
  if (have > 0) yield Buffer.concat(parts, have);
}
async function putChunked(t, target, session, desc, open, chunkSize) {
  const operation = `upload blob ${desc.digest} to`;
  const size = Math.max(chunkSize, session.minChunkLength ?? 0);
  let location = session.location;
  let offset = 0;
  if (desc.size > 0) {
    const source = await open();
    try {
      for await (const chunk of chunksOf(source, size)) {
        const end = offset + chunk.length - 1;
        const res2 = await t.send({
          registry: target.registry,
          repository: target.repository,
          method: "PATCH",
          target: location,
          headers: { "content-type": "application/octet-stream", "content-range": `${offset}-${end}`, "content-length": String(chunk.length) },
          body: chunk,
          scopes: target.scopes,
          operation: `${operation} (chunk ${offset}-${end})`,
          reference: target.reference,
          expect: [201, 202],
          retry: false
        });
        await discard(res2);
        const range = headerValue(res2, "range");
        if (range && !new RegExp(`^(bytes=)?0-${end}$`).test(range.trim())) {
          throw new RegistryError({ operation, reference: target.reference, message: `the registry holds range ${range} after chunk ${offset}-${end}`, temporary: true });
        }
        if (headerValue(res2, "location")) location = sessionLocation(res2, target, operation);
        offset = end + 1;
      }
    } finally {
      source.destroy();
    }
    if (offset !== desc.size) throw new RegistryError({ operation, reference: target.reference, message: `the source gave ${offset} bytes, the descriptor says ${desc.size}` });
  }
  const res = await t.send({
    registry: target.registry,
    repository: target.repository,
    method: "PUT",
    target: appendQuery(location, "digest", desc.digest),
    headers: { "content-type": "application/octet-stream", "content-length": "0" },
    body: Buffer.alloc(0),
    scopes: target.scopes,
    operation,
    reference: target.reference,
    expect: [201],
    retry: false
  });
  await discard(res);
  checkDigestHeader(res, desc, target, operation);
}

// src/registry/client.ts
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var MAX_CONFIG_BYTES = 64 * 1024 * 1024;
async function collect(stream, limit, what) {
  const parts = [];
  let n = 0;
  for await (const c of stream) {
    n += c.length;
    if (n > limit) {
      stream.destroy();
      throw new Error(`${what} is larger than ${limit} bytes`);
    }
    parts.push(c);
  }
  return Buffer.concat(parts, n);
}
var RegistryClient = class {
  transport;
  httpClient;
  confirmed = /* @__PURE__ */ new Map();
  chunkSize;
  constructor(opts = {}) {
    let http = opts.http;
    if (!http) {
      this.httpClient = createHttpClient({ ca: opts.ca });
      http = this.httpClient.http;
    }
    this.chunkSize = opts.chunkSize;
    this.transport = new RegistryTransport({
      http,
      credentials: opts.credentials,
      insecure: opts.insecure,
      retry: opts.retry ?? DEFAULT_RETRY,
      userAgent: opts.userAgent ?? "hoist/0.1",
      clock: opts.clock ?? Date.now,
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      log: opts.log,
      loginHint: opts.loginHint
    });
  }
  /** Closes pooled connections. */
  async close() {
    await this.httpClient?.close();
  }
  confirmedIn(repo) {
    const key = repositoryName(repo);
    let s = this.confirmed.get(key);
    if (!s) this.confirmed.set(key, s = /* @__PURE__ */ new Set());
    return s;
  }
  pull(repo) {
    return [repositoryScope(repo.repository, ["pull"])];
  }
  push(repo) {
    return [repositoryScope(repo.repository, ["pull", "push"])];
  }
  /** Preflight: the registry answers, and the credentials (if any) are accepted. */
  async ping(registry) {
    const res = await this.transport.send({ registry, method: "GET", target: "/v2/", scopes: [], operation: "ping", reference: registry, expect: [200] });
    await discard(res);
  }
  /** Preflight for pushing: opens an upload session in the repository and cancels it. */
  async checkPushAccess(repo) {
    const target = this.target(repo, this.push(repo));
    const session = await openSession(this.transport, target, "a push-access check");
    await cancelSession(this.transport, target, session);
  }
  /** Fetches a manifest or index (Accept: all four media types), verified against the digest it is pinned to. */
  async getManifest(ref) {
    const what = String(ref);
    const res = await this.transport.send({
      registry: ref.registry,
      repository: ref.repository,
      method: "GET",
      target: `/v2/${ref.repository}/manifests/${manifestId(ref)}`,
      headers: { accept: MANIFEST_ACCEPT.join(", ") },
      scopes: this.pull(ref),
      operation: "get manifest",
      reference: what,
      expect: [200]
    });
    const bytes = await collect(res.body, MAX_MANIFEST_BYTES, `manifest ${what}`);
    const parsed = parseManifest(bytes, headerValue(res, "content-type"), what);
    const expected = ref.digest ?? headerValue(res, "docker-content-digest");
    if (expected) {
      const alg = digestAlgorithm(parseDigest(expected));
      const actual = alg === "sha256" ? parsed.digest : digestOf(bytes, alg);
      if (actual !== expected) {
        throw new RegistryError({ operation: "get manifest", reference: what, message: `content digest is ${actual}, expected ${expected}`, code: "DIGEST_INVALID" });
      }
    }
    this.confirmedIn(ref).add(parsed.digest);
    return parsed;
  }
  /** HEAD of a manifest: its descriptor, or undefined when the registry does not have it. */
  async headManifest(ref) {
    const res = await this.transport.send({
      registry: ref.registry,
      repository: ref.repository,
      method: "HEAD",
      target: `/v2/${ref.repository}/manifests/${manifestId(ref)}`,
      headers: { accept: MANIFEST_ACCEPT.join(", ") },
      scopes: this.pull(ref),
      operation: "check manifest",
      reference: String(ref),
      expect: [200, 404]
    });
    await discard(res);
    if (res.status === 404) return void 0;
    const digest = headerValue(res, "docker-content-digest");
    const mediaType = headerValue(res, "content-type")?.split(";")[0].trim();
    if (!digest || !mediaType || ref.digest && digest !== ref.digest) {
      const m = await this.getManifest(ref);
      return { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
    }
    this.confirmedIn(ref).add(digest);
    return { mediaType, digest: parseDigest(digest), size: Number(headerValue(res, "content-length") ?? 0) };
  }
  /**
   * Resolves a tag or digest to one platform's image: follows an index to the best entry for `platform`,
   * then reads and verifies the config.
   */
  async resolveImage(ref, platform) {
    const top = await this.getManifest(ref);
    let manifest = top;
    let index;
    if (top.kind === "index") {
      index = top;
      const pick = imageEntryFor(top.index.manifests, platform);
      if ("missing" in pick) throw new RegistryError({ operation: "resolve image", reference: String(ref), message: pick.missing, code: "MANIFEST_UNKNOWN" });
      manifest = await this.getManifest(withDigest(ref, pick.entry.digest));
      if (manifest.kind !== "manifest") throw new RegistryError({ operation: "resolve image", reference: String(ref), message: `index entry ${pick.entry.digest} is not an image manifest` });
    }
    const m = manifest;
    const configBytes = await this.readBlob(ref, m.manifest.config);
    let config;
    try {
      config = JSON.parse(configBytes.toString("utf8"));
    } catch (e) {
      throw new RegistryError({ operation: "read config of", reference: String(ref), message: `config ${m.manifest.config.digest} is not JSON (${e.message})` });
    }
    return { manifest: m, config, configBytes, ...index ? { index } : {} };
  }
  /**
   * Puts a manifest by tag or digest with `Content-Type: mediaType`, after checking that every blob or
   * child manifest it names is in the repository; verifies the registry's Docker-Content-Digest.
   */
  async putManifest(ref, bytes, mediaType) {
    const what = String(ref);
    const parsed = parseManifest(bytes, mediaType, what);
    if (parsed.mediaType !== mediaType) {
      throw new RegistryError({ operation: "put manifest", reference: what, message: `Content-Type ${mediaType} differs from the manifest's mediaType ${parsed.mediaType}` });
    }
    if (ref.digest && ref.digest !== digestOf(bytes, digestAlgorithm(ref.digest))) {
      throw new RegistryError({ operation: "put manifest", reference: what, message: `the bytes do not have digest ${ref.digest}` });
    }
    await this.assertReferencedContent(ref, parsed);
    const res = await this.transport.send({
      registry: ref.registry,
      repository: ref.repository,
      method: "PUT",
      target: `/v2/${ref.repository}/manifests/${manifestId(ref)}`,
      headers: { "content-type": mediaType },
      body: bytes,
      scopes: this.push(ref),
      operation: "put manifest",
      reference: what,
      expect: [200, 201]
    });
    await discard(res);
    const got = headerValue(res, "docker-content-digest");
    if (got && got !== parsed.digest && got !== ref.digest) {
      throw new RegistryError({ operation: "put manifest", reference: what, message: `the registry stored digest ${got}, expected ${parsed.digest}`, code: "DIGEST_INVALID" });
    }
    this.confirmedIn(ref).add(parsed.digest);
    return parsed.digest;
  }
  /** Refuses a manifest whose blobs or child manifests are not confirmed (or found by HEAD) in the target repository. */
  async assertReferencedContent(ref, parsed) {
    const have = this.confirmedIn(ref);
    if (have.has(parsed.digest)) return;
    const repo = makeReference(ref.registry, ref.repository);
    if (parsed.kind === "manifest") {
      const blobs = [parsed.manifest.config, ...parsed.manifest.layers].filter((d) => !d.urls?.length);
      for (const d of blobs) {
        if (!have.has(d.digest) && !await this.hasBlob(repo, d.digest)) {
          throw new RegistryError({ operation: "put manifest", reference: String(ref), message: `refusing to push: blob ${d.digest} is not in ${repositoryName(ref)}`, code: "MANIFEST_BLOB_UNKNOWN" });
        }
      }
    } else {
      for (const d of parsed.index.manifests) {
        if (!have.has(d.digest) && !await this.headManifest(withDigest(repo, d.digest))) {
          throw new RegistryError({ operation: "put manifest", reference: String(ref), message: `refusing to push: manifest ${d.digest} is not in ${repositoryName(ref)}`, code: "MANIFEST_UNKNOWN" });
        }
      }
    }
  }
  /** HEAD of a blob in a repository. */
  async hasBlob(repo, digest) {
    if (this.confirmedIn(repo).has(digest)) return true;
    const res = await this.transport.send({
      registry: repo.registry,
      repository: repo.repository,
      method: "HEAD",
      target: `/v2/${repo.repository}/blobs/${digest}`,
      scopes: this.pull(repo),
      operation: `check blob ${digest} in`,
      reference: repositoryName(repo),
      expect: [200, 404]
    });
    await discard(res);
    if (res.status === 200) this.confirmedIn(repo).add(digest);
    return res.status === 200;
  }
  /** Reads a small blob (a config) whole, verified. */
  async readBlob(repo, desc) {
    return collect(await this.getBlob(repo, desc), Math.min(desc.size, MAX_CONFIG_BYTES), `blob ${desc.digest}`);
  }
  /**
   * Streams a blob, verified against its digest and size. A connection lost mid-blob is resumed with a
   * Range request (or re-read and skipped) under the retry policy.
   */
  async getBlob(repo, desc) {
    const what = repositoryName(repo);
    const policy = this.transport.policy;
    const open = async (offset) => {
      const res = await this.transport.send({
        registry: repo.registry,
        repository: repo.repository,
        method: "GET",
        target: `/v2/${repo.repository}/blobs/${desc.digest}`,
        headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
        scopes: this.pull(repo),
        operation: `get blob ${desc.digest} from`,
        reference: what,
        expect: offset > 0 ? [200, 206] : [200]
      });
      return { body: res.body, skip: offset > 0 && res.status === 200 ? offset : 0 };
    };
    const transport = this.transport;
    return new ResumableBlobStream(await open(0), {
      digest: desc.digest,
      size: desc.size,
      what: `blob ${desc.digest} from ${what}`,
      reopen: open,
      shouldResume: (err, failures) => failures < policy.attempts && isRetryable(policy, err) ? retryDelayMs(policy, failures) : void 0,
      sleep: (ms) => transport.sleep(ms),
      log: (m) => transport.log(m)
    });
  }
  target(repo, scopes) {
    return { registry: repo.registry, repository: repo.repository, reference: repositoryName(repo), scopes };
  }
  /**
   * Makes a blob present in `repo`: HEAD (skip when present), then a cross-repository mount from each of
   * `mountFrom` on the same registry, then an upload from `open()` (monolithic, or chunked when the client
   * has a chunk size). Failed uploads restart from a new session under the retry policy.
   */
  async pushBlob(repo, desc, open, opts = {}) {
    if (await this.hasBlob(repo, desc.digest)) return "exists";
    const sources = (opts.mountFrom ?? []).filter((s) => s.registry === repo.registry && s.repository !== repo.repository);
    const scopes = [...this.push(repo), ...sources.map((s) => repositoryScope(s.repository, ["pull"]))];
    const target = this.target(repo, scopes);
    let session;
    for (const [i, from] of sources.entries()) {
      const r = await tryMount(this.transport, target, desc.digest, from.repository);
      if (r === "mounted") {
        this.confirmedIn(repo).add(desc.digest);
        return "mounted";
      }
      if (i < sources.length - 1) await cancelSession(this.transport, target, r);
      else session = r;
    }
    await withRetry(
      this.transport.policy,
      (ms) => this.transport.sleep(ms),
      async (attempt) => {
        if (attempt > 1 && await this.hasBlob(repo, desc.digest)) return;
        const s = session ?? await openSession(this.transport, target, `blob ${desc.digest}`);
        session = void 0;
        try {
          if (this.chunkSize) await putChunked(this.transport, target, s, desc, open, this.chunkSize);
          else await putMonolithic(this.transport, target, s, desc, open);
        } catch (e) {
          await cancelSession(this.transport, target, s);
          throw e;
        }
      },
      (err, attempt, delay) => this.transport.log(`upload of ${desc.digest} to ${target.reference} failed (${err.message}); retry ${attempt} in ${delay} ms`)
    );
    this.confirmedIn(repo).add(desc.digest);
    return "uploaded";
  }
  /** Every tag of a repository (following `Link: <…>; rel="next"` pages). */
  async listTags(repo) {
    const tags = [];
    let target = `/v2/${repo.repository}/tags/list`;
    for (let page = 0; page < 1e3; page++) {
      const res = await this.transport.send({ registry: repo.registry, repository: repo.repository, method: "GET", target, scopes: this.pull(repo), operation: "list tags of", reference: repositoryName(repo), expect: [200] });
      const doc = JSON.parse((await collect(res.body, 16 * 1024 * 1024, "tag list")).toString("utf8"));
      tags.push(...doc.tags ?? []);
      const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(headerValue(res, "link") ?? "");
      if (!next) break;
      target = new URL(next[1], res.url);
    }
    return tags;
  }
};

// src/registry/credentials.ts
var CredentialError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CredentialError";
  }
};
function normalizeCredentialKey(key) {
  let k = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  k = k.replace(/\/+$/, "").replace(/\/v[12]$/, "");
  const slash = k.indexOf("/");
  let host = slash < 0 ? k : k.slice(0, slash);
  const path = slash < 0 ? "" : k.slice(slash);
  host = host.toLowerCase();
  if (host === "index.docker.io" || host === "registry-1.docker.io" || host === "registry.hub.docker.com") host = DOCKER_HUB;
  return host + path;
}
function helperServerUrl(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_CREDENTIAL_KEY : registry;
}
function decodeAuthEntry(entry, what) {
  const cred = {};
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) throw new CredentialError(`${what}: "auth" is not base64 of user:password`);
    cred.username = decoded.slice(0, colon);
    cred.password = decoded.slice(colon + 1);
  } else if (entry.username !== void 0 || entry.password !== void 0) {
    cred.username = entry.username;
    cred.password = entry.password;
  }
  if (entry.identitytoken) cred.identityToken = entry.identitytoken;
  if (entry.registrytoken) cred.registryToken = entry.registrytoken;
  return Object.keys(cred).length > 0 ? cred : void 0;
}
function lookupKey(map, registry, repository) {
  if (!map) return void 0;
  const normalized = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(map)) {
    const n = normalizeCredentialKey(k);
    if (!normalized.has(n)) normalized.set(n, v);
  }
  const host = normalizeCredentialKey(registry);
  if (repository) {
    const parts = repository.split("/");
    for (let i = parts.length; i > 0; i--) {
      const hit = normalized.get(`${host}/${parts.slice(0, i).join("/")}`);
      if (hit !== void 0) return hit;
    }
  }
  return normalized.get(host);
}
async function helperGet(runHelper, helper, registry) {
  if (!/^[A-Za-z0-9_.-]+$/.test(helper)) throw new CredentialError(`invalid credential helper name "${helper}"`);
  const program = `docker-credential-${helper}`;
  let result;
  try {
    result = await runHelper(program, ["get"], helperServerUrl(registry));
  } catch (e) {
    throw new CredentialError(`credential helper ${program} for ${registry} could not run: ${e.message}`);
  }
  const out = result.stdout.trim();
  if (result.code !== 0) {
    if (/credentials not found/i.test(out + result.stderr)) return void 0;
    throw new CredentialError(`credential helper ${program} for ${registry} failed (exit ${result.code}): ${(out || result.stderr).trim().slice(0, 200)}`);
  }
  let doc;
  try {
    doc = JSON.parse(out);
  } catch {
    throw new CredentialError(`credential helper ${program} for ${registry} printed something that is not JSON`);
  }
  if (!doc.Secret) return void 0;
  if (doc.Username === "<token>") return { identityToken: doc.Secret };
  return { username: doc.Username, password: doc.Secret };
}
function parseConfig(text, what) {
  try {
    const doc = JSON.parse(text);
    if (!doc || typeof doc !== "object") throw new Error("not an object");
    return doc;
  } catch (e) {
    throw new CredentialError(`${what} is not valid JSON: ${e.message}`);
  }
}
async function fromConfig(config, what, runHelper, registry, repository) {
  const helper = lookupKey(config.credHelpers, registry);
  if (helper) return helperGet(runHelper, helper, registry);
  if (config.credsStore) {
    const fromStore = await helperGet(runHelper, config.credsStore, registry);
    if (fromStore) return fromStore;
  }
  const entry = lookupKey(config.auths, registry, repository);
  return entry ? decodeAuthEntry(entry, `${what} auths entry for ${registry}`) : void 0;
}
function dockerConfigCredentials(opts) {
  const { env, readFile, runHelper } = opts;
  const dir = env.DOCKER_CONFIG || (env.HOME ? `${env.HOME}/.docker` : void 0);
  const file = dir ? `${dir.replace(/\/+$/, "")}/config.json` : void 0;
  let loaded;
  const load = () => loaded ??= (async () => {
    if (!file) return void 0;
    const text = await readFile(file);
    return text === void 0 || text.trim() === "" ? void 0 : parseConfig(text, file);
  })();
  const inEnv = env.DOCKER_AUTH_CONFIG ? parseConfig(env.DOCKER_AUTH_CONFIG, "DOCKER_AUTH_CONFIG") : void 0;
  return {
    async get(registry, repository) {
      if (inEnv) {
        const hit = await fromConfig(inEnv, "DOCKER_AUTH_CONFIG", runHelper, registry, repository);
        if (hit) return hit;
      }
      const config = await load();
      return config ? fromConfig(config, file, runHelper, registry, repository) : void 0;
    }
  };
}
function staticCredentials(map) {
  return { get: async (registry, repository) => lookupKey(map, registry, repository) };
}
function githubTokenCredentials(env) {
  return {
    get: async (registry) => normalizeCredentialKey(registry) === "ghcr.io" && env.GITHUB_TOKEN ? { username: env.GITHUB_ACTOR || "x-access-token", password: env.GITHUB_TOKEN } : void 0
  };
}
function chainCredentials(...sources) {
  const memo = /* @__PURE__ */ new Map();
  return {
    get(registry, repository) {
      const key = `${registry}\0${repository ?? ""}`;
      let hit = memo.get(key);
      if (!hit) {
        hit = (async () => {
          for (const s of sources) {
            const c = await s.get(registry, repository);
            if (c) return c;
          }
          return void 0;
        })();
        hit.catch(() => memo.delete(key));
        memo.set(key, hit);
      }
      return hit;
    }
  };
}
function defaultCredentials(opts) {
  const sources = [dockerConfigCredentials(opts), githubTokenCredentials(opts.env)];
  if (opts.explicit) sources.unshift(staticCredentials(opts.explicit));
  return chainCredentials(...sources);
}

export {
  parseManifest,
  buildManifest,
  buildIndex,
  sortedKeys,
  toBytes,
  RegistryError,
  registryNotFound,
  registryDenied,
  Pool,
  RegistryClient,
  normalizeCredentialKey,
  lookupKey,
  dockerConfigCredentials,
  staticCredentials,
  githubTokenCredentials,
  chainCredentials,
  defaultCredentials
};
