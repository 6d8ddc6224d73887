// `npm run bench [name…]`: runs every bench/*.bench.ts (or those whose name contains an argument)
// one after another. Each prints its measurements as ratios against a baseline measured in the same
// run, since this machine is shared and absolute times are noisy.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const filters = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const r = spawnSync('node', ['--expose-gc', '--import', 'tsx', `bench/${file}`], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
