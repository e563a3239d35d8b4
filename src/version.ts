import { readFileSync } from 'node:fs';

/** hoist's version: package.json's, read when asked (this file and the bundle's chunks sit one level below it). */
export function hoistVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name?: string; version?: string };
    return pkg.name === 'hoist' && pkg.version ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
