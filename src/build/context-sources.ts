/**
 * The context sources a build's COPY and ADD steps will hash, known from the plan before any step runs, so the
 * context hasher can read them ahead (ContextHasher.prefetch resolves wildcards as COPY does). Only what is
 * certain from the text: sources with variables are left out (they are hashed when their step runs).
 */
import type { PlannedStage } from '../dockerfile/plan.js';
import { cleanSource } from '../context/tree.js';

const URL_SOURCE = /^[a-z][a-z0-9+.-]*:\/\/|^git@/i;

/** The context sources (cleaned, '' for the whole context, wildcards kept) of `stages`' COPY and ADD. */
export function copySources(stages: readonly PlannedStage[]): string[] {
  const out = new Set<string>();
  for (const stage of stages) {
    for (const instr of stage.ast.instructions) {
      if (instr.kind !== 'COPY' && instr.kind !== 'ADD') continue;
      if (instr.kind === 'COPY' && instr.from !== undefined) continue;
      for (const src of instr.sources) {
        if (src.includes('$') || (instr.kind === 'ADD' && URL_SOURCE.test(src))) continue;
        out.add(cleanSource(src));
      }
    }
  }
  return [...out].sort();
}
