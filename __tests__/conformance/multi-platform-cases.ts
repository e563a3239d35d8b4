import type { ContextSpec } from '../support/conformance.js';
import type { MultiPlatformCase } from '../support/multi-platform.js';

const f = (p: string, content = `${p}\n`, mode = 0o644): ContextSpec => ({ path: p, content, mode });

/**
 * The header of an aarch64 ELF executable (nothing after it): the kernel of this amd64 machine refuses to exec it
 * (ENOEXEC), as it would a real arm64 /bin/sh without QEMU.
 */
export function arm64ElfStub(): Buffer {
  const b = Buffer.alloc(64);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(b, 0); // ELF, 64-bit, little endian, version 1
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(183, 18); // EM_AARCH64
  b.writeUInt32LE(1, 20); // EV_CURRENT
  b.writeUInt16LE(64, 52); // e_ehsize
  return b;
}

/**
 * Multi-arch bases built with docker first (FROM scratch plus static files, per platform) and pushed as an index
 * to the harness's registry: `{{MBASE}}` (amd64, arm64, arm/v7) and `{{SHBASE}}` (amd64: the busybox base's files;
 * arm64: an aarch64 ELF as /bin/sh, which nothing here can run).
 */
export const multiArchBases: Record<string, { dockerfile: string; platforms: string[]; context: ContextSpec[] }> = {
  MBASE: {
    platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
    dockerfile: ['FROM scratch', 'ARG TARGETARCH TARGETVARIANT', 'COPY base-${TARGETARCH}.txt /etc/base-arch', 'COPY lib/ /usr/lib/base/', 'ENV BASE_ARCH=${TARGETARCH}${TARGETVARIANT} PATH=/usr/local/bin:/usr/bin', 'LABEL org.example.base=multi', 'WORKDIR /srv', 'CMD ["/usr/local/bin/app"]', ''].join('\n'),
    context: [f('base-amd64.txt'), f('base-arm64.txt'), f('base-arm.txt'), f('lib/libc.so', 'libc\n', 0o755)],
  },
  SHBASE: {
    platforms: ['linux/amd64', 'linux/arm64'],
    dockerfile: ['FROM --platform=$BUILDPLATFORM {{BASE}} AS bb', 'FROM scratch AS sh-amd64', 'COPY --from=bb / /', 'FROM scratch AS sh-arm64', 'COPY sh-arm64 /bin/sh', 'FROM sh-$TARGETARCH', ''].join('\n'),
    context: [{ path: 'sh-arm64', content: arm64ElfStub(), mode: 0o755 }],
  },
};

const tools: ContextSpec[] = [f('tool-amd64', '#amd64\n', 0o755), f('tool-arm64', '#arm64\n', 0o755), f('tool-arm', '#arm\n', 0o755), f('conf/amd64/app.conf'), f('conf/arm64/app.conf'), f('conf/arm/app.conf')];

const THREE = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'];

/** Cases that both builders must build to the same index and images. */
export const multiPlatformCases: MultiPlatformCase[] = [
  {
    // The cross-compilation shape: the build stage runs on the build platform and writes each target's output.
    name: 'buildplatform-cross-compile',
    platforms: THREE,
    dockerfile: [
      'FROM --platform=$BUILDPLATFORM {{BASE}} AS build',
      'ARG TARGETPLATFORM TARGETOS TARGETARCH TARGETVARIANT BUILDPLATFORM BUILDOS BUILDARCH',
      'WORKDIR /src',
      'COPY main.c .',
      'RUN mkdir -p /out/$TARGETARCH && printf "%s\\n" "target=$TARGETPLATFORM os=$TARGETOS arch=$TARGETARCH variant=$TARGETVARIANT" "build=$BUILDPLATFORM os=$BUILDOS arch=$BUILDARCH" > /out/$TARGETARCH/app && chmod 755 /out/$TARGETARCH/app',
      'FROM scratch',
      'ARG TARGETARCH',
      'COPY --from=build /out/${TARGETARCH}/ /',
      'ENTRYPOINT ["/app"]',
      '',
    ].join('\n'),
    context: [f('main.c', 'int main(){return 0;}\n')],
  },
  {
    // Each platform's manifest of a multi-arch base; TARGETARCH in COPY sources, ENV, LABEL and WORKDIR.
    name: 'multiarch-base-targetarch',
    platforms: THREE,
    dockerfile: [
      'FROM {{MBASE}}',
      'ARG TARGETARCH',
      'ARG TARGETVARIANT',
      'COPY tool-${TARGETARCH} /usr/local/bin/app',
      'COPY conf/$TARGETARCH/ /etc/app/',
      'ENV TOOL_ARCH=$TARGETARCH TOOL_VARIANT=${TARGETVARIANT:-none}',
      'LABEL org.example.arch=$TARGETARCH org.example.variant="$TARGETVARIANT"',
      'WORKDIR /var/lib/app-$TARGETARCH',
      '',
    ].join('\n'),
    context: tools,
  },
  {
    // Platform ARGs in global scope select the stage (arm/v7 by arch and variant); each stage only some platforms reach.
    name: 'global-args-stage-select',
    platforms: THREE,
    dockerfile: [
      'ARG FLAVOR_SUFFIX=-final',
      'FROM {{MBASE}} AS base-amd64',
      'ENV FLAVOR=x86_64',
      'COPY tool-amd64 /opt/only-amd64',
      'FROM {{MBASE}} AS base-arm64',
      'ENV FLAVOR=aarch64',
      'WORKDIR /opt/only-arm64',
      'FROM scratch AS base-armv7',
      'COPY tool-arm /opt/only-armv7',
      'ENV FLAVOR=armhf',
      'FROM base-${TARGETARCH}${TARGETVARIANT}',
      'ARG TARGETPLATFORM',
      'ARG FLAVOR_SUFFIX',
      'LABEL platform=$TARGETPLATFORM flavor=${FLAVOR}${FLAVOR_SUFFIX}',
      'COPY conf/ /etc/conf/',
      '',
    ].join('\n'),
    context: tools,
  },
  {
    // COPY --from an image by reference resolves that image for each target platform.
    name: 'copy-from-image-ref',
    platforms: THREE,
    dockerfile: ['FROM scratch', 'COPY --from={{MBASE}} /etc/base-arch /etc/from-image', 'COPY --from={{MBASE}} /usr/lib/base/ /usr/lib/', 'FROM --platform=linux/amd64 {{MBASE}} AS pinned', 'FROM scratch', 'COPY --from=0 /etc /etc', 'COPY --from=pinned /etc/base-arch /etc/pinned-arch', ''].join('\n'),
  },
  {
    // `linux/arm64/v8` and `linux/arm` as written on the command line: index entries, configs and TARGETVARIANT.
    name: 'platform-strings-arm64-v8-and-arm',
    platforms: ['linux/arm64/v8', 'linux/arm', 'linux/amd64'],
    dockerfile: ['FROM scratch', 'ARG TARGETPLATFORM TARGETARCH TARGETVARIANT', 'ENV P=$TARGETPLATFORM A=$TARGETARCH V=$TARGETVARIANT', 'COPY tool-$TARGETARCH /bin/tool', ''].join('\n'),
    context: tools,
  },
  {
    // The scratch-only case: no image pulled at all.
    name: 'scratch-only',
    platforms: THREE,
    dockerfile: ['FROM scratch', 'ARG TARGETOS TARGETARCH', 'COPY conf/${TARGETARCH}/app.conf /etc/app.conf', 'ENV OS=$TARGETOS', 'USER 1000:1000', 'EXPOSE 8080', 'CMD ["/app"]', ''].join('\n'),
    context: tools,
  },
  {
    // A final stage on the build platform: each target's image is amd64 busybox content labelled as the target.
    name: 'final-stage-on-buildplatform',
    platforms: ['linux/amd64', 'linux/arm64'],
    dockerfile: ['FROM --platform=$BUILDPLATFORM {{BASE}}', 'ARG TARGETARCH', 'COPY tool-$TARGETARCH /usr/local/bin/tool', 'ENV TARGET=$TARGETARCH', ''].join('\n'),
    context: tools,
  },
  {
    // One platform asked for: the image is a manifest (no index) whose config still names the target.
    name: 'one-explicit-platform-final-on-buildplatform',
    platforms: ['linux/arm64'],
    dockerfile: ['FROM --platform=$BUILDPLATFORM {{BASE}}', 'ARG TARGETARCH', 'COPY tool-$TARGETARCH /usr/local/bin/tool', ''].join('\n'),
    context: tools,
  },
];

/** A RUN on arm64 (no QEMU here): both builders fail; hoist must name the platform and the line. */
export const emulationCase: MultiPlatformCase = {
  name: 'run-needs-emulation',
  platforms: ['linux/amd64', 'linux/arm64'],
  dockerfile: ['FROM {{SHBASE}}', 'ARG TARGETARCH', 'RUN echo built for $TARGETARCH > /built', ''].join('\n'),
};
