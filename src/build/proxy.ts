import { withEnvEntries } from '../sandbox/sys.js';

/** Build args that reach RUN's environment without an ARG, but never its history or cache key (BuildKit). */
export const PROXY_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'];

/**
 * The step environment with the proxy build args applied as BuildKit's exec op does (`proxyEnvList`): each
 * one given (any case) is set in both spellings, `HTTP_PROXY=v` and `http_proxy=v`, replacing a value from
 * ENV or ARG, whether or not the Dockerfile declares it (an empty value sets nothing).
 */
export function withProxyEnv(env: string[], buildArgs: Record<string, string>): string[] {
  const entries: string[] = [];
  for (const name of PROXY_ARGS) {
    const given = Object.keys(buildArgs).find((k) => k.toUpperCase() === name);
    if (given === undefined || buildArgs[given] === '') continue;
    entries.push(`${name}=${buildArgs[given]}`, `${name.toLowerCase()}=${buildArgs[given]}`);
  }
  return withEnvEntries(env, entries);
}
