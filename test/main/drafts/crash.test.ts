// Kills a process that is autosaving and saving (SIGKILL at random moments, 200 times with a
// fixed seed), and checks after every kill that the named draft and the newest autosave parse and
// that every autosave the process finished is still there: at most the work since the last
// autosave is lost.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { readDraftFile } from '../../../main/services/drafts/draft-file';
import { AutosaveStore } from '../../../main/services/drafts/autosave-store';
import { tempDir } from './fs-traps';

const KILLS = 200;
let work: string;
let child: string;

/** mulberry32: small, seedable, good enough to spread kill times */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  work = tempDir('gongwen-h-crash-');
  // bundled once, so each of the 200 runs starts in plain node without a TypeScript loader
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: join(import.meta.dirname, 'crash-child.ts'),
      outDir: join(work, 'bin'),
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
  });
  child = join(work, 'bin', 'child.mjs');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function runAndKill(dataDir: string, delayMs: number) {
  return new Promise<{ autosaved: number; saved: number }>((resolve) => {
    const proc = spawn(process.execPath, [child, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready')) {
        timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.on('exit', () => {
      clearTimeout(timer);
      const last = (kind: string) =>
        Math.max(
          0,
          ...[...out.matchAll(new RegExp(`^${kind} (\\d+)$`, 'gm'))].map((m) => Number(m[1])),
        );
      resolve({ autosaved: last('A'), saved: last('S') });
    });
  });
}

async function killLane(dataDir: string, seed: number, kills: number) {
  const next = random(seed);
  const store = new AutosaveStore(dataDir, () => new Date());
  let everAutosaved = 0;
  let everSaved = 0;
  for (let i = 0; i < kills; i++) {
    const { autosaved, saved } = await runAndKill(dataDir, Math.floor(next() * 80));
    everAutosaved = Math.max(everAutosaved, autosaved);
    everSaved = Math.max(everSaved, saved);

    const versions = await store.listVersions('crash');
    if (everAutosaved) {
      expect(versions.length).toBeGreaterThan(0);
      const newest = await store.readVersion('crash', versions[0].id);
      // nothing that was reported autosaved is missing
      expect(Number(newest.meta.title.replace(/\D/g, '')), `run ${i}`).toBeGreaterThanOrEqual(
        everAutosaved,
      );
      expect(newest.blocks).toHaveLength(15);
    }
    const named = join(dataDir, 'named.gwd');
    if (everSaved) {
      const draft = await readDraftFile(named);
      expect(Number(draft.meta.title.replace(/\D/g, ''))).toBeGreaterThanOrEqual(everSaved);
    } else if (existsSync(named)) {
      await readDraftFile(named);
    }
  }
  return { everAutosaved, everSaved, dataDir };
}

describe('crash safety', () => {
  it(`keeps the draft and the newest autosave readable through ${KILLS} SIGKILLs at random moments`, async () => {
    // four independent lanes (own data folder, own seed) share the kills, to keep the run short
    const lanes = await Promise.all(
      [1, 2, 3, 4].map((lane) => killLane(join(work, `data-${lane}`), 20250600 + lane, KILLS / 4)),
    );
    // enough writes completed that kills landed between and inside them (a loaded machine
    // completes fewer per run, hence a total rather than a per-lane bound)
    expect(lanes.reduce((n, lane) => n + lane.everAutosaved, 0)).toBeGreaterThan(KILLS / 8);
    for (const { everAutosaved, everSaved, dataDir } of lanes) {
      expect(everAutosaved).toBeGreaterThan(0);
      expect(everSaved).toBeGreaterThan(0);
      const store = new AutosaveStore(dataDir, () => new Date());
      // the history stays bounded however often the process died
      expect((await store.listVersions('crash')).length).toBeLessThanOrEqual(20 + 2);
      // temporary files orphaned by kills are cleared when the app next looks for work to recover
      await store.listRecoverable();
      const files = readdirSync(join(dataDir, 'autosave', 'crash'));
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  }, 300_000);
});
