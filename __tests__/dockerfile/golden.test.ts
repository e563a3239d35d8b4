/**
 * Golden files: each `__tests__/fixtures/dockerfile/<case>/Dockerfile` (with optional `options.json`:
 * buildArgs, target, platform) must describe exactly as `expected.json` says; each `negative/<case>` must fail
 * with the message in `expected-error.txt` (`file:line: message`).
 * Run with HOIST_UPDATE_GOLDEN=1 to rewrite expected.json after a deliberate change (then review the diff).
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDockerfile, type DescribeOptions } from '../../src/dockerfile/describe.js';
import { DockerfileError } from '../../src/dockerfile/errors.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/dockerfile');
const update = process.env.HOIST_UPDATE_GOLDEN === '1';

interface CaseOptions {
  buildArgs?: Record<string, string>;
  target?: string;
  platform?: string;
}

function options(dir: string): DescribeOptions {
  const f = path.join(dir, 'options.json');
  const o: CaseOptions = existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as CaseOptions) : {};
  return {
    file: 'Dockerfile',
    buildArgs: o.buildArgs ?? {},
    target: o.target,
    platform: o.platform ?? 'linux/amd64',
    buildPlatform: { os: 'linux', architecture: 'amd64' },
  };
}

const cases = readdirSync(root).filter((d) => d !== 'negative' && existsSync(path.join(root, d, 'Dockerfile'))).sort();
const negatives = readdirSync(path.join(root, 'negative')).sort();

describe('Dockerfile golden files', () => {
  test('there are at least 80 positive cases and a negative folder', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(negatives.length).toBeGreaterThanOrEqual(20);
  });

  test.each(cases)('%s', (name) => {
    const dir = path.join(root, name);
    const text = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    const report = describeDockerfile(text, options(dir));
    const file = path.join(dir, 'expected.json');
    if (update) writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    expect(report).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('Dockerfile negative cases', () => {
  test.each(negatives)('%s', (name) => {
    const dir = path.join(root, 'negative', name);
    const text = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    const expected = readFileSync(path.join(dir, 'expected-error.txt'), 'utf8').trim();
    let error: unknown;
    try {
      describeDockerfile(text, options(dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DockerfileError);
    expect((error as Error).message).toBe(expected);
    expect((error as DockerfileError).line).toBe(Number(/^Dockerfile:(\d+):/.exec(expected)?.[1] ?? 0));
  });
});

test('a physical line over 65535 bytes (BuildKit reads lines with a 64 KiB Go scanner) is refused at line 1, as BuildKit places it', () => {
  const line = (n: number) => `FROM scratch\nLABEL A=${'x'.repeat(n - 8)}\r\n`;
  expect(() => describeDockerfile(line(65534), options('/nonexistent'))).not.toThrow();
  expect(() => describeDockerfile(line(65535), options('/nonexistent'))).toThrow('Dockerfile:1: dockerfile line greater than max allowed size of 65535');
  // Bytes, not characters.
  expect(() => describeDockerfile(`FROM scratch\nLABEL A=${'é'.repeat(33000)}\n`, options('/nonexistent'))).toThrow('greater than max allowed size');
});
