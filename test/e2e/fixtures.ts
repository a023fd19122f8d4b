import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeCspViolations, settleCspReports, watchCspViolations } from './csp-guard';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 30_000;

interface RunningHost {
  child: ChildProcess;
  url: string;
}

/** Starts `electron/web-host/cli.ts` on a free port and resolves with its URL once it prints it. */
function startHost(dataDir: string, facilitatorGraceMs?: number): Promise<RunningHost> {
  return new Promise((resolve, reject) => {
    // One process (`node --import tsx`), not the tsx wrapper: killing a wrapper would orphan the server.
    const args = [
      '--import',
      'tsx',
      'electron/web-host/cli.ts',
      '--port',
      '0',
      '--data',
      dataDir,
      '--no-open',
    ];
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        BROWSER: 'none',
        ...(facilitatorGraceMs === undefined
          ? {}
          : { JOURNEY_FACILITATOR_GRACE_MS: String(facilitatorGraceMs) }),
      },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The web host did not start within ${START_TIMEOUT_MS} ms.\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      const match = URL_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with code ${code} before it started.\n${stderr}`));
    });
  });
}

/** Stops a host and waits until it is gone, so a restart on the same folder never overlaps it. */
function stopHost(host: RunningHost): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) {
      resolve();
      return;
    }
    const force = setTimeout(() => host.child.kill('SIGKILL'), 5_000);
    host.child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    host.child.kill('SIGTERM');
  });
}

export interface HostFixtures {
  /** The temporary library folder of this test. */
  dataDir: string;
  /** The URL of the web host serving the built renderer on `dataDir`. */
  appUrl: string;
  /** Stops the host and starts it again on the same folder; returns the new URL (new port and token). */
  restartHost: () => Promise<string>;
  /** How long the host waits for a closed facilitator tab before it ends the session (its default: 20 s). */
  facilitatorGraceMs: number | undefined;
}

/**
 * A fresh library folder and a real web host per test: the real renderer, the real services and a
 * real SQLite file. Build the renderer first (`npm run build:renderer`).
 */
export const test = base.extend<HostFixtures & { host: { current: RunningHost }; cspGuard: void }>({
  // Every screen the suite visits must load without a Content-Security-Policy violation (an eval
  // probe, an inline script or style the policy blocks): checked after each test on every page.
  cspGuard: [
    async ({ context }, use) => {
      const violations = await watchCspViolations(context);
      await use();
      await settleCspReports(context);
      expect(violations, describeCspViolations(violations)).toEqual([]);
    },
    { auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'journey-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  facilitatorGraceMs: [undefined, { option: true }],
  host: async ({ dataDir, facilitatorGraceMs }, use) => {
    const holder = { current: await startHost(dataDir, facilitatorGraceMs) };
    await use(holder);
    await stopHost(holder.current);
  },
  appUrl: async ({ host }, use) => {
    await use(host.current.url);
  },
  restartHost: async ({ host, dataDir, facilitatorGraceMs }, use) => {
    await use(async () => {
      await stopHost(host.current);
      host.current = await startHost(dataDir, facilitatorGraceMs);
      return host.current.url;
    });
  },
});

export { expect };
