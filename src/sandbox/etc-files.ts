/**
 * The generated files a step sees at /etc/hosts and /etc/resolv.conf (bind-mounted read-only over the image's
 * own, so they never reach a layer; BuildKit binds no /etc/hostname). Contents follow BuildKit's executor. Pure.
 */

/** BuildKit's default sandbox hostname. */
export const DEFAULT_HOSTNAME = 'buildkitsandbox';

/** /etc/hosts: localhost lines naming the hostname, then one line per extra host. */
export function hostsFile(hostname: string, extra: { host: string; ip: string }[] = []): string {
  const lines = [`127.0.0.1\tlocalhost ${hostname}`, '::1\tlocalhost ip6-localhost ip6-loopback'];
  for (const e of extra) lines.push(`${e.ip}\t${e.host}`);
  return lines.join('\n') + '\n';
}

/** /etc/hostname. */
export function hostnameFile(hostname: string): string {
  return `${hostname}\n`;
}

function isLoopback(ns: string): boolean {
  const a = ns.toLowerCase();
  return a.startsWith('127.') || a === '::1' || a === '0:0:0:0:0:0:0:1' || a.startsWith('::ffff:127.');
}

/**
 * /etc/resolv.conf from the host's. With the host's network it is kept as is (loopback resolvers are
 * reachable). In a separate network namespace loopback nameservers are dropped, and Google's public
 * resolvers are used when none remain (BuildKit's rule).
 */
export function resolvConf(hostText: string | undefined, sharesHostNetwork: boolean): string {
  const text = (hostText ?? '').replace(/\r\n/g, '\n');
  if (sharesHostNetwork && text.trim() !== '') return text.endsWith('\n') ? text : text + '\n';
  const out: string[] = [];
  let servers = 0;
  for (const line of text.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    if (m) {
      if (isLoopback(m[1])) continue;
      servers++;
    }
    if (line.trim() !== '') out.push(line);
  }
  if (servers === 0) out.push('nameserver 8.8.8.8', 'nameserver 8.8.4.4');
  return out.join('\n') + '\n';
}
