import { expect, test } from '@jest/globals';
import { RegistryClient } from '../../src/registry/client.js';
import { staticCredentials } from '../../src/registry/credentials.js';
import { parseReference } from '../../src/registry/reference.js';
import { startRegistry } from '../support/registry.js';
import { makeSelfSignedCert } from '../support/tls.js';
import { registryScenarios } from './scenarios.js';

// CNCF distribution with htpasswd (bcrypt) Basic auth over TLS with a self-signed certificate, trusted
// through the client's explicit `ca` option.
registryScenarios('registry with htpasswd Basic auth over TLS', async () => {
  const tls = await makeSelfSignedCert();
  const registry = await startRegistry({ tls, htpasswd: { username: 'hoist', password: 'right-secret' } }).catch(async (e: unknown) => {
    await tls.remove();
    throw e;
  });
  return {
    registry,
    options: { ca: registry.ca, credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'right-secret' } }) },
    wrongPassword: { ca: registry.ca, credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'wrong-secret' } }) },
    stop: async () => {
      try {
        await registry.stop();
      } finally {
        await tls.remove();
      }
    },
  };
});

test('without the CA the certificate is refused with a hint, and no plain-HTTP fallback happens', async () => {
  const tls = await makeSelfSignedCert();
  try {
    const registry = await startRegistry({ tls, htpasswd: { username: 'hoist', password: 'right-secret' } });
    const client = new RegistryClient({ credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'right-secret' } }) });
    try {
      await expect(client.getManifest(parseReference(`${registry.host}/a:1`))).rejects.toThrow(/certificate is not trusted; pass its CA certificate/);
    } finally {
      await client.close();
      await registry.stop();
    }
  } finally {
    await tls.remove();
  }
});

test('no credentials: the error says they are required', async () => {
  const tls = await makeSelfSignedCert();
  try {
    const registry = await startRegistry({ tls, htpasswd: { username: 'hoist', password: 'right-secret' } });
    const client = new RegistryClient({ ca: registry.ca });
    try {
      await expect(client.ping(registry.host)).rejects.toThrow(/authentication to 127\.0\.0\.1:\d+ is required; no credentials were found/);
    } finally {
      await client.close();
      await registry.stop();
    }
  } finally {
    await tls.remove();
  }
});
