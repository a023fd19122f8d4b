// `npm start`: builds the app, then launches the desktop app, or, where the Electron binary could not
// be downloaded, says so in one line and serves the same app in the browser (`npm run web`).
// Arguments after `npm start --` go to the web host in web mode (e.g. `--port 5000 --no-open`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_UNAVAILABLE_MESSAGE, findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** Runs a child with our stdio, forwards Ctrl+C / SIGTERM to it, and exits with its code. */
function runForwarding(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build', '--silent'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  shell: process.platform === 'win32',
});
if (build.status !== 0) {
  console.error('The build failed (see above); fix it and run `npm start` again.');
  process.exit(build.status ?? 1);
}

const electron = findElectronBinary(root);
if (electron.ok) {
  // Launch the app folder (not the bundle file) so Electron reads package.json: its productName sets
  // the user-data folder, which must be the one the web version defaults to.
  runForwarding(electron.path, [root]);
} else {
  console.log(ELECTRON_UNAVAILABLE_MESSAGE);
  if (!existsSync(path.join(root, 'node_modules', 'tsx'))) {
    console.error('tsx is missing from node_modules; run `npm install` first.');
    process.exit(1);
  }
  // tsx as a loader in one process (not its CLI wrapper), so our signals reach the host directly.
  runForwarding(process.execPath, [
    '--import',
    'tsx',
    path.join(root, 'electron', 'web-host', 'cli.ts'),
    ...args,
  ]);
}
