// Benchmark: parse a generated 5,000-line Dockerfile (every instruction kind, continuations, heredocs, JSON
// and shell forms, ARG/ENV expansion, several stages), plan it and expand every instruction, as `hoist parse`
// does. Goal: parsing under 100 ms. Prints median times over several rounds; not a test.
//
// Usage: node_modules/.bin/node bench/parse.mjs [--lines 5000] [--rounds 20]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '20' } } });
const target = Number(values.lines);
const rounds = Number(values.rounds);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = await mkdtemp(path.join(tmpdir(), 'hoist-bench-parse-'));
await build({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  logLevel: 'warning',
  absWorkingDir: root,
  stdin: { contents: "export * from './src/dockerfile/index.ts';", resolveDir: root, loader: 'ts' },
  outfile: path.join(work, 'dockerfile.mjs'),
});
const { parseDockerfile, planStages, StageScope, describeDockerfile } = await import(path.join(work, 'dockerfile.mjs'));
await rm(work, { recursive: true, force: true });

/** A realistic block of about 50 lines; repeated (as new stages) until the file has `target` lines. */
function block(i) {
  return `FROM --platform=$BUILDPLATFORM golang:1.22-\${VARIANT} AS build${i}
ARG VERSION=1.${i}.0
ARG TARGETOS TARGETARCH
ENV CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \\
    PATH=/go/bin:$PATH \\
    LONG="a quoted value with \${VERSION} inside"
LABEL org.opencontainers.image.version=$VERSION \\
      org.opencontainers.image.title="stage ${i}" \\
      description='single quoted $NOT_EXPANDED'
WORKDIR /src/\${VERSION%%.*}
COPY --chown=1000:1000 --chmod=0644 go.mod go.sum ./
# comment inside the stage
RUN --mount=type=cache,target=/go/pkg/mod,id=gomod-${i} \\
    --mount=type=cache,target=/root/.cache/go-build \\
    # a comment inside the continuation
    go mod download && \\
    go mod verify
COPY . .
RUN --network=none go build -ldflags "-X main.version=\${VERSION}" -o /out/app${i} ./cmd/app
RUN <<EOF
set -eu
echo building ${i}
for f in a b c; do echo $f; done
EOF
COPY <<EOF /etc/app${i}.conf
version=\${VERSION}
name=app${i}
EOF
RUN ["/bin/sh", "-c", "echo exec form ${i}"]
EXPOSE 80${i % 10} 443/tcp \${PORT:-8080}
VOLUME ["/data${i}", "/cache"]
USER app:app
HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD wget -qO- http://localhost/ || exit 1
STOPSIGNAL SIGTERM
ONBUILD RUN echo onbuild ${i}
SHELL ["/bin/sh", "-ec"]

FROM build${i} AS test${i}
ENV GOFLAGS=-mod=readonly
RUN go test ./... \\
    -run 'Test.*' \\
    -count=1
ENTRYPOINT ["/out/app${i}"]
CMD ["--help"]
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/x${i}.tar.gz /tmp/
COPY --from=build${i} --link /out/app${i} /usr/local/bin/
RUN echo \${VERSION} \${GOOS:-linux}
WORKDIR relative/dir
MAINTAINER nobody
`;
}

let text = 'ARG VARIANT=alpine\nARG PORT\n';
let n = 0;
while (text.split('\n').length < target) text += block(n++);
const lines = text.split('\n').length - 1;
const opts = { buildArgs: { VERSION: '9.9.9' }, targetPlatform: { os: 'linux', architecture: 'arm64' }, buildPlatform: { os: 'linux', architecture: 'amd64' } };

function time(fn) {
  const t = [];
  for (let r = 0; r < rounds; r++) {
    const s = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], min: t[0], max: t[t.length - 1] };
}

for (let w = 0; w < 3; w++) describeDockerfile(text, { file: 'Dockerfile', ...opts });
const parse = time(() => parseDockerfile(text, { file: 'Dockerfile' }));
const df = parseDockerfile(text, { file: 'Dockerfile' });
const plan = time(() => planStages(df, opts));
const full = time(() => {
  const p = planStages(df, opts);
  const scopes = new Map();
  for (const s of p.allStages) {
    const scope = new StageScope({ plan: p, stage: s, baseEnv: [], parentScope: s.base.kind === 'stage' ? scopes.get(s.base.stage) : undefined });
    scopes.set(s.index, scope);
    for (const i of s.ast.instructions) scope.expand(i);
  }
});
const describe = time(() => describeDockerfile(text, { file: 'Dockerfile', ...opts }));
const f = (x) => `${x.median.toFixed(1)} ms (min ${x.min.toFixed(1)}, max ${x.max.toFixed(1)})`;
console.log(`Dockerfile: ${lines} lines, ${df.instructions.length} instructions, ${df.stages.length} stages; ${rounds} rounds, median`);
console.log(`parseDockerfile            ${f(parse)}   goal < 100 ms: ${parse.median < 100 ? 'met' : 'NOT met'}`);
console.log(`planStages                 ${f(plan)}`);
console.log(`plan + expand all stages   ${f(full)}`);
console.log(`describeDockerfile (CLI)   ${f(describe)}`);
