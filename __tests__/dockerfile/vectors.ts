/** Reads `expansion-vectors.txt` (format described at its top). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One vector. */
export interface Vector {
  line: number;
  input: string;
  env: Record<string, string>;
  escape: string;
  mode: 'word' | 'words';
  docker: boolean;
  expected: { value: string } | { words: string[] } | { error: string };
}

/** All vectors of the table, with the settings in force on their line. */
export function loadVectors(): Vector[] {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const text = readFileSync(path.join(dir, 'expansion-vectors.txt'), 'utf8');
  const out: Vector[] = [];
  let env: Record<string, string> = {};
  let escape = '\\';
  let mode: 'word' | 'words' = 'word';
  let docker = false;
  text.split('\n').forEach((raw, i) => {
    if (raw.startsWith('#') || raw.trim() === '') return;
    if (raw.startsWith('@env')) env = JSON.parse(raw.slice(4).trim() || '{}') as Record<string, string>;
    else if (raw.startsWith('@escape ')) escape = raw.slice(8).trim();
    else if (raw === '@words') (mode = 'words'), (docker = false);
    else if (raw === '@word') mode = 'word';
    else if (raw === '@docker') docker = true;
    else if (raw === '@nodocker') docker = false;
    else {
      const sep = raw.indexOf(' ==>');
      if (sep < 0) throw new Error(`expansion-vectors.txt:${i + 1}: no " ==> "`);
      const input = raw.slice(0, sep);
      const exp = raw.slice(sep + 4).replace(/^ /, '');
      let expected: Vector['expected'];
      if (exp === 'error' || exp.startsWith('error: ')) expected = { error: exp.slice(7) };
      else if (mode === 'words') expected = { words: JSON.parse(exp) as string[] };
      else if (exp.startsWith('json:')) expected = { value: JSON.parse(exp.slice(5)) as string };
      else expected = { value: exp };
      out.push({ line: i + 1, input, env: { ...env }, escape, mode, docker, expected });
    }
  });
  return out;
}
