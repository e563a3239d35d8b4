/**
 * Annotation levels as buildx parses `--annotation` (buildflags.ParseAnnotations) and BuildKit applies them
 * (exporter/containerimage AnnotationsGroup, writer.go, exporter/oci export.go).
 */
import { describe, expect, test } from '@jest/globals';
import { annotationsFor, annotationsNeedOci, parseAnnotation, splitAnnotations, unplacedIndexAnnotations } from '../../src/build/annotations.js';
import { assembleImage, exportTime, toPushable } from '../../src/build/output.js';
import type { ImageState } from '../../src/build/types.js';
import type { Platform } from '../../src/oci/types.js';

describe('parsing', () => {
  test.each([
    ['k=v', [['manifest', '']], 'k', 'v'],
    ['index:k=v=w', [['index', '']], 'k', 'v=w'],
    ['manifest,index:k=', [['manifest', ''], ['index', '']], 'k', ''],
    ['manifest[linux/arm]:k=v', [['manifest', 'linux/arm/v7']], 'k', 'v'],
    ['manifest-descriptor[linux/arm64/v8],index-descriptor:k=v', [['manifest-descriptor', 'linux/arm64'], ['index-descriptor', '']], 'k', 'v'],
    // A key with dots before a colon is a key, not a type (buildx's type is [a-z-]+).
    ['com.example:k=v', [['manifest', '']], 'com.example:k', 'v'],
  ])('%s', (line, types, key, value) => {
    expect(parseAnnotation(line)).toEqual({ types: types.map(([type, platform]) => ({ type, platform })), key, value });
  });

  test.each([
    ['novalue', 'expected [TYPE:]KEY=VALUE'],
    ['=v', 'empty key'],
    ['manifest:=v', 'empty key'],
    ['has space=v', 'the key without spaces'],
    ['foo:k=v', 'unrecognized annotation type foo'],
    ['manifest,bar:k=v', 'unrecognized annotation type bar'],
    ['manifest[x/y/z/w]:k=v', 'invalid platform "x/y/z/w"'],
  ])('%s is refused: %s', (line, why) => {
    const r = parseAnnotation(line);
    expect('error' in r && r.error).toContain(why);
  });

  test('lines by level and platform, later lines winning; bad lines go to skip', () => {
    const skipped: string[] = [];
    const a = splitAnnotations(['a=1', 'manifest:a=2', 'manifest[linux/amd64]:a=3', 'index,index-descriptor:i=1', 'manifest-descriptor:d=1', 'bad'], (l) => skipped.push(l));
    expect(a).toEqual({ manifest: { '': { a: '2' }, 'linux/amd64': { a: '3' } }, index: { i: '1' }, indexDescriptor: { i: '1' }, manifestDescriptor: { '': { d: '1' } } });
    expect(skipped).toEqual(['bad']);
    expect(annotationsFor(a, { os: 'linux', architecture: 'amd64' })).toEqual({ manifest: { a: '3' }, manifestDescriptor: { d: '1' } });
    expect(annotationsFor(a, { os: 'linux', architecture: 'arm64', variant: 'v8' })).toEqual({ manifest: { a: '2' }, manifestDescriptor: { d: '1' } });
  });

  test('BuildKit turns OCI media types on for index and descriptor annotations, not for manifest ones', () => {
    expect(annotationsNeedOci(splitAnnotations(['manifest:a=1', 'manifest[linux/amd64]:b=2']))).toBe(false);
    for (const l of ['index:a=1', 'index-descriptor:a=1', 'manifest-descriptor[linux/arm64]:a=1']) expect(annotationsNeedOci(splitAnnotations([l]))).toBe(true);
    expect(annotationsNeedOci(undefined)).toBe(false);
  });
});

const state = (platform: Platform): ImageState => ({
  platform,
  config: { architecture: platform.architecture, os: platform.os, ...(platform.variant ? { variant: platform.variant } : {}), rootfs: { type: 'layers', diff_ids: [] }, config: {} },
  layers: [],
  key: 'k',
});

describe('where each level lands', () => {
  const format = { family: 'oci' as const, compression: 'gzip' as const };
  const a = splitAnnotations(['m=all', 'manifest[linux/arm64]:m=arm', 'manifest-descriptor:d=all', 'manifest-descriptor[linux/amd64]:d=amd', 'index:i=1', 'index-descriptor:x=1']);

  test('several platforms: manifests, their descriptors in the index, the index, and the top descriptor', () => {
    const arts = [state({ os: 'linux', architecture: 'amd64' }), state({ os: 'linux', architecture: 'arm64' })].map((s) => assembleImage(s, format, a));
    expect(arts.map((x) => JSON.parse(x.manifestBytes.toString()).annotations)).toEqual([{ m: 'all' }, { m: 'arm' }]);
    const image = toPushable(arts, a);
    const index = JSON.parse(image.topBytes.toString());
    expect(index.annotations).toEqual({ i: '1' });
    expect(index.manifests.map((m: { annotations?: object }) => m.annotations)).toEqual([{ d: 'amd' }, { d: 'all' }]);
    // As Go marshals ocispec.Descriptor: annotations before platform.
    expect(Object.keys(index.manifests[0])).toEqual(['mediaType', 'digest', 'size', 'annotations', 'platform']);
    expect(image.topAnnotations).toEqual({ x: '1' });
  });

  test('one platform: the lone manifest\'s descriptor takes the manifest-descriptor ones; index ones have no place', () => {
    const image = toPushable([assembleImage(state({ os: 'linux', architecture: 'amd64' }), format, a)], a);
    expect(JSON.parse(image.topBytes.toString()).annotations).toEqual({ m: 'all' });
    expect(image.topAnnotations).toEqual({ d: 'amd' });
    // ...so a build warns that they are not applied (BuildKit refuses them); with an index they have a place.
    expect(unplacedIndexAnnotations(a, 1, false)).toEqual(['index:i', 'index-descriptor:x']);
    expect(unplacedIndexAnnotations(a, 2, false)).toEqual([]);
    expect(unplacedIndexAnnotations(a, 1, true)).toEqual([]);
    expect(unplacedIndexAnnotations(splitAnnotations(['m=1', 'manifest-descriptor:d=1']), 1, false)).toEqual([]);
  });

  test('Docker media types: the manifests carry theirs, as BuildKit writes them; descriptors and the index none', () => {
    const docker = { family: 'docker' as const, compression: 'gzip' as const };
    const arts = [state({ os: 'linux', architecture: 'amd64' }), state({ os: 'linux', architecture: 'arm64' })].map((s) => assembleImage(s, docker, splitAnnotations(['m=1'])));
    const image = toPushable(arts, splitAnnotations(['m=1', 'manifest-descriptor:d=1']));
    const manifest = JSON.parse(arts[0].manifestBytes.toString());
    expect(manifest.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(manifest.annotations).toEqual({ m: '1' });
    expect(Object.keys(manifest)).toEqual(['schemaVersion', 'mediaType', 'config', 'layers', 'annotations']);
    expect(JSON.parse(image.topBytes.toString()).manifests[0].annotations).toBeUndefined();
    expect(image.topAnnotations).toBeUndefined();
  });
});

test('the export time: SOURCE_DATE_EPOCH, else now, RFC 3339 in whole seconds', () => {
  expect(exportTime(1_700_000_000, 0)).toBe('2023-11-14T22:13:20Z');
  expect(exportTime(undefined, Date.UTC(2026, 11, 5, 1, 2, 3, 456))).toBe('2026-12-05T01:02:03Z');
  expect(exportTime(0, 5)).toBe('1970-01-01T00:00:00Z');
});
