/**
 * The job summary (GITHUB_STEP_SUMMARY) as markdown: tags and digest, size and its change against what the
 * first tag pointed at before, per-step cache result and time, layer sizes, cache and push numbers; or, when
 * the run failed, the failure with what was known. Pure: the caller writes the text.
 */
import type { BuildOutcome } from '../build/run-build.js';
import type { StepReport } from '../build/types.js';
import type { CacheStats } from '../cache/types.js';
import { formatPlatform } from '../oci/platform.js';
import type { ImageArtifact } from '../build/output.js';
import { firstLine, formatBytes, formatDelta, formatDuration, shortDigest } from './format.js';
import type { PreviousImage } from './preflight.js';

/** Everything the summary shows; all optional parts may be missing when the run failed early. */
export interface SummaryInput {
  /** Every reference tagged (or that would have been, when not pushing). */
  tags: string[];
  push: boolean;
  /** Pushed by digest only (push-by-digest): the tags were not set. */
  pushByDigest?: boolean;
  /** Why push is on or off (`input`, `default: no push on pull_request events`). */
  pushReason: string;
  outcome?: BuildOutcome;
  /** Steps reported so far (from the build events), used when there is no outcome. */
  steps: StepReport[];
  previous?: PreviousImage;
  cache?: { kind: string; reason: string; stats?: CacheStats };
  failure?: string;
  /** Tags that reached their registry before the push failed (the rest were not pushed). */
  pushedBeforeFailure?: string[];
  durationMs: number;
}

/** Escapes text for a markdown table cell inside `<code>`. */
function code(text: string): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
  return `<code>${esc}</code>`;
}

/** Escapes plain text for a table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Compressed size of one platform's image: config plus layers. */
export function artifactSize(a: ImageArtifact): number {
  return a.configBytes.length + a.layers.reduce((n, l) => n + l.size, 0);
}

function stepRows(steps: StepReport[]): string[][] {
  return steps.map((r) => [
    cell(r.stage),
    String(r.line),
    code(firstLine(r.instruction, 80)),
    r.status === 'cached' ? '**CACHED**' : r.status === 'built' ? 'built' : '',
    r.status === 'config' ? '' : formatDuration(r.ms),
    r.layerSize !== undefined ? formatBytes(r.layerSize) : '',
  ]);
}

/** A history `created_by` as a Dockerfile line: `RUN /bin/sh -c make # buildkit` -> `RUN make`. */
function createdBy(text: string): string {
  return text.replace(/^\/bin\/sh -c (#\(nop\) )?/, '').replace(/^RUN \/bin\/sh -c /, 'RUN ').replace(/ # buildkit$/, '');
}

/** Layers with the history line that made each (history entries without `empty_layer`, in order). */
function layerRows(a: ImageArtifact): string[][] {
  const made = (a.config.history ?? []).filter((h) => !h.empty_layer).map((h) => h.created_by ?? '');
  return a.layers.map((l, i) => [String(i + 1), code(shortDigest(l.digest)), formatBytes(l.size), code(firstLine(createdBy(made[i] ?? ''), 70))]);
}

function sizeLine(a: ImageArtifact, previous: PreviousImage | undefined): string {
  const size = artifactSize(a);
  if (!previous) return `${formatBytes(size)} (no earlier image under the first tag)`;
  return `${formatBytes(size)}, ${formatDelta(size, previous.size)} against ${code(previous.ref)} before this build (${code(shortDigest(previous.digest))})`;
}

function cacheLine(input: SummaryInput, steps: StepReport[]): string {
  const layerSteps = steps.filter((s) => s.status !== 'config');
  const cached = layerSteps.filter((s) => s.status === 'cached').length;
  const parts = [`${input.cache?.kind ?? 'off'} (${input.cache?.reason ?? ''})`, `${cached}/${layerSteps.length} layer steps cached`];
  const st = input.cache?.stats;
  if (st && st.kind !== 'off') parts.push(`${formatBytes(st.bytesDownloaded)} read, ${formatBytes(st.bytesUploaded)} written`);
  const save = input.outcome?.cache;
  if (save?.skipped) parts.push(`not saved: ${save.skipped}`);
  else if (save) parts.push(`${save.blobsSaved} new layers saved (${formatBytes(save.blobBytesSaved)}), ${save.blobsAlreadyCached} already cached`);
  return parts.join('; ');
}

/** Renders the job summary markdown. */
export function renderSummary(input: SummaryInput): string {
  const out: string[] = [];
  const o = input.outcome;
  const steps = o?.reports ?? input.steps;
  const title = input.tags[0] ? input.tags[0].replace(/:[^:/]+$/, '') : 'image';
  const status = input.failure ? 'failed' : input.push ? 'pushed' : 'built, not pushed';
  out.push(`## hoist: ${cell(title)} ${input.failure ? '❌' : '✅'} ${status}`, '');
  if (input.failure) out.push('```text', input.failure.replace(/```/g, "'''"), '```', '');
  if (input.tags.length) {
    const state = input.failure ? 'not pushed' : input.push ? (input.pushByDigest ? 'not set (pushed by digest)' : 'pushed') : `not pushed (${cell(input.pushReason)})`;
    // A push that failed part-way: the tags that did reach their registry say so.
    const stateOf = (t: string) => (input.failure && input.pushedBeforeFailure?.includes(t) ? 'pushed' : state);
    out.push(table(['Tag', ''], input.tags.map((t) => [code(t), stateOf(t)])), '');
  } else {
    out.push('No tag was produced for this ref.', '');
  }
  const facts: string[][] = [];
  if (o) {
    facts.push(['Digest', code(o.digest)], ['Image ID', code(o.imageId)], ['Platforms', o.artifacts.map((a) => formatPlatform(a.platform)).join(', ')]);
    facts.push(['Size (compressed)', sizeLine(o.artifacts[0], input.previous)]);
    for (const a of o.artifacts.slice(1)) facts.push([`Size ${formatPlatform(a.platform)}`, formatBytes(artifactSize(a))]);
  }
  facts.push(['Cache', cell(cacheLine(input, steps))]);
  if (o?.push) {
    const p = o.push;
    facts.push(['Push', `${plural(p.blobsUploaded, 'layer')} uploaded (${formatBytes(p.bytesUploaded)} with the config), ${p.blobsPresent} already there, ${p.blobsMounted} mounted`]);
  }
  facts.push(['Time', formatDuration(input.durationMs)]);
  out.push(table(['', ''], facts), '');
  if (steps.length) out.push('### Steps', '', table(['Stage', 'Line', 'Instruction', 'Result', 'Time', 'Layer'], stepRows(steps)), '');
  for (const a of o?.artifacts ?? []) {
    out.push(`### Layers (${formatPlatform(a.platform)})`, '', table(['#', 'Layer', 'Size', 'Created by'], layerRows(a)), '');
  }
  const warnings = [...(o?.warnings ?? []), ...(input.cache?.stats?.warnings ?? o?.cache?.warnings ?? [])];
  if (warnings.length) out.push('### Warnings', '', ...warnings.map((w) => `- ${cell(w)}`), '');
  return `${out.join('\n')}\n`;
}
