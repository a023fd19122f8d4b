// Production builds of the two pages the canvas benchmark compares: the editor's renderer and the
// bare React Flow baseline in ./bare. Both go through Vite in production mode into temp folders.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bareRoot = fileURLToPath(new URL('./bare/', import.meta.url));

/**
 * `minify: false` keeps function names, so that a CPU profile says which function spends the time;
 * the build is otherwise the production one.
 */
export interface BuildOptions {
  minify: boolean;
}

/** Builds the editor's renderer (its own Vite config) into `outDir`. */
export async function buildEditor(outDir: string, { minify }: BuildOptions): Promise<void> {
  await build({
    configFile: `${repoRoot}renderer/vite.config.ts`,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false, minify },
  });
}

/** Builds the bare React Flow page into `outDir`. */
export async function buildBarePage(outDir: string, { minify }: BuildOptions): Promise<void> {
  await build({
    configFile: false,
    root: bareRoot,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2_000, minify },
  });
}
