/**
 * Mount work for a step in one short-lived process: mounts (with fallback option sets), bind mounts,
 * device nodes, links and directories, unmounts. Each step needs a dozen of these; as separate util-linux
 * `mount`/`mknod` processes they cost 1.5-3 ms apiece (fork, exec, dynamic linking, libmount reading the
 * mount table), more than the rest of a small step's setup.
 *
 * Two interpreters for the same list of operations:
 * - **perl** (default where it exists, as on every Debian and Ubuntu system, where perl-base is Essential):
 *   one `perl` process making the system calls itself (`mount(2)`, `umount2(2)`, `mknodat(2)` by number for
 *   x86-64 and arm64), ~3 ms for the whole list;
 * - **shell**: one `sh` running util-linux `mount`, `umount` and coreutils `mknod`, `ln`, `mkdir`.
 * Both stop at the first failing operation and report it with the path and the system's reason. Every path
 * and value is passed as an argument, never interpolated into a program.
 */
import { sys, which } from './sys.js';
import { SandboxError } from './types.js';

/** Mount flags (the subset the sandbox uses), as mount(8) spells them. */
export type MountFlag = 'ro' | 'nosuid' | 'nodev' | 'noexec' | 'strictatime';

const FLAG_BITS: Record<MountFlag, number> = { ro: 1, nosuid: 2, nodev: 4, noexec: 8, strictatime: 1 << 24 };
const MS_REMOUNT = 32;
const MS_BIND = 4096;
const MS_REC = 16384;

/** System call numbers per architecture: mount, umount2, mknodat. */
const SYSCALLS: Partial<Record<NodeJS.Architecture, [number, number, number]>> = {
  x64: [165, 166, 259],
  arm64: [40, 39, 33],
};

type Op =
  | { op: 'cd'; dir: string }
  | { op: 'mount'; fstype: string; source: string; target: string; flags: MountFlag[]; data: string[]; orBind?: string; optional?: boolean }
  | { op: 'bind'; source: string; target: string; recursive: boolean; readonly: boolean; flags: MountFlag[] }
  | { op: 'mknod'; path: string; mode: number; major: number; minor: number }
  | { op: 'symlink'; target: string; path: string }
  | { op: 'mkdir'; path: string; mode: number }
  | { op: 'umount'; target: string };

/** Which interpreter runs the batches ('auto': perl where it exists for this architecture, else shell). */
export type MounterKind = 'auto' | 'perl' | 'shell';

let preferred: MounterKind = 'auto';
let perlPath: Promise<string | undefined> | undefined;

/** Sets the interpreter for this process (tests force 'shell' to cover the fallback). */
export function setMounter(kind: MounterKind | undefined): void {
  preferred = kind ?? 'auto';
}

/** perl for other host work of the sandbox (step.ts STEP_EXEC): undefined where it is missing or 'shell' is set. */
export async function hostPerl(): Promise<string | undefined> {
  if (preferred === 'shell') return undefined;
  perlPath ??= which('perl');
  return perlPath;
}

async function perl(): Promise<string | undefined> {
  if (!SYSCALLS[process.arch]) return undefined;
  perlPath ??= which('perl');
  return perlPath;
}

/** A list of mount operations run in one process, in order. */
export class MountBatch {
  private readonly ops: Op[] = [];

  /** Changes the working directory (relative overlay lowerdir names are resolved against it). */
  cd(dir: string): this {
    this.ops.push({ op: 'cd', dir });
    return this;
  }

  /**
   * Mounts `fstype` at `target`, trying each of `data` (option strings) in turn until one works. If none
   * does: with `orBind`, a recursive bind of `orBind` instead (read-only if `ro`); with `optional`, nothing.
   */
  mount(fstype: string, source: string, target: string, flags: MountFlag[], data: string | string[] = '', opts: { orBind?: string; optional?: boolean } = {}): this {
    this.ops.push({ op: 'mount', fstype, source, target, flags, data: typeof data === 'string' ? [data] : data, ...opts });
    return this;
  }

  /**
   * Bind-mounts `source` at `target` (recursively for `recursive`), then read-only for `readonly`, with `flags`
   * (nosuid... set by that read-only remount: a bind takes none of its own).
   */
  bind(source: string, target: string, opts: { recursive?: boolean; readonly?: boolean; flags?: MountFlag[] } = {}): this {
    this.ops.push({ op: 'bind', source, target, recursive: opts.recursive ?? false, readonly: opts.readonly ?? false, flags: opts.flags ?? [] });
    return this;
  }

  /** Creates a character device with exactly `mode`. */
  mknod(path: string, mode: number, major: number, minor: number): this {
    this.ops.push({ op: 'mknod', path, mode, major, minor });
    return this;
  }

  symlink(target: string, path: string): this {
    this.ops.push({ op: 'symlink', target, path });
    return this;
  }

  /** Creates a directory with exactly `mode`. */
  mkdir(path: string, mode: number): this {
    this.ops.push({ op: 'mkdir', path, mode });
    return this;
  }

  /** Unmounts `target`, lazily when it is busy. */
  umount(target: string): this {
    this.ops.push({ op: 'umount', target });
    return this;
  }

  get empty(): boolean {
    return this.ops.length === 0;
  }

  /** The command line that makes the operations (for running it elsewhere, e.g. in a step's namespaces). */
  async commandLine(what: string, kind: MounterKind = preferred): Promise<[string, string[]]> {
    const perlBin = kind === 'shell' ? undefined : await perl();
    if (kind === 'perl' && !perlBin) throw new SandboxError(`${what}: perl is not available for ${process.arch}`);
    return perlBin ? [perlBin, ['-e', PERL_PROGRAM, ...SYSCALLS[process.arch]!.map(String), ...perlArgs(this.ops)]] : ['sh', ['-c', ...shellScript(this.ops)]];
  }

  /** Runs the operations; `what` starts the error message. */
  async run(what: string, kind: MounterKind = preferred): Promise<void> {
    if (this.empty) return;
    const [cmd, args] = await this.commandLine(what, kind);
    const r = await sys(cmd, args, { allowFail: true });
    if (r.code !== 0) throw new SandboxError(`${what} failed: ${r.stderr || `exit ${r.code}`}`);
  }
}

function flagBits(flags: MountFlag[]): number {
  return flags.reduce((n, f) => n | FLAG_BITS[f], 0);
}

function octal(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

/** Operations as the perl program's arguments: a letter, then its fields. */
function perlArgs(ops: Op[]): string[] {
  const out: string[] = [];
  for (const o of ops) {
    switch (o.op) {
      case 'cd':
        out.push('C', o.dir);
        break;
      case 'mount':
        out.push('M', o.fstype, o.source, o.target, String(flagBits(o.flags)), o.orBind ?? '', o.optional ? '1' : '0', String(o.data.length), ...o.data);
        break;
      case 'bind':
        out.push('B', o.source, o.target, String(MS_BIND | (o.recursive ? MS_REC : 0)), o.readonly ? '1' : '0', String(flagBits(o.flags)));
        break;
      case 'mknod':
        out.push('N', o.path, String(o.mode), String(o.major), String(o.minor));
        break;
      case 'symlink':
        out.push('S', o.target, o.path);
        break;
      case 'mkdir':
        out.push('D', o.path, String(o.mode));
        break;
      case 'umount':
        out.push('U', o.target);
        break;
    }
  }
  return out;
}

/**
 * The perl interpreter: `syscall` takes a numeric scalar as an integer and any other as a pointer to its
 * (writable) string, so every string goes through a copy and a NULL is the number 0.
 */
const PERL_PROGRAM = `
use strict; no warnings;
my ($SYS_MOUNT, $SYS_UMOUNT2, $SYS_MKNODAT) = map { $_ + 0 } splice(@ARGV, 0, 3);
umask(0);
sub sc_mount { my ($src, $tgt, $type, $flags, $data) = @_;
  my ($s, $t, $y, $d) = ($src, $tgt, $type, $data);
  return syscall($SYS_MOUNT, ($s eq '' ? 0 : $s), $t, ($y eq '' ? 0 : $y), $flags + 0, ($d eq '' ? 0 : $d)) == 0; }
sub bind_ro { my ($tgt, $flags) = @_; return sc_mount('', $tgt, '', ${MS_REMOUNT | MS_BIND} | 1 | $flags, ''); }
while (@ARGV) {
  my $op = shift @ARGV;
  if ($op eq 'C') { my $d = shift @ARGV; chdir($d) or die "cd $d: $!\\n"; }
  elsif ($op eq 'M') {
    my ($type, $src, $tgt, $flags, $orbind, $optional, $n) = splice(@ARGV, 0, 7);
    my @data = splice(@ARGV, 0, $n); my $ok = 0; my $err = '';
    for my $d (@data) { if (sc_mount($src, $tgt, $type, $flags, $d)) { $ok = 1; last } $err = "$!"; }
    if (!$ok && $orbind ne '') {
      sc_mount($orbind, $tgt, '', ${MS_BIND | MS_REC}, '') or die "bind $orbind on $tgt: $!\\n";
      if ($flags & 1) { bind_ro($tgt, 0) or die "remount $tgt read-only: $!\\n"; }
      $ok = 1;
    }
    $ok = 1 if $optional;
    die "mount $type on $tgt: $err\\n" unless $ok;
  }
  elsif ($op eq 'B') {
    my ($src, $tgt, $flags, $ro, $extra) = splice(@ARGV, 0, 5);
    sc_mount($src, $tgt, '', $flags, '') or die "bind $src on $tgt: $!\\n";
    if ($ro) { bind_ro($tgt, $extra + 0) or die "remount $tgt read-only: $!\\n"; }
  }
  elsif ($op eq 'N') {
    my ($p, $mode, $maj, $min) = splice(@ARGV, 0, 4); my $q = $p;
    syscall($SYS_MKNODAT, -100, $q, 0020000 | $mode, (($maj + 0) << 8) | ($min + 0)) == 0 or die "mknod $p: $!\\n";
    chmod($mode + 0, $p) or die "chmod $p: $!\\n";
  }
  elsif ($op eq 'S') { my ($t, $p) = splice(@ARGV, 0, 2); symlink($t, $p) or die "symlink $p: $!\\n"; }
  elsif ($op eq 'D') { my ($p, $mode) = splice(@ARGV, 0, 2); mkdir($p, $mode + 0) or die "mkdir $p: $!\\n"; chmod($mode + 0, $p) or die "chmod $p: $!\\n"; }
  elsif ($op eq 'U') { my $t = shift @ARGV; my $u = $t;
    if (syscall($SYS_UMOUNT2, $u, 0) != 0) { my $v = $t; syscall($SYS_UMOUNT2, $v, 2) == 0 or die "umount $t: $!\\n"; } }
  else { die "unknown operation $op\\n"; }
}
`;

/** Operations as a shell script with positional arguments: [script, $0, args...]. */
function shellScript(ops: Op[]): string[] {
  const lines: string[] = ['set -e'];
  const args: string[] = [];
  const arg = (v: string): string => {
    args.push(v);
    return `"\${${args.length}}"`;
  };
  const opts = (flags: string[], data: string): string => [...flags, ...(data ? [data] : [])].join(',');
  for (const o of ops) {
    switch (o.op) {
      case 'cd':
        lines.push(`cd ${arg(o.dir)}`);
        break;
      case 'mount': {
        const tries = o.data.map((d, i) => {
          const o2 = opts(o.flags, d);
          return `mount -t ${arg(o.fstype)}${o2 ? ` -o ${arg(o2)}` : ''} ${arg(o.source)} ${arg(o.target)}${i < o.data.length - 1 || o.orBind || o.optional ? ' 2>/dev/null' : ''}`;
        });
        if (o.orBind) {
          const bindRo = o.flags.includes('ro') ? ` && mount -o remount,bind,ro ${arg(o.target)}` : '';
          tries.push(`{ mount --rbind ${arg(o.orBind)} ${arg(o.target)}${bindRo}; }`);
        }
        if (o.optional) tries.push('true');
        lines.push(tries.join(' || '));
        break;
      }
      case 'bind': {
        const t = arg(o.target);
        lines.push(`mount ${o.recursive ? '--rbind' : '--bind'} ${arg(o.source)} ${t}`);
        if (o.readonly) lines.push(`mount -o ${['remount', 'bind', 'ro', ...o.flags].join(',')} ${t}`);
        break;
      }
      case 'mknod': {
        const p = arg(o.path);
        lines.push(`mknod -m ${octal(o.mode)} ${p} c ${o.major} ${o.minor}`);
        break;
      }
      case 'symlink':
        lines.push(`ln -s -- ${arg(o.target)} ${arg(o.path)}`);
        break;
      case 'mkdir': {
        const p = arg(o.path);
        lines.push(`mkdir -m ${octal(o.mode)} -- ${p}`);
        break;
      }
      case 'umount': {
        const t = arg(o.target);
        lines.push(`umount ${t} 2>/dev/null || umount -l ${t}`);
        break;
      }
    }
  }
  return [`${lines.join('\n')}\n`, 'hoist-mount', ...args];
}
