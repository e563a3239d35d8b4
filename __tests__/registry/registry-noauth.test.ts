import { startRegistry } from '../support/registry.js';
import { registryScenarios } from './scenarios.js';

// CNCF distribution (Debian docker-registry) on 127.0.0.1 over plain HTTP without auth.
registryScenarios('registry without auth (plain HTTP on loopback)', async () => {
  const registry = await startRegistry();
  return {
    registry,
    options: { credentials: { get: async () => ({ username: 'nobody', password: 'unused-secret' }) } },
    stop: () => registry.stop(),
  };
});
