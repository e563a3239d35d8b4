import { Readable } from 'node:stream';
import { describe, expect, test } from '@jest/globals';
import { RegistryClient } from '../../src/registry/client.js';
import type { HttpFn, HttpResponse } from '../../src/registry/http.js';
import { parseReference } from '../../src/registry/reference.js';

/**
 * The scheme policy without the network (tests may only bind loopback): an injected HttpFn plays a
 * registry that speaks plain HTTP only, at a non-loopback name.
 */
function plainHttpRegistry(): { http: HttpFn; urls: string[] } {
  const urls: string[] = [];
  const http: HttpFn = async (url) => {
    urls.push(url.toString());
    if (url.protocol === 'https:') throw Object.assign(new Error('write EPROTO wrong version number'), { code: 'EPROTO' });
    const body = Object.assign(Readable.from([Buffer.from('{}')]), { text: async () => '{}', dump: async () => undefined });
    return { status: 200, headers: {}, body, url } as HttpResponse;
  };
  return { http, urls };
}

describe('plain HTTP', () => {
  test('is refused for a registry that is neither loopback nor listed as insecure', async () => {
    const { http, urls } = plainHttpRegistry();
    const client = new RegistryClient({ http, sleep: async () => undefined });
    await expect(client.ping('registry.example:5000')).rejects.toThrow(
      'connect to registry.example:5000: write EPROTO wrong version number (EPROTO); the registry does not speak HTTPS; plain HTTP is allowed only for loopback registries and those listed as insecure (--insecure)',
    );
    expect(urls).toEqual(['https://registry.example:5000/v2/']);
  });

  test('is used for a registry on the insecure list', async () => {
    const { http, urls } = plainHttpRegistry();
    const logs: string[] = [];
    const client = new RegistryClient({ http, insecure: ['registry.example:5000'], log: (m) => logs.push(m) });
    await client.ping('registry.example:5000');
    expect(urls).toEqual(['https://registry.example:5000/v2/', 'http://registry.example:5000/v2/', 'http://registry.example:5000/v2/']);
    expect(logs[0]).toContain('does not speak TLS; using plain HTTP');
  });

  test('is used for loopback names (localhost, 127.0.0.0/8, [::1])', async () => {
    for (const host of ['localhost:5000', '127.0.0.2', '[::1]:5000']) {
      const { http, urls } = plainHttpRegistry();
      const client = new RegistryClient({ http });
      await client.ping(host);
      expect(urls[1]).toBe(`http://${host}/v2/`);
    }
  });

  test('Docker Hub is reached at registry-1.docker.io over HTTPS only', async () => {
    const { http, urls } = plainHttpRegistry();
    const client = new RegistryClient({ http, sleep: async () => undefined });
    await expect(client.getManifest(parseReference('busybox'))).rejects.toThrow('does not speak HTTPS');
    expect(urls).toEqual(['https://registry-1.docker.io/v2/']);
  });
});
