import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** Every module `entry` imports statically, directly or not (what the page runs at start). */
function staticallyReached(graph: ModuleGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

const appEntry = fileURLToPath(new URL('./main.tsx', import.meta.url));
const participantEntry = fileURLToPath(new URL('./participant/main.tsx', import.meta.url));
let startSets: { app: Set<string>; participant: Set<string> } | null = null;

/**
 * The start-up chunks: what both pages run at start (React, i18next, the shared protocol) in `app`,
 * what only the app runs at start (the editor and its canvas) in `start`; the lazy parts are left to
 * the automatic chunking. Left to itself, the bundler cut the app's start-up code into a score of
 * small chunks, each a request of its own before the first render, which opened a map later.
 */
function startChunk(id: string, graph: ModuleGraph): string | null {
  startSets ??= {
    app: staticallyReached(graph, appEntry),
    participant: staticallyReached(graph, participantEntry),
  };
  // The entry module stays in the page's own chunk.
  if (id === appEntry) return null;
  if (startSets.participant.has(id)) return startSets.app.has(id) ? 'app' : null;
  return startSets.app.has(id) ? 'start' : null;
}

// The renderer is a plain static build: the web host serves it, Electron loads it from the package.
// Two pages: the app (index.html) and the workshop participant page (participant.html), which the
// session's participant listener serves alone and which never carries the loopback API token.
export default defineConfig(() => {
  // One build, one module graph: forget the last build's (the benchmark builds twice in one process).
  startSets = null;
  return {
    root: here,
    base: './',
    plugins: [react()],
    build: {
      outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
      emptyOutDir: true,
      sourcemap: true,
      chunkSizeWarningLimit: 2_000,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // zod with the module that configures it, in one chunk that runs before any chunk
              // builds a schema: split apart, a chunk of schemas could run before `jitless` is set and
              // zod would probe eval, which the CSP blocks and reports (see shared/zod-jitless.ts).
              {
                name: 'zod',
                test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]shared[\\/]zod-jitless\.ts$/,
                priority: 1,
              },
              { name: startChunk, debugName: 'start' },
            ],
          },
        },
        input: {
          index: fileURLToPath(new URL('./index.html', import.meta.url)),
          participant: fileURLToPath(new URL('./participant.html', import.meta.url)),
        },
      },
    },
  };
});
