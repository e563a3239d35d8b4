/** Build args that reach RUN's environment without an ARG, but never its history or cache key (BuildKit). */
export const PROXY_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'];

/**
 * The step environment with the proxy build args applied as BuildKit's exec op does (`proxyEnvList`): each
 * one given (any case) is set in both spellings, `HTTP_PROXY=v` and `http_proxy=v`, replacing a value from
 * ENV or ARG, whether or not the Dockerfile declares it (an empty value sets nothing).
 */
export function withProxyEnv(env: string[], buildArgs: Record<string, string>): string[] {
  const out = [...env];
  const set = (k: string, v: string) => {
    const i = out.findIndex((e) => e.startsWith(`${k}=`));
    if (i >= 0) out[i] = `${k}=${v}`;
    else out.push(`${k}=${v}`);
  };
  for (const name of PROXY_ARGS) {
    const given = Object.keys(buildArgs).find((k) => k.toUpperCase() === name);
    if (given === undefined || buildArgs[given] === '') continue;
    set(name, buildArgs[given]);
    set(name.toLowerCase(), buildArgs[given]);
  }
  return out;
}
