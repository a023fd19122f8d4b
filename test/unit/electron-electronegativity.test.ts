import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'test/static/electronegativity.mjs');

function analyse(folder?: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...(folder ? [folder] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run lint:electron (electronegativity)', () => {
  it('passes on electron/: no unsuppressed high or medium finding', () => {
    const { status, output } = analyse();
    expect(output).toMatch(/0 unsuppressed high\/medium/);
    expect(status).toBe(0);
  }, 120_000);

  it('fails on a window with Node integration and no isolation (so a regression would be caught)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
    try {
      writeFileSync(
        path.join(dir, 'bad-window.ts'),
        [
          "import { BrowserWindow, shell } from 'electron';",
          'const win: BrowserWindow = new BrowserWindow({',
          '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },',
          '});',
          "win.webContents.on('will-navigate', (_e, url: string) => void shell.openExternal(url));",
        ].join('\n'),
      );
      const { status, output } = analyse(dir);
      expect(output).toMatch(/FAIL MEDIUM\/\w+ SANDBOX_JS_CHECK/);
      expect(output).toMatch(/FAIL HIGH\/\w+ LIMIT_NAVIGATION_GLOBAL_CHECK/);
      expect(output).toMatch(/FAIL HIGH\/\w+ CONTEXT_ISOLATION_JS_CHECK/);
      expect(status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
