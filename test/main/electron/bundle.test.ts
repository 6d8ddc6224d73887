// The bundles npm start and electron-builder ship: a sandboxed preload can require nothing but
// `electron` (and a few Node shims), so shared/ code must be inlined into one CommonJS file; the
// main bundle must be ESM that leaves electron and the dependencies external.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'gongwen-h-bundle-'));
  for (const mode of ['main', 'preload']) {
    await build({
      configFile: join(process.cwd(), 'vite.main.config.ts'),
      mode,
      logLevel: 'silent',
      build: { outDir: out },
    });
  }
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('Electron bundles (vite.main.config.ts)', () => {
  it('makes the preload one CommonJS file that requires only electron', () => {
    const preload = readFileSync(join(out, 'preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^import /m);
    expect(preload).toContain('exposeInMainWorld("drafter"');
    expect(preload).toContain('gongwen:api:');
  });

  it('makes the main bundle ESM with electron and dependencies left external', () => {
    const main = readFileSync(join(out, 'app.js'), 'utf8');
    expect(main).toMatch(/^import .* from "electron";$/m);
    expect(main).toMatch(/^import \w+ from "electron-store";$/m);
    expect(main).not.toContain('require("electron")');
    expect(main).toContain('contextIsolation: true');
  });
});
