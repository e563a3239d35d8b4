import { randomUUID } from 'node:crypto';
import type { ImageConfig } from '../../src/oci/types.js';
import { RegistryClient } from '../../src/registry/client.js';
import { busyboxEntries, pushSpecImage } from '../support/base-images.js';
import type { ConformanceCase, ContextSpec } from '../support/conformance.js';
import type { ErrorCase } from './probe-frontend-cases.js';

const T = 1_600_000_000;
const f = (p: string, content = `${p}\n`, extra: Partial<ContextSpec> = {}): ContextSpec => ({ path: p, content, mtime: T, ...extra });

/**
 * Second front-end probe: JSON-form details, quoting in single-argument instructions, expansion in keys and flags,
 * parser directives, continuation and heredoc corners, ONBUILD texts, what is not expanded. Inputs that make the
 * reference engine's dockerd panic are left out: a Dockerfile of global ARGs only (no stage), and malformed `${...}`
 * modifiers such as `${v!}` or `${#v}` (Engine 26's lexer indexes an empty word; the lexer vectors cover them).
 */
export const probeFrontend2Cases: ConformanceCase[] = [
  {
    // Go's json.Decoder reads the first JSON value and ignores what follows it: `CMD ["a"] text` is the exec form.
    name: 'json-form-trailing-text-and-escapes',
    dockerfile: [
      'FROM {{BASE}}',
      'SHELL ["/bin/sh", "-c"] # not a comment',
      'RUN ["/bin/sh", "-c", "echo json > /j"] ignored',
      'COPY ["a.txt", "/copied/"] ignored too',
      'VOLUME ["/v1"] ["/v2"]',
      'CMD ["\\u0041\\t\\"q\\"\\/", "caf\\u00e9", "\\ud83d\\ude00", ""] trailing words',
      'ENTRYPOINT\t[ "sh" ,"-c" ,\t"echo" ]]',
      'HEALTHCHECK CMD ["/bin/true"] x',
      '',
    ].join('\n'),
    context: [f('a.txt')],
  },
  {
    name: 'quotes-in-single-argument-instructions',
    dockerfile: [
      'FROM {{BASE}}',
      'ARG D="/srv/my app"',
      'WORKDIR "/srv/quoted dir"',
      "WORKDIR '$D'/sub",
      'WORKDIR "$D"/sub2',
      'USER "1000":\'1000\'',
      'STOPSIGNAL "SIGTERM"',
      'EXPOSE "80" \'81/udp\' 8""2',
      'LABEL \'a b\'="x" "c"=d e\\ f=g "$D"=\'$D\'',
      'ENV "QK"=v \'Q2\'="$QK" QK2="${QK}"',
      'ENV QK3=$QK',
      'VOLUME "/vol" \'/vol2\' "$D"',
      '',
    ].join('\n'),
  },
  {
    name: 'expansion-in-keys-and-flags',
    dockerfile: [
      'ARG K=key',
      'FROM {{BASE}}',
      'ARG K',
      'ARG N=name',
      'ARG $N=dynamic',
      'ENV ${K}_1=a $K=b ${N}_env=$name',
      'LABEL $K=v "${K}.x"=w ${NOPE:-fallback}=z',
      'ARG U=1234 G=5678 M=0751 DEST=/dst',
      // --chmod is left as written: Engine 26 neither expands it nor checks it (a bad mode is ignored); today's
      // BuildKit (v0.16 on) expands it, as hoist does.
      'COPY --chown=$U:$G a.txt ${DEST}/',
      'COPY --chown=${U}:${NOPE:-42} a.txt $DEST/b.txt',
      'RUN --mount=type=bind,source=a.txt,target=/mnt/$N cat /mnt/$N > /mounted',
      'ENV OUT="${U:+set}-${NOPE:-dflt}-${U:-x}-${NOPE+y}-${U+y}-${EMPTY-unset}"',
      'ARG EMPTY=',
      'ENV OUT2="${EMPTY:-colon}-${EMPTY-plain}-${EMPTY:+colon}-${EMPTY+plain}" OUT3=${U:-${NOPE:-${G}}}',
      'LABEL nested="${NOPE:-${U:+in quotes}}" dollar=$$ lone=$ esc=\\$U brace=\\${U} mixed=a$U-b${U}c',
      '',
    ].join('\n'),
    context: [f('a.txt')],
  },
  {
    // Empty values and quotes: `ENV b ""` (legacy form) is b= after expansion.
    name: 'empty-values-and-legacy-forms',
    dockerfile: [
      'FROM {{BASE}}',
      'ENV a=',
      'ENV b ""',
      "ENV c ''",
      'ENV d="" e=\'\'',
      'LABEL g "" h=',
      'ARG i="" j',
      'ENV k="$i" l=${j:-unset}',
      'ENV m \\"quoted\\" \'kept\'',
      'ENV n  value   with "quotes" and $i spaces ',
      'LABEL o  \'single quoted\' tail',
      '',
    ].join('\n'),
  },
  {
    name: 'not-expanded-instructions',
    dockerfile: [
      'FROM {{BASE}} AS base',
      'ENV X=value SH=sh',
      'ONBUILD RUN echo $X ${X:-d} > /ob',
      'ONBUILD  LABEL   from-onbuild=$X',
      'onbuild env A=1 \\',
      '   B=2',
      'ONBUILD COPY --chown=1:1 a.txt /x',
      'ONBUILD CMD ["a"] trailing',
      'ONBUILD HEALTHCHECK --interval=5s CMD true',
      // BuildKit checks only an ONBUILD trigger's keyword where it is defined: the rest fails where it runs.
      'ONBUILD COPY --foo a.txt /b',
      'ONBUILD FOO bar',
      'ONBUILD COPY a.txt',
      'ONBUILD RUN --mount=type=foo true',
      'ONBUILD HEALTHCHECK --retries=x CMD true',
      'ONBUILD EXPOSE 99999',
      'ONBUILD ENV',
      'MAINTAINER $X <${X}@example.com>',
      'HEALTHCHECK CMD echo $X',
      'CMD echo $X',
      'ENTRYPOINT ["$X", "${X}"]',
      'SHELL ["/bin/$SH", "-c"]',
      '',
    ].join('\n'),
    context: [f('a.txt')],
  },
  {
    name: 'config-edge-values',
    dockerfile: [
      'FROM {{BASE}} AS a',
      'STOPSIGNAL sigkill',
      'CMD',
      'ENTRYPOINT',
      'HEALTHCHECK --interval=0s --timeout=0 --start-period=0ms --start-interval=0h --retries=0 CMD true',
      'FROM a AS b',
      'STOPSIGNAL kill',
      'STOPSIGNAL RTMIN+3',
      'STOPSIGNAL SIGRTMAX-1',
      'ONBUILD RUN <<EOF',
      'echo hi',
      'EOF',
      'ONBUILD COPY <<-A <<B /x/',
      '\tone',
      '\tA',
      'two',
      'B',
      'FROM b',
      'STOPSIGNAL -1',
      '',
    ].join('\n'),
  },
  {
    // Flag words: quotes in values removed, booleans in any case, `--` ends the flags (what follows is a source).
    name: 'flag-word-forms',
    dockerfile: [
      'FROM {{BASE}}',
      'COPY --chown="1:2" --link=TRUE a.txt /f1',
      'COPY --link=False -- a.txt /f2',
      'COPY -- --chown=1 /f3/',
      'HEALTHCHECK --retries=2 cmd echo lower',
      '',
    ].join('\n'),
    context: [f('a.txt'), f('--chown=1')],
  },
  {
    name: 'user-workdir-odd-values',
    dockerfile: [
      'FROM {{BASE}} AS a',
      'USER a b',
      'WORKDIR /x',
      'WORKDIR ""',
      'STOPSIGNAL 99999',
      'FROM {{BASE}} AS b',
      'ARG E',
      'USER ""',
      'WORKDIR $E',
      'EXPOSE 0 1-3 65535/tcp',
      'FROM a',
      'USER "$E"',
      '',
    ].join('\n'),
  },
  {
    name: 'directive-uppercase-spaced',
    dockerfile: '#ESCAPE = `\nFROM {{BASE}}\nENV A=C:\\x `\n  B=2\nRUN echo "$A" > /a && `\n  echo ok\n',
  },
  {
    name: 'directive-after-comment-ignored',
    dockerfile: '# hello\n# escape=`\nFROM {{BASE}}\nENV A=C:\\x`b B=one\\\n  C=two\n',
  },
  {
    name: 'directive-unknown-then-escape-ignored',
    dockerfile: '# foo=bar\n# escape=`\nFROM {{BASE}}\nENV A=C:\\x`b\n',
  },
  {
    name: 'directive-escape-backslash-then-unknown',
    dockerfile: '#escape=\\\n# foo=bar\n#\n# escape=`\nFROM {{BASE}}\nENV A=x\\ y\n',
  },
  {
    name: 'backtick-escape-corners',
    dockerfile: [
      '# escape=`',
      'FROM {{BASE}}',
      'ENV WIN=C:\\Temp\\ `',
      '    Q="a`"b" R=c` d S=``x',
      'LABEL l="tab`tx" m=`$WIN n=\'C:\\\'',
      'RUN echo "$WIN|$Q|$R|$S" > /out && `',
      '    echo \\ > /back',
      'COPY a.txt `',
      '',
      '  /d/',
      '',
    ].join('\n'),
    context: [f('a.txt')],
  },
  {
    // Heredoc words and COPY heredoc bodies are read with `\` as the escape whatever the escape directive says.
    name: 'backtick-escape-heredocs',
    dockerfile: [
      '# escape=`',
      'FROM {{BASE}}',
      'ENV V=val',
      'RUN cat <<"EOF" > /bt && `',
      '  echo more >> /bt',
      'C:\\path\\$V `literal',
      'EOF',
      'COPY <<EOF /bt2',
      '$V `$V \\$V \\\\$V "$V" `',
      'EOF',
      '',
    ].join('\n'),
  },
  {
    name: 'continuation-corners',
    dockerfile: [
      'FROM {{BASE}}',
      'ENV A=x\\\\',
      'ENV B=one \\',
      '\\',
      '  C=two \\\t ',
      '  # comment with a trailing escape \\',
      '',
      '  D=three',
      'LABEL l=1 \\',
      '     \t',
      '   # indented comment',
      '  m=2',
      'RUN echo "$A|$B|$C|$D" > /out \\',
      '  && echo "#not a comment" >> /out',
      'RUN echo "a \\\\" > /bs',
      '',
    ].join('\n'),
  },
  {
    name: 'heredoc-corners',
    dockerfile: [
      'FROM {{BASE}}',
      'ARG V=val',
      'COPY <<-"EOF" /q1',
      '\t$V not expanded',
      '\t\tEOF',
      'COPY <<E"O"F /q2',
      '$V partially quoted',
      'EOF',
      'COPY <<EOF /q3',
      ' "$V" \'$V\' \\$V \\\\ ${V:-x} ${V#v} $NOPE',
      '# a comment line in a body',
      '\tEOF',
      'EOF ',
      'EOF',
      'COPY <<EOF /q4',
      'EOF',
      'RUN <<EOF',
      'EOF',
      'RUN cat <<X > /q5 && cat <<-Y > /q6 && echo after > /q7',
      '  $V x',
      'X',
      '\t\t$V y',
      '\tY',
      'COPY --chmod=0755 <<script.sh <<"other" /bin/',
      '#!/bin/sh',
      'echo $V',
      'script.sh',
      '${V}',
      'other',
      'RUN /bin/script.sh > /q8',
      '',
    ].join('\n'),
  },
  {
    name: 'heredoc-run-interpreters-and-fds',
    dockerfile: [
      'FROM {{BASE}}',
      'ENV V=env',
      'RUN <<EOF',
      '#!/bin/sh -e',
      'echo "$0 $V" > /shebang',
      'EOF',
      'RUN sh -s <<EOF -- a1',
      'echo "$1 $V" > /stdin-args',
      'EOF',
      'RUN 3<<EOF cat <&3 > /fd3',
      'three $V',
      'EOF',
      'RUN <<-EOF',
      '\techo tabbed > /chomped',
      '\tEOF',
      'RUN <<EOF sh > /redirect',
      'echo redirected',
      'EOF',
      '',
    ].join('\n'),
  },
  {
    name: 'from-forms-and-stage-names',
    dockerfile: [
      'ARG IMG={{BASE}}',
      'ARG TAG',
      'FROM --platform=$BUILDPLATFORM ${IMG} As First',
      'RUN echo first > /first',
      'FROM ${IMG}${TAG:+:$TAG} aS second',
      'COPY --from=FIRST /first /from-first',
      'COPY --from=0 /first /from-zero',
      'FROM scratch AS scratch-stage',
      'COPY --from=second /from-first /',
      // Duplicate stage names: a later use gets the last one defined.
      'FROM {{BASE}} AS dup',
      'RUN echo one > /dup',
      'FROM {{BASE}} AS dup',
      'RUN echo two > /dup',
      'FROM second',
      'COPY --from=scratch-stage /from-first /from-scratch-stage',
      'COPY --from=dup /dup /got',
      '',
    ].join('\n'),
  },
  {
    // `FROM --platform` on scratch: the image's platform stays the build's target, whatever the spelling.
    name: 'from-scratch-odd-platforms',
    dockerfile: [
      'FROM --platform=LINUX/ARM/V7 scratch AS a',
      'COPY a.txt /a',
      'FROM --platform=linux scratch AS b',
      'COPY --from=a /a /b',
      'FROM --platform=linux/x86_64 scratch',
      'COPY --from=b /b /c',
      'ENV A=1',
      '',
    ].join('\n'),
    context: [f('a.txt')],
  },
  {
    name: 'unicode-names-and-values',
    dockerfile: [
      'FROM {{BASE}}',
      'ENV Ü=umlaut X=$Ü Y=${Ü}',
      'LABEL "clé"="valeur ✓" emoji=😀',
      // Go's unicode.IsSpace separates ENV/LABEL pairs: a no-break space and an em space.
      'LABEL a=1\u00a0b=2',
      'ENV Z=1\u2003W=2',
      'ARG ñ=n',
      'RUN echo "$ñ $Ü" > /u',
      // An empty --from is the build context.
      'COPY --from= a.txt /b',
      '',
    ].join('\n'),
    context: [f('a.txt')],
  },
  {
    name: 'heredoc-crlf-and-continued-line',
    dockerfile: [
      'FROM {{BASE}}',
      'ARG V=v',
      'COPY <<EOF \\',
      '  /crlf.txt',
      'line one $V',
      'line two',
      'EOF',
      'RUN cat <<EOF > /run-crlf \\',
      '  && echo done >> /run-crlf',
      'body',
      'EOF',
      '',
    ].join('\r\n'),
  },
  // Engine 26's frontend ignores a global ARG's expansion error and leaves the value empty (testGlobalArgErrors is
  // today's BuildKit, which fails).
  { name: 'global-arg-expansion-error-engine26', dockerfile: 'ARG FOO=${FOO:?"custom error"}\nARG BAR=x${FOO}y\nARG A=${B:?need B}\nFROM {{BASE}}\nARG FOO\nARG BAR\nARG A\nRUN echo "[$FOO][$BAR][$A]" > /o\n' },
  // Bases whose history does not name each layer once (images from tools that write none): BuildKit's exporter
  // appends an entry per missing layer, described as its cache records describe the last layers (`mount / from exec`,
  // the step's progress name, `pulled from REF@DIGEST`), or makes the extra entries empty from the bottom.
  { name: 'base-without-history-run-copy', prepare: craftedBase('NOHIST', (c) => delete c.history), context: [file('a.txt', 'a\n')], dockerfile: 'FROM {{NOHIST}}\nRUN echo x > /x\nCOPY a.txt /b\nENV Z=1\n' },
  { name: 'base-without-history-run-last', prepare: craftedBase('NOHIST', (c) => (c.history = [])), dockerfile: 'FROM {{NOHIST}}\nARG V=1\nRUN ["/bin/sh", "-c", "echo \\"$V  x\\" > /v"]\n' },
  { name: 'base-without-history-config-only', prepare: craftedBase('NOHIST', (c) => delete c.history), dockerfile: 'FROM {{NOHIST}}\nENV Z=1\n' },
  { name: 'base-without-history-stages', prepare: craftedBase('NOHIST', (c) => delete c.history), context: [file('a.txt', 'a\n')], dockerfile: 'FROM {{NOHIST}} AS b\nRUN echo x > /x\nFROM b\nWORKDIR /w\nCOPY a.txt /c\n' },
  { name: 'base-more-history-than-layers', prepare: craftedBase('EXTRA', (c) => c.history!.push({ created_by: 'extra1' }, { created_by: 'extra2' })), dockerfile: 'FROM {{EXTRA}}\nRUN echo x > /x\n' },
  // Nested values of a base's config as BuildKit re-marshals them (Go structs: zero values and unknown keys dropped).
  {
    name: 'base-nested-config-normalized',
    prepare: craftedBase('ODD', (c) => {
      (c.config as Record<string, unknown>).Healthcheck = { Retries: 3, Interval: 0, Test: ['CMD', 'x'], Foo: 1 };
      (c.config as Record<string, unknown>).ExposedPorts = { '80/tcp': { x: 1 } };
      (c.config as Record<string, unknown>).Volumes = { '/v': { y: 2 } };
      c.history = [{ comment: '', created_by: 'base', author: '', empty_layer: false, extra: 1 } as never];
    }),
    dockerfile: 'FROM {{ODD}}\nENV Z=1\n',
  },
  // A build that adds no layer keeps its base's last history time as the image's `created` (compared: CREATED_CASES).
  { name: 'config-only-created-from-base', dockerfile: 'FROM {{BASE}}\nLABEL a=1\nENV B=2\n' },
  { name: 'config-only-created-from-stage', dockerfile: 'FROM {{BASE}} AS b\nENV A=1\nFROM b\nCMD ["x"]\n' },
];

/** Cases whose image and history times must equal BuildKit's (builds that add no layer). */
export const CREATED_CASES = new Set(['config-only-created-from-base', 'config-only-created-from-stage']);

function file(p: string, content: string): ContextSpec {
  return { path: p, content, mtime: 1600000000 };
}

/**
 * A `prepare` that pushes a one-layer busybox image whose config `mutate` changed, under a new name (a layer of its
 * own, so the reference engine has no earlier record of it), as `{{VAR}}`.
 */
function craftedBase(variable: string, mutate: (c: ImageConfig) => unknown) {
  return async (vars: Record<string, string>): Promise<void> => {
    const host = vars.BASE.split('/')[0];
    const salt = randomUUID();
    const ref = `${host}/crafted/${variable.toLowerCase()}-${salt.slice(0, 8)}:1`;
    const client = new RegistryClient();
    try {
      await pushSpecImage(client, ref, [[...busyboxEntries(), { path: 'salt', content: salt }]], {}, 'oci', (c) => void mutate(c));
    } finally {
      await client.close();
    }
    vars[variable] = ref;
  };
}

/**
 * Bad input (see probeFrontendErrors): BuildKit's message must be in hoist's, on the same line. `hoistLine`: the
 * line hoist names where BuildKit's is off (with the reason).
 */
export const probeFrontend2Errors: (ErrorCase & { hoistLine?: { line: string; reason: string } })[] = [
  { name: 'env-legacy-one-word', dockerfile: 'FROM {{BASE}}\nENV foo\n' },
  { name: 'env-no-arguments', dockerfile: 'FROM {{BASE}}\nENV\n' },
  { name: 'env-blank-name', dockerfile: 'FROM {{BASE}}\nENV =x\n' },
  { name: 'env-empty-then-legacy', dockerfile: 'FROM {{BASE}}\nENV a= b ""\n' },
  { name: 'label-missing-equals', dockerfile: 'FROM {{BASE}}\nLABEL a=b c\n' },
  { name: 'arg-blank-name', dockerfile: 'FROM {{BASE}}\nARG =x\n' },
  { name: 'flag-duplicate', dockerfile: 'FROM {{BASE}}\nCOPY --chown=1 --chown=2 a.txt /b\n' },
  { name: 'flag-unknown-suggestion', dockerfile: 'FROM {{BASE}}\nCOPY --foo=bar a.txt /b\n' },
  { name: 'healthcheck-retries-out-of-range', dockerfile: 'FROM {{BASE}}\nHEALTHCHECK --retries=99999999999 CMD true\n' },
  { name: 'healthcheck-retries-not-a-number', dockerfile: 'FROM {{BASE}}\nHEALTHCHECK --retries=abc CMD x\n' },
  { name: 'healthcheck-missing-unit', dockerfile: 'FROM {{BASE}}\nHEALTHCHECK --interval=5 CMD true\n' },
  { name: 'healthcheck-negative-interval', dockerfile: 'FROM {{BASE}}\nHEALTHCHECK --timeout=-5s CMD true\n' },
  { name: 'healthcheck-cmd-without-command', dockerfile: 'FROM {{BASE}}\nHEALTHCHECK CMD\n' },
  { name: 'healthcheck-none-with-arguments', dockerfile: 'FROM {{BASE}}\nHEALTHCHECK NONE x\n' },
  { name: 'expose-reversed-range', dockerfile: 'FROM {{BASE}}\nEXPOSE 80-70\n' },
  { name: 'expose-unknown-protocol', dockerfile: 'FROM {{BASE}}\nEXPOSE 80/xyz\n' },
  { name: 'expose-port-too-large', dockerfile: 'FROM {{BASE}}\nEXPOSE 0\nEXPOSE 70000\n' },
  { name: 'shell-empty-array', dockerfile: 'FROM {{BASE}}\nSHELL []\n' },
  { name: 'from-two-words-after-as', dockerfile: 'FROM {{BASE}}\nFROM {{BASE}} AS a b\n' },
  { name: 'volume-shell-form-split-quote', dockerfile: 'FROM {{BASE}}\nVOLUME "/a b"\n' },
  { name: 'volume-json-empty-string', dockerfile: 'FROM {{BASE}}\nVOLUME [""]\n' },
  { name: 'required-variable-message', dockerfile: 'FROM {{BASE}}\nLABEL a="${b:?must be set}"\n' },
  { name: 'required-variable-default-message', dockerfile: 'FROM {{BASE}}\nENV a=${b:?}\n' },
  { name: 'onbuild-no-trigger', dockerfile: 'FROM {{BASE}}\nONBUILD\n' },
  { name: 'onbuild-invalid-trigger-fails-in-child', dockerfile: 'FROM {{BASE}} AS p\nONBUILD COPY --foo a.txt /b\nFROM p\nENV A=1\n' },
  { name: 'onbuild-unknown-trigger-fails-in-child', dockerfile: 'FROM {{BASE}} AS p\nONBUILD FOO bar\nFROM p\nENV A=1\n' },
  { name: 'keyword-then-no-break-space', dockerfile: 'FROM {{BASE}}\nENV\u00a0A=1\n' },
  { name: 'healthcheck-flags-only', dockerfile: 'FROM {{BASE}}\nHEALTHCHECK --interval=5s\n' },
  { name: 'flag-duplicate-string', dockerfile: 'FROM {{BASE}}\nRUN --network=none --network=host true\n' },
  { name: 'from-platform-unparsable', dockerfile: 'FROM --platform=foo/bar/baz/qux scratch\nENV A=1\n' },
  { name: 'from-platform-unknown-single', dockerfile: 'FROM --platform=foo scratch\nENV A=1\n' },
  { name: 'from-platform-bad-component', dockerfile: 'FROM scratch\nFROM --platform=linux/amd64.1 scratch\nENV A=1\n' },
  { name: 'unknown-instruction-suggestions', dockerfile: 'FROM {{BASE}}\nENTRYPIONT ["x"]\n' },
  { name: 'unknown-first-instruction-lowercase', dockerfile: 'fron {{BASE}}\nRUN true\n' },
  { name: 'stopsignal-zero', dockerfile: 'FROM {{BASE}}\nSTOPSIGNAL 0\n' },
  // A comment after an instruction is part of its arguments:
  { name: 'expose-trailing-comment', dockerfile: 'FROM {{BASE}}\nEXPOSE 80 # http\n' },
  { name: 'env-trailing-comment', dockerfile: 'FROM {{BASE}}\nENV A=1 # comment\n' },
  { name: 'from-trailing-comment', dockerfile: 'FROM {{BASE}} # comment\n' },
  { name: 'maintainer-no-argument', dockerfile: 'FROM {{BASE}}\nMAINTAINER\n' },
  { name: 'stopsignal-no-argument', dockerfile: 'FROM {{BASE}}\nSTOPSIGNAL\n' },
  {
    name: 'directive-duplicate-escape',
    dockerfile: '# escape=`\n# ESCAPE=`\nFROM {{BASE}}\n',
    hoistLine: { line: '2', reason: 'BuildKit reports a directive error one line early (its line counter is 0-based there)' },
  },
  {
    name: 'directive-invalid-escape',
    dockerfile: '# escape=x\nFROM {{BASE}}\n',
    hoistLine: { line: '1', reason: 'BuildKit reports a directive error one line early: line 0, no line at all' },
  },
  { name: 'continuation-into-unknown-instruction', dockerfile: '# hello\n# escape=`\nFROM {{BASE}}\nENV A=x`\n  B=y\n' },
];
