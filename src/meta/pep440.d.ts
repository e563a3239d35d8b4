/** Types of the parts of @renovate/pep440 (a CommonJS module without its own types) that src/meta uses. */
declare module '@renovate/pep440' {
  interface ExplainedVersion {
    epoch: number;
    release: number[];
    pre: [string, number] | null;
    post: [string, number] | null;
    dev: [string, number] | null;
    local: string | null;
    public: string;
    base_version: string;
    is_prerelease: boolean;
    is_devrelease: boolean;
    is_postrelease: boolean;
  }
  const pep440: {
    valid(version: string): string | null;
    clean(version: string): string;
    explain(version: string): ExplainedVersion;
    major(version: string): string;
    minor(version: string): string;
    patch(version: string): string;
    gte(a: string, b: string): boolean;
  };
  export = pep440;
}
