import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ELECTRON_UNAVAILABLE_MESSAGE, findElectronBinary } from '../../electron/electron-binary.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder whose node_modules/electron/index.js has the given body, like the real package. */
function withElectronPackage(indexJs: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'electron-binary-'));
  dirs.push(dir);
  if (indexJs !== null) {
    const pkg = path.join(dir, 'node_modules', 'electron');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'electron', main: 'index.js' }));
    writeFileSync(path.join(pkg, 'index.js'), indexJs);
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('reports no Electron when the package throws because its binary was never downloaded', () => {
    const dir = withElectronPackage("throw new Error('Electron failed to install correctly');");
    expect(findElectronBinary(dir)).toEqual({
      ok: false,
      reason: expect.stringMatching(/failed to install/),
    });
  });

  it('reports no Electron when the package names a file that is not there', () => {
    const dir = withElectronPackage("module.exports = require('path').join(__dirname, 'dist', 'electron');");
    const found = findElectronBinary(dir);
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.reason).toMatch(/does not exist/);
  });

  it('reports no Electron when the package is not installed at all', () => {
    expect(findElectronBinary(withElectronPackage(null)).ok).toBe(false);
  });

  it('finds the executable the package names when it exists', () => {
    const dir = withElectronPackage("module.exports = require('path').join(__dirname, 'dist', 'electron');");
    const binary = path.join(dir, 'node_modules', 'electron', 'dist', 'electron');
    mkdirSync(path.dirname(binary));
    writeFileSync(binary, '#!/bin/sh\n');
    chmodSync(binary, 0o755);
    expect(findElectronBinary(dir)).toEqual({ ok: true, path: binary });
  });

  it("agrees with this project's own electron package (downloaded or not)", () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const pkg = path.join(root, 'node_modules', 'electron');
    const pathFile = path.join(pkg, 'path.txt');
    const downloaded =
      existsSync(pathFile) && existsSync(path.join(pkg, 'dist', readFileSync(pathFile, 'utf8')));
    expect(findElectronBinary(root).ok).toBe(downloaded);
  });

  it('has the one line npm start prints', () => {
    expect(ELECTRON_UNAVAILABLE_MESSAGE).toBe(
      'Electron is not available on this machine (its binary could not be downloaded); starting the web version instead.',
    );
  });
});
