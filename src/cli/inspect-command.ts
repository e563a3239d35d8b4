import { parseFlags } from './flags.js';
import { formatPlatform, hostPlatform, parsePlatform, selectPlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { parseReference, withDigest } from '../registry/reference.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { registryClientFromFlags, REGISTRY_FLAGS } from './registry-flags.js';

const USAGE = 'hoist inspect REF [--platform OS/ARCH[/VARIANT]] [--raw] [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]';

/**
 * `hoist inspect REF`: the manifest (or index), its platforms, and one platform's manifest and config as
 * JSON (the host platform, or `--platform`). `--raw` prints the manifest bytes exactly as served.
 */
export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'print an image\'s manifest, platforms and config as JSON',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseFlags({ args: argv, allowPositionals: true, options: { ...REGISTRY_FLAGS, platform: { type: 'string' }, raw: { type: 'boolean' } } });
    if (positionals.length !== 1) throw new UsageError('expected one image reference');
    const ref = parseReference(positionals[0]);
    const client = await registryClientFromFlags(values, io);
    try {
      const top = await client.getManifest(ref);
      if (values.raw) {
        io.stdout(top.bytes.toString('utf8'));
        return 0;
      }
      const wanted: Platform | undefined = values.platform ? parsePlatform(values.platform) : undefined;
      let platforms: string[];
      let image: Record<string, unknown> | undefined;
      if (top.kind === 'index') {
        platforms = top.index.manifests.map((m) => (m.platform ? formatPlatform(m.platform) : 'unknown'));
        const entry = selectPlatform(top.index.manifests, wanted ?? hostPlatform());
        if (!entry && wanted) throw new Error(`${ref}: no image for platform ${formatPlatform(wanted)} (the index has ${platforms.join(', ')})`);
        if (entry) {
          const r = await client.resolveImage(withDigest(ref, entry.digest), wanted ?? hostPlatform());
          image = { platform: formatPlatform({ os: r.config.os, architecture: r.config.architecture, variant: r.config.variant }), digest: r.manifest.digest, mediaType: r.manifest.mediaType, manifest: r.manifest.manifest, config: r.config };
        }
      } else {
        const r = await client.resolveImage(ref, wanted ?? hostPlatform());
        const p = formatPlatform({ os: r.config.os, architecture: r.config.architecture, variant: r.config.variant });
        platforms = [p];
        image = { platform: p, digest: r.manifest.digest, mediaType: r.manifest.mediaType, manifest: r.manifest.manifest, config: r.config };
      }
      const out = {
        name: String(ref),
        digest: top.digest,
        mediaType: top.mediaType,
        size: top.bytes.length,
        platforms,
        manifest: top.kind === 'index' ? top.index : top.manifest,
        ...(image ? { image } : {}),
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    } finally {
      await client.close();
    }
  },
};
