import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rendererDir = fileURLToPath(new URL('../../renderer', import.meta.url));
const editorDir = join(rendererDir, 'editor');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

describe('renderer/editor layout', () => {
  it('keeps its code in feature folders, with only the screen (and its stylesheet) at the root', () => {
    const entries = readdirSync(editorDir, { withFileTypes: true });
    const loose = entries.filter((e) => e.isFile()).map((e) => e.name);
    expect(loose.sort()).toEqual(['EditorScreen.tsx', 'editor.css']);
    const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual([
      'canvas',
      'inspector',
      'palette',
      'panels',
      'store',
      'structure',
      'toolbar',
    ]);
  });

  it('changes the open map only through editDocument (store/edit-document.ts)', () => {
    const callers = sources(rendererDir).filter((file) => /\.edit\(/.test(readFileSync(file, 'utf8')));
    expect(callers.map((f) => relative(rendererDir, f).replaceAll('\\', '/'))).toEqual([
      'editor/store/edit-document.ts',
    ]);
  });
});
