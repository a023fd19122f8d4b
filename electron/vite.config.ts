import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the Electron main process and the preload as CommonJS bundles. The preload must be one
 * self-contained file because sandboxed preloads cannot require anything but `electron`; the main
 * process keeps native and Electron modules external. Chosen over electron-vite to keep one bundler
 * (Vite) and no extra plugin layer; `ELECTRON_ENTRY=preload` selects the second build.
 */
const entry = process.env.ELECTRON_ENTRY === 'preload' ? 'preload' : 'main';
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL(`../out/${entry}`, import.meta.url)),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: true,
    ssr: true,
    lib: {
      entry: fileURLToPath(new URL(`./${entry}/index.ts`, import.meta.url)),
      formats: ['cjs'],
      fileName: () => 'index.cjs',
    },
    rollupOptions: {
      external: entry === 'preload' ? ['electron'] : ['electron', 'better-sqlite3', ...nodeBuiltins],
    },
  },
  ssr: { noExternal: true },
});
