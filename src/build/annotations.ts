/**
 * Annotation lines as buildx and metadata-action write them: `[TYPE:]KEY=VALUE`, TYPE `manifest` (the default) or
 * `index`; buildx's descriptor types and platform-qualified ones (`manifest[linux/amd64]:`) are not applied.
 */

/** One annotation line, or undefined when it has no `KEY=VALUE`. */
export function parseAnnotation(line: string): { type: string; key: string; value: string } | undefined {
  const eq = line.indexOf('=');
  if (eq <= 0) return undefined;
  const head = line.slice(0, eq);
  const colon = head.indexOf(':');
  const typed = colon >= 0 && /^[a-z-]+(\[[^\]]*\])?$/.test(head.slice(0, colon));
  return { type: typed ? head.slice(0, colon) : 'manifest', key: typed ? head.slice(colon + 1) : head, value: line.slice(eq + 1) };
}

/**
 * Manifest and index annotations from lines; a line that does not parse, or has another type, goes to `skip`
 * (which may throw) and is left out.
 */
export function splitAnnotations(lines: readonly string[], skip: (line: string, why: string) => void = () => undefined): { manifest: Record<string, string>; index: Record<string, string> } {
  const manifest: Record<string, string> = {};
  const index: Record<string, string> = {};
  for (const line of lines) {
    const a = parseAnnotation(line);
    if (!a) skip(line, 'expected [TYPE:]KEY=VALUE');
    else if (a.key === '') skip(line, 'empty key');
    else if (a.type !== 'manifest' && a.type !== 'index') skip(line, `${a.type} annotations are not supported (manifest or index)`);
    else (a.type === 'index' ? index : manifest)[a.key] = a.value;
  }
  return { manifest, index };
}
