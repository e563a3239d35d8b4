/** EXPOSE port specs (`80`, `443/udp`, `8000-8002`, `[ip:]host:container/proto`) to `port/proto` keys, as BuildKit. */
export class PortSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortSpecError';
  }
}

function parseRange(s: string, what: string): [number, number] {
  const bad = () => new PortSpecError(`invalid ${what}: ${s}`);
  const one = (x: string) => {
    if (!/^[0-9]+$/.test(x)) throw bad();
    const n = Number(x);
    if (n > 65535) throw bad();
    return n;
  };
  if (s === '') throw new PortSpecError('empty string specified for ports');
  if (!s.includes('-')) return [one(s), one(s)];
  const parts = s.split('-');
  if (parts.length !== 2) throw new PortSpecError(`invalid port range format: ${s}`);
  const [a, b] = [one(parts[0]), one(parts[1])];
  if (b < a) throw new PortSpecError(`invalid range specified for port: ${s}`);
  return [a, b];
}

/** Expands one EXPOSE word into `port/proto` keys (tcp by default; tcp, udp or sctp). */
export function parsePortSpec(raw: string): string[] {
  const parts = raw.split(':');
  const containerPart = parts[parts.length - 1];
  const hostPart = parts.length >= 2 ? parts[parts.length - 2] : '';
  // nat.SplitProtoPort: the port before the first '/', the proto between it and the next; more parts are
  // ignored (`80/tcp/udp` is 80/tcp, `81/` is 81/tcp), as docker build does.
  const [portText, protoText = ''] = containerPart.split('/');
  if (portText === '') throw new PortSpecError(`no port specified: ${raw}<empty>`);
  const proto = protoText.toLowerCase() || 'tcp';
  if (!['tcp', 'udp', 'sctp'].includes(proto)) throw new PortSpecError(`Invalid proto: ${proto}`);
  let start: number;
  let end: number;
  try {
    [start, end] = parseRange(portText, 'containerPort');
  } catch {
    throw new PortSpecError(`invalid containerPort: ${portText}`);
  }
  if (hostPart) {
    let hs: number;
    let he: number;
    try {
      [hs, he] = parseRange(hostPart, 'hostPort');
    } catch {
      throw new PortSpecError(`invalid hostPort: ${hostPart}`);
    }
    if (end - start !== he - hs && end !== start) {
      throw new PortSpecError(`invalid ranges specified for container and host Ports: ${portText} and ${hostPart}`);
    }
  }
  const out: string[] = [];
  for (let p = start; p <= end; p++) out.push(`${p}/${proto}`);
  return out;
}
