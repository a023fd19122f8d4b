// Static security analysis of the Electron code (`npm run lint:electron`, part of `npm test`):
// @doyensec/electronegativity on electron/, assuming the Electron version we ship. Fails on any
// high or medium finding that is not suppressed in the source with a reasoned
// `// eng-disable CHECK_ID -- reason` comment on the flagged line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(ROOT, 'package.json'));
const run = require('@doyensec/electronegativity');
const electronVersion = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version;

// The tool fetches translations and Electron release notes from GitHub; offline, a retry inside its
// HTTP client throws this from a timer after the request already failed. Ignore exactly that.
process.on('uncaughtException', (error) => {
  if (String(error?.message).includes('`onCancel` handler was attached after the promise settled')) return;
  console.error(error);
  process.exit(2);
});

// The folder to analyse: electron/ by default; the test passes a fixture to prove findings fail the run.
const input = path.resolve(process.argv[2] ?? path.join(ROOT, 'electron'));

const result = await run({
  input,
  electronVersionOverride: electronVersion,
  // Needs the network (a list of Electron releases); the version is pinned by package-lock.json instead.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  isRelative: true,
  parserPlugins: [],
});

const blocking = result.issues.filter((issue) => ['HIGH', 'MEDIUM'].includes(issue.severity.name));
for (const issue of result.issues) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const mark = blocking.includes(issue) ? 'FAIL' : 'note';
  console.log(
    `${mark} ${issue.severity.name}/${issue.confidence.name} ${issue.id} ${where}\n     ${issue.description}`,
  );
}
if (result.errors.length > 0) {
  for (const error of result.errors)
    console.error(`could not analyse ${error.file}: ${error.message ?? error.error}`);
  process.exit(1);
}
console.log(
  `electronegativity (Electron ${electronVersion}): ${result.globalChecks + result.atomicChecks} checks, ` +
    `${result.issues.length} findings, ${blocking.length} unsuppressed high/medium`,
);
process.exit(blocking.length > 0 ? 1 : 0);
