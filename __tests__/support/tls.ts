import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** A self-signed certificate and its key, as PEM text and as files. */
export interface TestCert {
  dir: string;
  certFile: string;
  keyFile: string;
  cert: string;
  key: string;
  /** The certificate as base64 DER (for a JWT `x5c` header). */
  derBase64: string;
  /** Removes the certificate: its temporary directory, or only its two files when the caller gave `dir`. */
  remove(): Promise<void>;
}

/**
 * Makes a self-signed RSA certificate with `openssl` for 127.0.0.1, ::1 and localhost (a TLS server
 * certificate and, for the token issuer, a signing certificate the registry trusts).
 */
export async function makeSelfSignedCert(opts: { dir?: string; cn?: string } = {}): Promise<TestCert> {
  const dir = opts.dir ?? (await mkdtemp(path.join(tmpdir(), 'hoist-tls-')));
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  const remove = async () => {
    if (opts.dir) await Promise.all([rm(certFile, { force: true }), rm(keyFile, { force: true })]);
    else await rm(dir, { recursive: true, force: true });
  };
  try {
    await exec('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '2',
      '-subj', `/CN=${opts.cn ?? 'hoist-test'}`,
      '-addext', 'subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost',
    ]);
    const cert = await readFile(certFile, 'utf8');
    const key = await readFile(keyFile, 'utf8');
    const derBase64 = cert.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    return { dir, certFile, keyFile, cert, key, derBase64, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}
