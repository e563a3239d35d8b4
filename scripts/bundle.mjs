// Builds the committed bundles into dist/ (or the directory given): index.js (the action), cli.js (the `hoist`
// bin), sandbox-worker.js (the privileged RUN worker, found beside the bundle) and shared chunks, split so each
// entry loads only what it uses. Usage: node scripts/bundle.mjs [outdir]
import { build } from 'esbuild';
import { chmod, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const nodeRequire = createRequire(import.meta.url);

// @actions/http-client imports undici 6 for one class, ProxyAgent. It uses that class only in its fetch-dispatcher
// helper, which @actions/cache never calls. Bundled as is, that import is a second, whole undici (~780 KB) parsed
// on every cache call. It is resolved instead to the ProxyAgent of hoist's own undici, whose options are the same
// (uri, token, pipelining), so the cache library shares the dispatcher modules the registry client already loaded.
const proxyAgent = nodeRequire.resolve('undici/lib/dispatcher/proxy-agent.js');
const oneUndici = {
  name: 'one-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      args.importer.includes(`${path.sep}@actions${path.sep}http-client${path.sep}`) ? { path: 'undici-proxy-agent', namespace: 'one-undici' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'one-undici' }, () => ({
      contents: `import ProxyAgent from ${JSON.stringify(proxyAgent)}; export { ProxyAgent };`,
      resolveDir: path.dirname(proxyAgent),
      loader: 'js',
    }));
  },
};

// An ESM `import ... from 'node:http'` makes Node build the module's ESM facade, which reads every export,
// including the lazy WebSocket, CloseEvent and MessageEvent getters that load Node's own internal undici (~40 ms
// at startup, for classes hoist never uses). @actions/http-client and @azure's HTTP runtime import it that way.
// Those imports get a stand-in module that takes node:http through require() and re-exports its plain values.
const httpNames = Object.getOwnPropertyNames(nodeRequire('node:http')).filter((k) => !['WebSocket', 'CloseEvent', 'MessageEvent'].includes(k) && /^[A-Za-z_$][\w$]*$/.test(k));
const plainHttp = {
  name: 'plain-http',
  setup(b) {
    b.onResolve({ filter: /^(node:)?http$/ }, (args) => (args.kind === 'import-statement' ? { path: 'http', namespace: 'plain-http' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'plain-http' }, () => ({
      contents: `const http = require('node:http');\nexport default http;\nexport const { ${httpNames.join(', ')} } = http;\n`,
      loader: 'js',
    }));
  },
};

const outdir = process.argv[2] ?? 'dist';
await mkdir(outdir, { recursive: true });
for (const f of await readdir(outdir)) if (f.endsWith('.js')) await rm(path.join(outdir, f));
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'sandbox-worker': 'src/sandbox/worker-main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node24',
  legalComments: 'none',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
  plugins: [oneUndici, plainHttp],
  banner: { js: "import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);" },
});
await chmod(path.join(outdir, 'cli.js'), 0o755);
// The bundles are ES modules: said beside them, so Node does not look for (or, with no package.json above, sniff)
// their format when they run from a copy outside the repository (a tool cache, the benchmarks' scratch).
await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
