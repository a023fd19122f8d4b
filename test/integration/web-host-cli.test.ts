import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'electron', 'web-host', 'cli.ts');
const URL_LINE = /^Journey Map Editor is running at (http:\/\/127\.0\.0\.1:(\d+)\/)$/m;

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A tiny built renderer, so the test does not depend on whether `npm run build:renderer` ran. */
function rendererFixture(): string {
  const dir = tempDir('web-cli-renderer-');
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  return dir;
}

/**
 * Runs the CLI in this very Node (24) with tsx as a loader: one process (the `tsx` wrapper would add a
 * second one that SIGKILL cannot reach), whatever `node` is first on PATH.
 */
function run(
  args: string[],
  rendererDir?: string,
): ChildProcess & { output: { stdout: string; stderr: string } } {
  const env = { ...process.env, JOURNEY_RENDERER_DIR: rendererDir ?? '' };
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  return Object.assign(child, { output });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function waitForUrl(child: ReturnType<typeof run>): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const match = URL_LINE.exec(child.output.stdout);
    if (match) return match[1] as string;
    if (child.exitCode !== null) throw new Error(`CLI exited early: ${child.output.stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No URL line within 20 s. stderr: ${child.output.stderr}`);
}

describe('npm run web (electron/web-host/cli.ts)', () => {
  it('prints exactly one URL line on stdout, serves the app with its token, and stops cleanly on SIGTERM', async () => {
    const data = tempDir('web-cli-');
    const child = run(['--port', '0', '--data', data, '--no-open'], rendererFixture());
    const url = await waitForUrl(child);
    expect(child.output.stdout.trim().split('\n')).toEqual([`Journey Map Editor is running at ${url}`]);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const token = /<meta name="journey-api-token" content="([^"]+)">/.exec(html)?.[1];
    expect(token).toBeDefined();

    const denied = await fetch(new URL('/api/maps.list', url), { method: 'POST', body: '{}' });
    expect(denied.status).toBe(403);
    const listed = await fetch(new URL('/api/library.info', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-journey-token': token as string },
      body: '{}',
    });
    expect(await listed.json()).toMatchObject({
      ok: true,
      value: { path: path.join(data, 'library.sqlite') },
    });

    child.kill('SIGTERM');
    expect(await exited(child)).toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(data, 'library.sqlite'))).toBe(true);
  });

  it('says how to build the interface when there is none, and exits 1', async () => {
    const missing = path.join(tempDir('web-cli-nothing-'), 'renderer');
    mkdirSync(missing);
    const child = run(['--data', tempDir('web-cli-'), '--no-open'], missing);
    expect((await exited(child)).code).toBe(1);
    expect(child.output.stderr).toMatch(/npm run build:renderer/);
    expect(child.output.stdout).toBe('');
  });

  it('refuses a port that is already taken, naming it', async () => {
    const first = run(['--port', '0', '--data', tempDir('web-cli-'), '--no-open'], rendererFixture());
    const port = new URL(await waitForUrl(first)).port;
    const second = run(['--port', port, '--data', tempDir('web-cli-'), '--no-open'], rendererFixture());
    expect((await exited(second)).code).toBe(1);
    expect(second.output.stderr).toContain(`Port ${port} is already in use`);
  });

  it('reuses the last launch’s port when it is free, and says so when it had to take another', async () => {
    const data = tempDir('web-cli-');
    const renderer = rendererFixture();
    const first = run(['--data', data, '--no-open'], renderer);
    const port = new URL(await waitForUrl(first)).port;
    first.kill('SIGTERM');
    expect(await exited(first)).toEqual({ code: 0, signal: null });
    expect(JSON.parse(readFileSync(path.join(data, 'web-host.json'), 'utf8'))).toEqual({
      port: Number(port),
    });

    // Same folder, no --port: the same address, so a bookmark keeps working.
    const again = run(['--data', data, '--no-open'], renderer);
    expect(new URL(await waitForUrl(again)).port).toBe(port);
    again.kill('SIGTERM');
    await exited(again);

    // Another program holds that port now: any free port, named on stderr; stdout stays one URL line.
    const squatter = run(['--port', port, '--data', tempDir('web-cli-other-'), '--no-open'], renderer);
    await waitForUrl(squatter);
    const moved = run(['--data', data, '--no-open'], renderer);
    const movedPort = new URL(await waitForUrl(moved)).port;
    expect(movedPort).not.toBe(port);
    expect(moved.output.stderr).toContain(
      `Port ${port} (the one used last time) is in use by another program, so the address changed to port ${movedPort}.`,
    );
    expect(moved.output.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(data, 'web-host.json'), 'utf8'))).toEqual({
      port: Number(movedPort),
    });
  });

  it.each([
    [['--port', 'abc'], /--port/],
    [['--port', '70000'], /--port/],
    [['--data'], /--data/],
    [['--bogus'], /Unknown option: --bogus/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const child = run([...args, '--no-open']);
    const { code } = await exited(child);
    expect(code).toBe(2);
    expect(child.output.stderr).toMatch(message);
    expect(child.output.stderr).toContain('Usage: npm run web');
    expect(child.output.stdout).toBe('');
  });

  it('prints usage for --help and exits 0', async () => {
    const child = run(['--help']);
    expect((await exited(child)).code).toBe(0);
    expect(child.output.stdout).toContain('--no-open');
  });
});
