// undici's CommonJS internals imported by src/net/undici.ts (typed there through undici's public declarations).
declare module 'undici/lib/dispatcher/agent.js' {
  const m: unknown;
  export default m;
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
  const m: unknown;
  export default m;
}
declare module 'undici/lib/dispatcher/pool.js' {
  const m: unknown;
  export default m;
}
declare module 'undici/lib/api/index.js' {
  const m: Record<string, unknown>;
  export default m;
}
