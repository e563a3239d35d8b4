/** Build args that reach RUN's environment without an ARG, but never its history or cache key (BuildKit). */
export const PROXY_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'];
