/**
 * The context paths a build's COPY and ADD steps will hash, known from the plan before any step runs, so the
 * context hasher can walk and read them ahead (ContextHasher.prefetch). Only what is certain from the text:
 * sources with variables are left out (they are hashed when their step runs), a wildcard source stands for
 * the directory above its first wildcard, and a root inside another root is dropped.
 */
import type { PlannedStage } from '../dockerfile/plan.js';
import { cleanSource } from '../context/tree.js';

const URL_SOURCE = /^[a-z][a-z0-9+.-]*:\/\/|^git@/i;
const WILDCARD = /[*?[\\]/;

/** The context-relative roots ('' is the whole context) of the context sources of `stages`' COPY and ADD. */
export function copyRoots(stages: readonly PlannedStage[]): string[] {
  const roots = new Set<string>();
  for (const stage of stages) {
    for (const instr of stage.ast.instructions) {
      if (instr.kind !== 'COPY' && instr.kind !== 'ADD') continue;
      if (instr.kind === 'COPY' && instr.from !== undefined) continue;
      for (const src of instr.sources) {
        if (src.includes('$') || (instr.kind === 'ADD' && URL_SOURCE.test(src))) continue;
        const parts = cleanSource(src).split('/').filter(Boolean);
        const wild = parts.findIndex((p) => WILDCARD.test(p));
        roots.add((wild === -1 ? parts : parts.slice(0, wild)).join('/'));
      }
    }
  }
  const sorted = [...roots].sort();
  return sorted.filter((r) => !sorted.some((a) => a !== r && (a === '' || r.startsWith(`${a}/`))));
}
