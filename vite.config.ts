import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer, built to dist/renderer. Served by main/web.ts in browser mode and loaded from
// disk by the Electron window. Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
