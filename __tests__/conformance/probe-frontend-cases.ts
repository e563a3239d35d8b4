import type { ConformanceCase, ContextSpec } from '../support/conformance.js';

const T = 1_600_000_000;
const f = (p: string, content = `${p}\n`, extra: Partial<ContextSpec> = {}): ContextSpec => ({ path: p, content, mtime: T, ...extra });

/** Front-end probes: ARG/ENV scoping, substitution, config instructions and history strings, against docker build. */
export const probeFrontendCases: ConformanceCase[] = [
  {
    name: 'env-self-reference-same-line',
    dockerfile: [
      'FROM {{BASE}}',
      'ENV PATH=/opt/bin:$PATH',
      'ENV A=1',
      'ENV A=2 B=$A C=${A}x',
      'ENV D="$A" E=\'$A\' F=\\$A G=a\\ b H="q\\"uote" I=x\\\\y',
      'ENV J=1 J=2 K=',
      'ENV L lots of  words here',
      'ENV M="multi \\',
      '  line"',
      '',
    ].join('\n'),
  },
  {
    name: 'label-legacy-and-operators',
    dockerfile: [
      'FROM {{BASE}}',
      'ARG V=1.2.3-beta',
      'ARG E=',
      'LABEL maintainer Some Name <x@y>',
      'LABEL "com.example.vendor"="ACME Incorporated"',
      'LABEL a=${V%%-*} b=${V#*.} c=${V##*.} d=${V%.*} e=${V/./_} f=${V//./_}',
      'LABEL g=${E:-def} h=${E-def} i=${E:+alt} j=${E+alt} k=${U:+alt} l=${U+alt} m=${U-unset} n=\'$V\' o=\\$V',
      'LABEL description="This text illustrates \\',
      'that label-values can span multiple lines." empty="" empty2=',
      '',
    ].join('\n'),
  },
  {
    name: 'expose-variables-and-forms',
    dockerfile: [
      'FROM {{BASE}}',
      'ARG PORT=8080',
      'ENV P2=9090/udp',
      'EXPOSE $PORT ${P2} 7000-7002/tcp 53/UDP 80/tcp 80',
      'EXPOSE 5000/sctp',
      '',
    ].join('\n'),
  },
  {
    name: 'volume-user-workdir-stopsignal-vars',
    dockerfile: [
      'FROM {{BASE}}',
      'ARG DATA=/var/lib/data',
      'ARG UID=1000 GID=1000',
      'ENV SIG=SIGQUIT APPDIR=/srv/app',
      'VOLUME ["$DATA", "${DATA}/logs"]',
      'VOLUME $DATA/cache /tmp/x',
      'USER ${UID}:${GID}',
      'WORKDIR $APPDIR/',
      'WORKDIR ../other/./sub/',
      'STOPSIGNAL $SIG',
      '',
    ].join('\n'),
  },
  {
    name: 'shell-changes-cmd-entrypoint-child',
    dockerfile: [
      'FROM {{BASE}} AS base',
      'SHELL ["/bin/sh", "-ec"]',
      'ENTRYPOINT exec echo "$HOME"',
      'STOPSIGNAL 9',
      'HEALTHCHECK --interval=5s --start-interval=2s --start-period=1m CMD ["true"]',
      'FROM base AS child',
      'SHELL ["/bin/sh", "-xc"]',
      'CMD echo child',
      'FROM child',
      'ENTRYPOINT ["/bin/echo"]',
      '',
    ].join('\n'),
  },
  {
    name: 'empty-cmd-entrypoint',
    dockerfile: 'FROM {{BASE}}\nENTRYPOINT []\nCMD []\n',
  },
  {
    name: 'arg-history-forms',
    dockerfile: [
      'ARG GLOBAL=g',
      'FROM {{BASE}}',
      'ARG GLOBAL',
      'ARG A="hello world" B=\'single $x\' C',
      'ARG D=$A',
      'ARG TARGETARCH TARGETPLATFORM',
      'RUN echo "$A $D"',
      '',
    ].join('\n'),
    buildArgs: { C: 'from-cli', A: 'override' },
  },
  {
    name: 'maintainer-and-run-forms-history',
    dockerfile: [
      'FROM {{BASE}}',
      'MAINTAINER Jane Doe "jane@example.com"',
      'SHELL ["/bin/sh", "-o", "pipefail", "-c"]',
      'RUN echo a | cat > /a',
      'RUN ["/bin/sh", "-c", "echo \\"quoted\\" > /b"]',
      'RUN echo "multi" \\',
      '  && echo line > /c',
      '',
    ].join('\n'),
  },
  {
    // The harness builds hoist with `legacyFrontend` (Engine 26's strings); today's are in __tests__/build/builder.test.ts.
    name: 'arg-history-overrides-imports-children-repeats',
    dockerfile: [
      'ARG GLOBAL=g',
      'ARG TARGETOS',
      'FROM {{BASE}} AS parent',
      'ARG GLOBAL',
      'ARG OVERRIDDEN=default NODEF',
      'ARG TARGETARCH',
      'RUN echo "$GLOBAL $OVERRIDDEN $TARGETARCH" > /p',
      'FROM parent AS child',
      'RUN echo "$GLOBAL" > /c',
      'ARG OWN=1',
      'ARG OVERRIDDEN',
      'ARG OWN=2',
      'RUN echo "$OWN $OVERRIDDEN" > /c2',
      '',
    ].join('\n'),
    buildArgs: { OVERRIDDEN: 'cli', NODEF: 'given' },
  },
  {
    name: 'healthcheck-history-forms',
    dockerfile: [
      'FROM {{BASE}} AS base',
      'HEALTHCHECK --interval=1m30s --timeout=10s --start-period=5s --start-interval=1s --retries=4 \\',
      '  CMD wget -q --spider "http://localhost:8080/health" || exit 1',
      'FROM base',
      'HEALTHCHECK CMD ["/bin/true", "a b"]',
      'HEALTHCHECK --interval=500ms NONE',
      '',
    ].join('\n'),
  },
  {
    name: 'continuations-comments-whitespace-history',
    dockerfile: [
      'FROM {{BASE}}',
      'RUN echo a \\',
      '# a comment inside the continuation',
      '    && echo b \\',
      '   ',
      '    && echo "c  d" > /out',
      'RUN\techo tabbed > /tab',
      'run echo "quoted \\',
      'newline" > /q',
      'ENV   SPACED    value   with   spaces  ',
      'LABEL legacy.key   a value   here',
      'MAINTAINER   Jane   Doe  ',
      'ENV K1="a b"   K2=c\\ d',
      'ENV K3=x=y=z',
      'LABEL "quoted key"="v" \'single\'=\'s v\' unquoted=a\\"b',
      'STOPSIGNAL 15',
      'USER  1000:1000  ',
      'WORKDIR  /srv/app  ',
      'RUN echo done \\',
      '',
    ].join('\n'),
  },
  {
    name: 'onbuild-with-args-from-stage',
    dockerfile: [
      'ARG BASE={{BASE}}',
      'FROM ${BASE} AS tmpl',
      'ARG GREETING=hello',
      'ONBUILD ARG WHO=world',
      'ONBUILD ENV MSG="${GREETING:-none} ${WHO}"',
      'ONBUILD LABEL who=$WHO',
      'ONBUILD RUN echo "$MSG" > /onbuild-msg',
      'LABEL stage=tmpl',
      'FROM tmpl',
      'ARG WHO=override',
      'RUN echo "$WHO $GREETING" > /after',
      '',
    ].join('\n'),
  },
  {
    name: 'base-author-inherited-and-classic-fields',
    prebuild: { PARENT: 'FROM {{LEGACY}}\nMAINTAINER Parent Author <p@example.com>\nHEALTHCHECK --interval=10s CMD true\nSTOPSIGNAL SIGINT\nSHELL ["/bin/sh", "-xc"]\nONBUILD LABEL onbuild=yes\nEXPOSE 9000\nVOLUME /pdata\n' },
    dockerfile: 'FROM {{PARENT}}\nLABEL child=1\nCMD echo child\n',
  },
  {
    name: 'legacy-base-entrypoint-cmd-reset',
    dockerfile: 'FROM {{LEGACY}} AS a\nENTRYPOINT ["/bin/echo"]\nFROM a\nENV X=1\n',
  },
  {
    name: 'source-date-epoch-build-arg',
    dockerfile: 'FROM {{BASE}}\nARG SOURCE_DATE_EPOCH\nENV A=1\nWORKDIR /app\nCOPY a.txt .\nRUN echo "$SOURCE_DATE_EPOCH" > /sde\n',
    context: [f('a.txt')],
    buildArgs: { SOURCE_DATE_EPOCH: '1600000000' },
  },
  {
    name: 'unused-stages-unreachable-bases-pruned',
    dockerfile: [
      'FROM 127.0.0.1:1/nothing/here:1 AS unused-remote',
      'RUN exit 1',
      'FROM unused-remote AS unused-child',
      'COPY --from=127.0.0.1:1/also/missing:1 /x /y',
      'FROM {{BASE}} AS used',
      'LABEL ok=1',
      'FROM used',
      '',
    ].join('\n'),
  },
];

/** A Dockerfile both builders must reject, with the same message on the same line. */
export interface ErrorCase {
  name: string;
  dockerfile: string;
  target?: string;
  /** The part of BuildKit's message hoist's must contain, when hoist words the rest its own way (with the reason). */
  expect?: { message: string; reason: string };
}

/**
 * Bad input: BuildKit's message (without its `dockerfile parse error on line N:` prefix) must be in hoist's, which
 * must name the line docker build shows (its `Dockerfile:N` excerpt, or the parse error's line).
 */
export const probeFrontendErrors: ErrorCase[] = [
  { name: 'unknown-instruction', dockerfile: 'FROM {{BASE}}\nRUN true\nFOO bar\n' },
  { name: 'from-without-image', dockerfile: 'FROM {{BASE}}\nFROM\n' },
  { name: 'invalid-stage-name', dockerfile: 'FROM {{BASE}} AS 1bad\n' },
  { name: 'circular-stage-reference', dockerfile: 'FROM {{BASE}} AS a\nCOPY --from=b /x /y\nFROM {{BASE}} AS b\nCOPY --from=a /x /y\n' },
  { name: 'bad-substitution', dockerfile: 'FROM {{BASE}}\nENV A=1\nENV B=${A\n' },
  { name: 'stopsignal-invalid', dockerfile: 'FROM {{BASE}}\nARG SIG=SIGFOO\nSTOPSIGNAL $SIG\n' },
  { name: 'expose-invalid', dockerfile: 'FROM {{BASE}}\nEXPOSE 80\nEXPOSE 8o\n' },
  { name: 'healthcheck-short-interval', dockerfile: 'FROM {{BASE}}\nHEALTHCHECK --interval=1ns CMD true\n' },
  { name: 'onbuild-from', dockerfile: 'FROM {{BASE}}\nONBUILD FROM {{BASE}}\n' },
  { name: 'unterminated-heredoc', dockerfile: 'FROM {{BASE}}\nRUN <<EOF\necho never ends\n' },
  { name: 'instruction-before-from', dockerfile: 'ARG A=1\nRUN true\nFROM {{BASE}}\n' },
  { name: 'target-not-found', dockerfile: 'FROM {{BASE}} AS builder\nFROM {{BASE}}\n', target: 'nope' },
  {
    name: 'unused-stage-invalid-reference',
    dockerfile: 'FROM {{BASE}} AS used\nFROM Bad:Ref AS unused\nFROM used\n',
  },
  { name: 'unused-stage-blank-base', dockerfile: 'FROM {{BASE}} AS used\nFROM ${NOPE} AS unused\nFROM used\n' },
];

