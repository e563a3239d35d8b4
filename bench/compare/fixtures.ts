/**
 * The three fixtures of the comparison benchmark, written into a build context from fixed seeds (so every run
 * builds the same bytes), each with two one-file source edits (the warm build's and the branch build's):
 *   busybox-app   several RUN, a 2,000-file COPY, a 20 MB layer (busybox base);
 *   debian-app    a debootstrap base, `apt-get install python3 python3-pip`, `pip install` of the app's
 *                 dependencies (offline wheels in the context), the app's sources, byte-compiled;
 *   multi-stage   a gcc build stage (apt-get install gcc, make of 60 C files) whose static binary is copied
 *                 into a small busybox stage.
 * Base images are passed in (pushed to the benchmark's registry); the Dockerfiles name them literally.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FixtureInfo } from './types.js';
import { makeWheel, wheelFileName, type ZipFile } from './wheel.js';

/** References of the base images in the benchmark's registry. */
export interface BaseRefs {
  busybox: string;
  debian: string;
}

/** A fixture: its description, which bases it needs, how to write its context and how to edit a source file. */
export interface Fixture extends FixtureInfo {
  bases: ReadonlyArray<keyof BaseRefs>;
  /** Writes the context (Dockerfile included) into `dir` (created if missing). */
  write(dir: string, bases: BaseRefs): Promise<void>;
  /** Changes one source file: edit 1 is the warm build's change, edit 2 the branch build's (another file). */
  edit(dir: string, n: 1 | 2): Promise<void>;
}

/** Deterministic pseudo-random bytes (AES-128-CTR keystream of a seed): incompressible, like real binaries. */
export function seededBytes(seed: string, size: number): Buffer {
  const key = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-128-ctr', key.subarray(0, 16), key.subarray(16, 32));
  return Buffer.concat([cipher.update(Buffer.alloc(size)), cipher.final()]);
}

/** Deterministic text of about `size` characters: identifiers and numbers (compresses like source code). */
export function seededText(seed: string, size: number, line: (i: number, word: string) => string): string {
  const bytes = seededBytes(seed, Math.ceil(size / 8) + 16);
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const word = `w${bytes.readUInt32LE((i * 4) % (bytes.length - 4)).toString(36)}`;
    const l = line(i, word);
    out.push(l);
    len += l.length + 1;
  }
  return `${out.join('\n')}\n`;
}

async function put(dir: string, rel: string, data: string | Buffer): Promise<void> {
  const file = path.join(dir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, data);
}

/** busybox base; several RUN, a 20 MB layer, a dependency step, COPY of a 2,000-file tree, a build step. */
export const busyboxApp: Fixture = {
  id: 'busybox-app',
  label: 'busybox app',
  description: 'busybox base; 4 RUN steps (one writes a 20 MB layer, one a 2 MB dependency step), COPY of a 2,000-file source tree (2.2 MB), USER, CMD',
  bases: ['busybox'],
  async write(dir, bases) {
    await put(dir, 'package.json', '{\n  "name": "bench-app",\n  "version": "1.0.0",\n  "dependencies": { "left": "1.0.0" }\n}\n');
    for (let d = 0; d < 20; d++) {
      for (let f = 0; f < 100; f++) {
        const text = seededText(`busybox-app/${d}/${f}`, 1100, (i, w) => `export const ${w}_${i} = ${i * 7 + d};`);
        await put(dir, `src/pkg${String(d).padStart(2, '0')}/file${String(f).padStart(3, '0')}.js`, text);
      }
    }
    await put(dir, 'Dockerfile', [
      `FROM ${bases.busybox}`,
      'RUN mkdir -p /app /data && chown 1000:1000 /data',
      'RUN head -c 20971520 /dev/urandom > /data/assets.bin',
      'WORKDIR /app',
      'COPY package.json ./',
      'RUN mkdir -p node_modules/left && head -c 2097152 /dev/urandom > node_modules/left/index.bin && cp package.json node_modules/.installed',
      'COPY src ./src',
      'RUN find src -type f | wc -l > build-count.txt && cat src/*/*.js | md5sum > build-sum.txt && test -s /data/assets.bin',
      'USER 1000',
      'EXPOSE 8080',
      'CMD ["sh", "-c", "cat /app/build-count.txt"]',
      '',
    ].join('\n'));
  },
  async edit(dir, n) {
    await appendFile(path.join(dir, n === 1 ? 'src/pkg00/file000.js' : 'src/pkg07/file042.js'), `export const edited${n} = ${n};\n`);
  },
};

const PY_DEPS = ['benchdep-http', 'benchdep-json', 'benchdep-orm', 'benchdep-cli', 'benchdep-log', 'benchdep-data'];

function pyModule(seed: string, size: number): Buffer {
  return Buffer.from(seededText(seed, size, (i, w) => (i % 12 === 0 ? `\ndef ${w}_${i}(x):\n    return x * ${i} + len("${w}")` : `    # ${w} ${i}`)));
}

/** Debian (debootstrap) base; apt-get install of python3 and pip; pip install of wheels; sources. */
export const debianApp: Fixture = {
  id: 'debian-app',
  label: 'Debian app',
  description: 'debootstrap bookworm base (52 MB); `apt-get install python3 python3-pip`; `pip install -r requirements.txt` of 6 wheels (3 MB of modules + an 8 MB data file); COPY of 200 source files; `python3 -m compileall`',
  bases: ['debian'],
  async write(dir, bases) {
    await put(dir, 'requirements.txt', PY_DEPS.map((d) => `${d}==1.0`).join('\n') + '\n');
    for (const dep of PY_DEPS) {
      const pkg = dep.replace('-', '_');
      const files: ZipFile[] = [{ name: `${pkg}/__init__.py`, data: Buffer.from(`VERSION = "1.0"\n`) }];
      for (let m = 0; m < 120; m++) files.push({ name: `${pkg}/mod_${String(m).padStart(3, '0')}.py`, data: pyModule(`${dep}/${m}`, 4000) });
      if (dep === 'benchdep-data') files.push({ name: `${pkg}/model.bin`, data: seededBytes(`${dep}/model`, 8 * 1024 * 1024) });
      await put(dir, `wheels/${wheelFileName({ name: dep, version: '1.0' })}`, makeWheel({ name: dep, version: '1.0', files }));
    }
    await put(dir, 'src/app/__init__.py', '');
    await put(dir, 'src/app/__main__.py', `import sys\n${PY_DEPS.map((d) => `import ${d.replace('-', '_')}`).join('\n')}\nfrom app import mod_000\nif "--check" in sys.argv:\n    print("ok", mod_000.__name__)\n`);
    for (let m = 0; m < 200; m++) await put(dir, `src/app/mod_${String(m).padStart(3, '0')}.py`, pyModule(`debian-app/src/${m}`, 3000));
    await put(dir, 'Dockerfile', [
      `FROM ${bases.debian}`,
      'ENV DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1',
      'RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*',
      'WORKDIR /app',
      'COPY requirements.txt ./',
      'COPY wheels/ ./wheels/',
      'RUN pip install --break-system-packages --no-index --find-links ./wheels -r requirements.txt',
      'COPY src/ ./src/',
      'RUN python3 -m compileall -q src && cd src && python3 -m app --check',
      'ENV PYTHONPATH=/app/src',
      'CMD ["python3", "-m", "app"]',
      '',
    ].join('\n'));
  },
  async edit(dir, n) {
    await appendFile(path.join(dir, n === 1 ? 'src/app/mod_000.py' : 'src/app/mod_123.py'), `\nEDITED_${n} = ${n}\n`);
  },
};

function cModule(m: number): string {
  const body = seededText(`multi-stage/${m}`, 2500, (i, w) => `  acc = acc * 31u + ${i}u; if ((acc & 7u) == ${i % 8}u) acc ^= 0x${createHash('sha1').update(w).digest('hex').slice(0, 6)}u; /* ${w} */`);
  return `#include "app.h"\nunsigned mod_${m}(unsigned acc) {\n${body}  return acc;\n}\n`;
}

/** A gcc build stage whose static binary is copied into a small busybox final stage. */
export const multiStage: Fixture = {
  id: 'multi-stage',
  label: 'multi-stage',
  description: 'build stage: debootstrap base, `apt-get install gcc libc6-dev make`, COPY of a Makefile and 61 C files, `make -j2` of a static binary; final stage: busybox base, `COPY --from=build` of the binary, USER, CMD',
  bases: ['debian', 'busybox'],
  async write(dir, bases) {
    const N = 60;
    await put(dir, 'src/app.h', Array.from({ length: N }, (_, m) => `unsigned mod_${m}(unsigned acc);`).join('\n') + '\n');
    for (let m = 0; m < N; m++) await put(dir, `src/mod_${String(m).padStart(2, '0')}.c`, cModule(m));
    await put(dir, 'src/main.c', `#include <stdio.h>\n#include <string.h>\n#include "app.h"\nint main(int argc, char **argv) {\n  unsigned acc = 1;\n${Array.from({ length: N }, (_, m) => `  acc = mod_${m}(acc);`).join('\n')}\n  printf("%s %u\\n", argc > 1 && strcmp(argv[1], "--self-test") == 0 ? "ok" : "app", acc);\n  return 0;\n}\n`);
    await put(dir, 'Makefile', 'CFLAGS ?= -O2\nSRCS := $(wildcard src/*.c)\nOBJS := $(SRCS:.c=.o)\napp: $(OBJS)\n\t$(CC) -static -o $@ $(OBJS)\n%.o: %.c src/app.h\n\t$(CC) $(CFLAGS) -c -o $@ $<\n');
    await put(dir, 'Dockerfile', [
      `FROM ${bases.debian} AS build`,
      'ENV DEBIAN_FRONTEND=noninteractive',
      'RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make && rm -rf /var/lib/apt/lists/*',
      'WORKDIR /build',
      'COPY Makefile ./',
      'COPY src/ ./src/',
      'RUN make -j2 app && strip app && ./app --self-test',
      '',
      `FROM ${bases.busybox}`,
      'COPY --from=build /build/app /usr/local/bin/app',
      'USER 1000',
      'CMD ["/usr/local/bin/app"]',
      '',
    ].join('\n'));
  },
  async edit(dir, n) {
    await appendFile(path.join(dir, n === 1 ? 'src/mod_00.c' : 'src/mod_37.c'), `int edited_${n} = ${n};\n`);
  },
};

/** Every fixture, in report order. */
export const FIXTURES: readonly Fixture[] = [busyboxApp, debianApp, multiStage];
