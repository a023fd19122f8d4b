// Starts the real web host (the same one `npm run web` runs) on a given renderer build and data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningWebHost {
  url: string;
  stop(): Promise<void>;
}

/** Spawns `electron/web-host/cli.ts` and resolves with the URL it prints on stdout. */
export function startWebHostProcess(rendererDir: string, dataDir: string): Promise<RunningWebHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web-host/cli.ts', '--port', '0', '--data', dataDir, '--no-open'],
    {
      cwd: repoRoot,
      env: { ...process.env, JOURNEY_RENDERER_DIR: rendererDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      // A host that ignores SIGTERM must not outlive the benchmark.
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The web host did not start within 60 s.\n${err}`));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited (code ${code}) before printing its URL.\n${err}`));
    });
  });
}
