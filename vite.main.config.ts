import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The Electron main process and preload, bundled into dist/main (scripts/start.js and
// electron-builder run both): `vite build -c vite.main.config.ts --mode main|preload`.
// main: ESM, with electron, Node built-ins and every dependency left external (they ship in
// node_modules inside the asar). preload: one CommonJS file, because a sandboxed preload can
// require nothing but `electron`, so shared/ code is inlined.
const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
];

export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  return {
    build: {
      outDir: 'dist/main',
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      ssr: true,
      lib: {
        entry: preload ? 'main/preload.ts' : 'main/app.ts',
        formats: [preload ? 'cjs' : 'es'],
        fileName: () => (preload ? 'preload.cjs' : 'app.js'),
      },
      rollupOptions: {
        external: preload ? ['electron'] : external,
      },
    },
    ssr: preload ? { noExternal: true, external: ['electron'] } : undefined,
  };
});
