import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
      directories: { output: 'release' },
      fileAssociations: [expect.objectContaining({ ext: 'journeymap', name: 'Journey map' })],
    });
  });

  it('has the same productName as package.json, which names the user-data folder both modes share', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { productName: string };
    expect(config.productName).toBe(pkg.productName);
  });
});
