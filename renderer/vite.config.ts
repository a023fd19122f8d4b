import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The renderer is a plain static build: the web host serves it, Electron loads it from the package.
// Two pages: the app (index.html) and the workshop participant page (participant.html), which the
// session's participant listener serves alone and which never carries the loopback API token.
export default defineConfig({
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
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]shared[\\/]zod-jitless\.ts$/ },
          ],
        },
      },
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        participant: fileURLToPath(new URL('./participant.html', import.meta.url)),
      },
    },
  },
});
