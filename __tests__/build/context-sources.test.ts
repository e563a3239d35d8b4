import { describe, expect, jest, test } from '@jest/globals';
import { copySources } from '../../src/build/context-sources.js';
import { imageBases, onceEach } from '../../src/build/image-source.js';
import { parseDockerfile, planStages } from '../../src/dockerfile/index.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';

const amd64 = { os: 'linux', architecture: 'amd64' };
const plan = (text: string, target?: string) =>
  planStages(parseDockerfile(text, { file: 'Dockerfile' }), { buildArgs: {}, target, targetPlatform: amd64, buildPlatform: amd64 });

const MULTI = [
  'ARG BASE=busybox',
  'FROM --platform=linux/arm64 alpine AS other',
  'COPY ./src/lib /lib',
  'FROM ${BASE} AS build',
  'COPY package.json ./',
  'COPY src/ ./src/',
  'COPY --from=other /x /y',
  'ADD https://example.com/a.tgz git@github.com:o/r.git /',
  'ADD vendor/*.tar vendor/[ab]/x /v/',
  'COPY $APP_DIR /app',
  'COPY ["docs/a b.md", "/d/"]',
  'COPY <<EOF /inline',
  'hello',
  'EOF',
  'FROM scratch AS unused',
  'COPY unused.txt /',
  'FROM build',
  'COPY ../../etc/passwd /p',
].join('\n');

describe('copySources', () => {
  test("the needed stages' COPY and ADD context sources, cleaned, without variables, URLs, git or --from", () => {
    expect(copySources(plan(MULTI).stages)).toEqual(['docs/a b.md', 'etc/passwd', 'package.json', 'src', 'src/lib', 'vendor/*.tar', 'vendor/[ab]/x']);
  });

  test("'' for the whole context; wildcards kept for the hasher to resolve; nothing without context sources", () => {
    expect(copySources(plan('FROM busybox\nCOPY app.js /\nCOPY . /app\n').stages)).toEqual(['', 'app.js']);
    expect(copySources(plan('FROM busybox\nCOPY ./*.json /\n').stages)).toEqual(['*.json']);
    expect(copySources(plan('FROM busybox AS a\nRUN true\nFROM busybox\nCOPY --from=a / /\n').stages)).toEqual([]);
  });
});

describe('base images resolved ahead', () => {
  test('imageBases: each image stage with its platform; stages and scratch left out', () => {
    const bases = imageBases(plan(MULTI), amd64).map((b) => [String(b.ref), b.platform]);
    expect(bases).toEqual([
      [String(parseReference('alpine')), { os: 'linux', architecture: 'arm64' }],
      [String(parseReference('busybox')), amd64],
    ]);
  });

  test('onceEach asks the registry once per reference and platform, failures included', async () => {
    const resolveImage = jest.fn(async (ref: { repository: string }) => {
      if (ref.repository.endsWith('missing')) throw new Error('manifest unknown');
      return { ref } as never;
    });
    const once = onceEach({ resolveImage } as unknown as RegistryClient);
    const a = parseReference('busybox');
    const arm = { os: 'linux', architecture: 'arm64' };
    expect(await once(a, amd64)).toBe(await once(parseReference('busybox'), { ...amd64 }));
    await once(a, arm);
    const missing = parseReference('missing');
    await expect(once(missing, amd64)).rejects.toThrow('manifest unknown');
    await expect(once(missing, amd64)).rejects.toThrow('manifest unknown');
    expect(resolveImage).toHaveBeenCalledTimes(3);
  });
});
