import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The import directions of DESIGN.md section 3 are a lint rule, and `npm test` fails on it. These
// cases prove the rule bites where it should and stays quiet where it should.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}/.config/eslint.config.js` });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? -1;
}

describe('import boundaries', () => {
  it.each([
    ['shared/domain/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['shared/domain/probe.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n"],
    ['shared/domain/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/domain/probe.ts', "import { api } from '../../renderer/api';\nexport const x = api;\n"],
    [
      'shared/domain/probe.ts',
      "import { openLibrary } from '../../electron/backend';\nexport const x = openLibrary;\n",
    ],
    ['renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    [
      'renderer/probe.ts',
      "import { openLibrary } from '../electron/backend';\nexport const x = openLibrary;\n",
    ],
    ['renderer/probe.ts', "import path from 'node:path';\nexport const x = path;\n"],
    ['electron/backend/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/web-host/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });

  it.each([
    ['shared/domain/probe.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['shared/api/probe.ts', "import { HTTP_API_PREFIX } from './http';\nexport const x = HTTP_API_PREFIX;\n"],
    ['renderer/probe.ts', "import { contract } from '../shared/api';\nexport const x = contract;\n"],
    ['electron/backend/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['electron/main/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
