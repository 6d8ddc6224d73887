// `npm test`: type check of every layer, ESLint, Prettier, the renderer build the end-to-end tests
// drive, then every vitest project. Ends with one plain line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const steps = [
  ['type check: shared', 'npx', ['tsc', '-p', 'shared']],
  ['type check: main', 'npx', ['tsc', '-p', 'main']],
  ['type check: renderer', 'npx', ['tsc', '-p', 'renderer']],
  ['type check: test', 'npx', ['tsc', '-p', 'test']],
  ['eslint', 'npx', ['eslint', '.']],
  ['prettier', 'npx', ['prettier', '--check', '.']],
  ['build renderer', 'npx', ['vite', 'build', '--logLevel', 'warn']],
];

const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

if (!extra.length) {
  for (const [name, cmd, args] of steps) {
    console.log(`\n=== ${name}`);
    const r = spawnSync(cmd, args, { stdio: 'inherit' });
    if (r.status === 0) passed++;
    else {
      failed++;
      failures.push(name);
    }
  }
}

const results = '.vitest-results.json';
rmSync(results, { force: true });
console.log('\n=== vitest');
spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...extra,
  ],
  {
    stdio: 'inherit',
  },
);
try {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests) failures.push(`${report.numFailedTests} vitest tests`);
  // a suite that fails to load counts as a failure even though it ran no test
  const broken = report.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  failed += broken.length;
  for (const f of broken) failures.push(`suite failed to load: ${f.name}`);
} catch {
  failed++;
  failures.push('vitest produced no report');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
