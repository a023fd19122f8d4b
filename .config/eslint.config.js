// Lint rules, including the import directions of DESIGN.md section 3, which fail `npm test`:
// shared/ imports no runtime, renderer/ never imports electron/, electron/backend never imports electron.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Bare module names are matched exactly (`paths`), so a local file such as `./http` is not mistaken
// for Node's `http`; `patterns` catch `node:*` and other layers' folders.
const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'worker_threads',
  'util',
];

const restrict = (modules, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: modules.map((name) => ({ name, message })),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      ['electron', 'better-sqlite3', 'react', 'react-dom', ...NODE_BUILTINS],
      ['node:*', 'react-dom/*', 'electron/*', '**/renderer/**', '**/electron/**'],
      'shared/ is pure TypeScript: it must not import a runtime (Node, Electron, React) or another layer.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'better-sqlite3', ...NODE_BUILTINS],
        ['node:*', 'electron/*', '**/electron/**'],
        'renderer/ talks to the backend only through the API contract in shared/api.',
      ),
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/web-host/**/*.ts'],
    rules: restrict(
      ['electron'],
      ['electron/*', '**/main/**', '**/preload/**'],
      'electron/backend and electron/web-host run in plain Node: they must not import Electron.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      ['better-sqlite3', ...NODE_BUILTINS],
      ['node:*', '**/backend/**'],
      'The preload only bridges the contract; it must not reach the backend or Node.',
    ),
  },
);
