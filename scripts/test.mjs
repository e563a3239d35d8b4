// The test command (`npm test`): type-check, then Jest (ESM) with every test, under Node 24.
// Extra arguments go to Jest, e.g. `npm test -- __tests__/oci`.
import { spawnSync } from 'node:child_process';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`hoist's tests need Node 24 (this is ${process.version}); run them through npm so node_modules/.bin/node is used`);
  process.exit(1);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
run(process.execPath, ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...process.argv.slice(2)]);
