import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles, importCycles } from '../static/check-import-cycles.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dirs: string[] = [];

/** A tiny source tree: file path (relative) -> its text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cycles-'));
  dirs.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('import cycle check', () => {
  it('lists a cycle through a type-only import, a re-export and an index file', () => {
    const root = tree({
      'shared/a.ts': "import { b } from './b';\nexport const a = b;\n",
      'shared/b.ts': "export * from './c';\nexport const b = 1;\n",
      'shared/c/index.ts': "import type { A } from '../a';\nexport type C = A;\n",
      'shared/d.ts': "import { a } from './a';\nimport { z } from 'zod';\nexport const d = [a, z];\n",
    });
    expect(importCycles(root, ['shared'])).toEqual([
      ['shared/a.ts', 'shared/b.ts', 'shared/c/index.ts', 'shared/a.ts'],
    ]);
  });

  it('finds cycles across layers and a file importing itself, and none in a tree without', () => {
    const root = tree({
      'renderer/x.tsx': "import '../electron/y';\n",
      'electron/y.ts': "export { x } from '../renderer/x';\n",
      'shared/self.ts': "import('./self.js');\n",
      'shared/ok.ts': "import './leaf';\n",
      'shared/leaf.ts': 'export {};\n',
    });
    expect(importCycles(root)).toEqual(
      expect.arrayContaining([
        ['electron/y.ts', 'renderer/x.tsx', 'electron/y.ts'],
        ['shared/self.ts', 'shared/self.ts'],
      ]),
    );
    expect(importCycles(root)).toHaveLength(2);
    expect(importCycles(root, ['shared'])).toEqual([['shared/self.ts', 'shared/self.ts']]);
  });

  it('reports the shortest way round a larger knot', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'a']],
      ['c', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'a']]);
  });

  it('finds no cycle in the project', () => {
    expect(importCycles(ROOT)).toEqual([]);
  });
});
