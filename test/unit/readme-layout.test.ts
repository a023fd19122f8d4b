import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The README's "Project layout" section, up to the next second-level heading. */
function layoutSection(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('## Project layout');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('README project layout', () => {
  // The section names the one home of commands, preferences and whole-map writes; a moved or renamed
  // file must not leave it pointing at nothing.
  it('names only files that exist', () => {
    const paths = [...layoutSection().matchAll(/`([\w./-]+\/[\w.-]+\.(?:ts|tsx|mjs))`/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('names the homes of commands, preferences, whole-map writes and the import-cycle check', () => {
    const section = layoutSection();
    for (const home of [
      'shared/commands/command-table.ts',
      'electron/backend/db/migrations/0040-preferences.ts',
      'electron/backend/repositories/preference-repository.ts',
      'electron/backend/services/preferences-service.ts',
      'shared/api/operations/preferences.ts',
      'electron/backend/services/write-map-content.ts',
      'shared/document/remap-map.ts',
      'test/static/check-import-cycles.mjs',
    ]) {
      expect(section).toContain(`\`${home}\``);
    }
  });
});
