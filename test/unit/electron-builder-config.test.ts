import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, renderIcon } from '../../assets/make-icons';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(ROOT, 'package.json'));

// electron-builder's own loader and schema check (the same code `npm run dist` runs first).
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const yaml = require('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

const readPng = (file: string): PNG => PNG.sync.read(readFileSync(path.join(ROOT, file)));

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packages the build output with the native module unpacked, and the .journeymap association', () => {
    expect(config).toMatchObject({
      appId: 'com.journeymap.editor',
      productName: 'Journey Map Editor',
      files: ['out/**', 'package.json'],
      asarUnpack: ['**/*.node'],
      directories: { output: 'release', buildResources: 'assets' },
      fileAssociations: [expect.objectContaining({ ext: 'journeymap', name: 'Journey map', role: 'Editor' })],
    });
  });

  it('builds AppImage and deb, a dmg for arm64 and x64, and an NSIS installer', () => {
    expect(config).toMatchObject({
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: [{ target: 'dmg', arch: ['arm64', 'x64'] }] },
      win: { target: ['nsis'] },
    });
  });

  it('flips the Electron fuses of the security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has the same productName as package.json, which names the user-data folder both modes share', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { productName: string };
    expect(config.productName).toBe(pkg.productName);
  });
});

describe('app icons', () => {
  it('has every size the targets need: a 1024 px PNG for macOS/Windows and a Linux set named by size', () => {
    expect(config).toMatchObject({
      mac: { icon: 'assets/icon.png' },
      win: { icon: 'assets/icon.png' },
      linux: { icon: 'assets/icons' },
    });
    const main = readPng('assets/icon.png');
    expect([main.width, main.height]).toEqual([1024, 1024]);
    expect(readdirSync(path.join(ROOT, 'assets/icons')).sort()).toEqual(
      ICON_SIZES.map((s) => `${s}x${s}.png`).sort(),
    );
    for (const size of ICON_SIZES) {
      const png = readPng(`assets/icons/${size}x${size}.png`);
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });

  it('the committed PNGs are what assets/make-icons.ts draws (regenerate them after editing it)', () => {
    const committed = readPng('assets/icons/64x64.png');
    expect(Buffer.compare(committed.data, renderIcon(64).data)).toBe(0);
    // Transparent corners, opaque middle.
    expect(committed.data[3]).toBe(0);
    expect(committed.data[(32 * 64 + 32) * 4 + 3]).toBe(255);
  });
});
