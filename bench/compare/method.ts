/** The method section of docs/benchmarks.md (how each number is made), kept next to the code that makes them. */
export const METHOD = `
## Method

**Reproduce:** \`npm ci && npm run bench\` as root on Debian 12 (\`scripts/bench.mjs\` installs the missing Debian
packages: \`buildah\`, \`docker.io\`, \`docker-registry\`, \`debootstrap\`, \`containerd\`, \`runc\`; the BuildKit engine
is Engine 26 + buildx from Debian 13 packages, unpacked by \`scripts/docker-engine.sh\` under
\`/var/tmp/hoist-bench-engine\`). One configuration at a time:
\`node_modules/.bin/node bench/ts.mjs bench/compare.ts --runs 1 --fixtures busybox-app --builders hoist-gha,buildx-registry\`.
Re-render this page from the last run's \`bench/results/compare.json\`: \`... bench/compare.ts --render-only\`.
The no-op alone, many times, to compare hoist bundles (e.g. one built from an older commit with
\`node scripts/bundle.mjs DIR\`): \`node_modules/.bin/node bench/ts.mjs bench/noop.ts --repeats 15 --bundle A --bundle B\`.

**Sequence.** For each run, fixture and builder: a fresh image registry and a fresh cache registry (Debian's
\`docker-registry\` on 127.0.0.1, each behind a counting TCP proxy), a fresh local Actions cache service, the fixture's
base images pushed (not timed), then four builds, each pushing \`<registry>/bench/<fixture>:<branch>\`:
1. **cold**: branch \`main\`, empty caches;
2. **warm**: branch \`main\`, one source file changed (a file of the last COPY);
3. **no-op**: branch \`main\`, nothing changed;
4. **warm-from-main**: branch \`feature\` (first build of the branch), one more source file changed; the build may read
   main's cache but writes its own.

Builders are interleaved within a run (every builder's sequence for a fixture, then the next fixture), so drifts in
the machine's load spread over all of them.

**Fresh runner.** Before every build the builder's local state is wiped and only its remote cache survives:
- hoist, Actions cache: the whole state directory (\`--cache-dir\`, which also holds unpacked layers and the Node
  compile cache) is removed; the Actions cache service keeps its entries, as on GitHub;
- hoist, \`--cache-dir\`: everything in the directory but the layer cache (\`DIR/cache\`) is removed;
- hoist, registry cache: the whole state directory is removed; the cache registry keeps its refs, as BuildKit's
  registry cache gets them (\`--cache-to type=registry,ref=...:<branch>,mode=max\`, \`--cache-from\` the branch's
  and main's refs);
- the hoist builders run with \`RUNNER_ENVIRONMENT=github-hosted\`, as on a GitHub-hosted runner, so hoist unpacks
  the layers its \`RUN\` steps stand on into \`/dev/shm\` (memory) instead of its state directory, as it does there;
- BuildKit: \`docker buildx prune -af\`, \`docker system prune -af\`, then checked that no image is left, on a private
  engine (its own \`HOIST_ENGINE_DIR\`, so nobody else's images are touched);
- docker build (classic): \`docker builder prune -af\`, \`docker system prune -af\` on a private Engine 20.10;
- buildah: its private \`--root\`/\`--runroot\` storage is removed.

**Wall time** is the wall-clock time of the builder's own commands, as a CI step runs them: \`hoist build --push\` (a
whole Node process, fresh bundle of the working tree); \`docker buildx build --push\`; \`docker pull\` of the cache
images + \`docker build --cache-from\` + \`docker push\`; \`buildah bud\` + \`buildah push\`. Not timed: wiping, pushing
the bases, and for local-directory caches the actions/cache restore and save themselves.

**Bytes.** *registry ↓/↑*: bytes through the image registry's proxy (base image pulls, the classic builder's cache-image
pulls, existence checks, the push; HTTP headers included). *cache ↓/↑*: for hoist's Actions cache, blob bytes served
and received by the Actions cache service; for registry caches (hoist's, BuildKit's) and buildah, bytes through the cache
registry's proxy; for local-directory caches (hoist \`--cache-dir\`, BuildKit \`type=local\`), what actions/cache would
move: the whole directory restored before the build, and saved whole after it when its contents changed (0 when
unchanged). The classic builder's cache is the pushed image itself, so its cache traffic is in the registry columns.
*cached steps*: steps the builder's log reports as reused from its cache (each builder counts its own steps: BuildKit
counts internal steps too, so compare within a row's builder across scenarios, not across builders).

**Ratios** (× hoist) are a builder's median wall time divided by hoist's (Actions cache) median for the same fixture
and scenario: above 1 means hoist was faster. The goals compare hoist (Actions cache) with BuildKit with a registry
cache, the setup docker/build-push-action users move to when \`type=gha\` is too slow.

**Caveats.** All traffic is on loopback, so network costs that dominate on real runners (a registry over the
internet, the Actions cache over HTTPS) are mostly absent: bytes moved are reported so they can be priced in. The
machine was shared with other jobs. \`apt-get\` in the Debian fixtures downloads from Debian's mirror on every
uncached run, for every builder alike. This machine's ext4 creates files at very different speeds depending on the
directory and the moment (1,000 empty files: 0.05 s in one directory, 1.0 s in a new one under /var/tmp at the same
time; unpacking the Debian base with GNU tar took 1.5 s in one directory and 9 s in another, minutes apart, nearly
all of the difference kernel time; on /dev/shm 1.4–2.0 s). BuildKit, docker and buildah unpack layers into their
data roots on that disk, hoist (as on a GitHub-hosted runner) into /dev/shm, so warm and cold cells can move by
several times between runs for reasons none of them controls; the spread (min–max) shows it.
`;
