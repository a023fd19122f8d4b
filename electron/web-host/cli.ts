import path from 'node:path';
import { defaultDataDir } from '../backend';
import { CLI_USAGE, parseCliArgs } from './cli-args';
import { openBrowser } from './open-browser';
import { planPort, portMovedMessage } from './port-choice';
import { readRememberedPort, rememberPort } from './port-file';
import { PortInUseError, startWebHost, type WebHost } from './server';

/**
 * Starts the host on the planned port; a remembered port that another program took meanwhile is
 * swapped for any free one, and the new address is said on stderr.
 */
async function startOnPlannedPort(dataDir: string, requested: number | undefined): Promise<WebHost> {
  const plan = planPort(requested, readRememberedPort(dataDir));
  // Tests and packaging may point at another build; by default the one `npm run web` just made.
  const rendererDir = process.env.JOURNEY_RENDERER_DIR || undefined;
  // End-to-end tests wait a short while for a closed facilitator tab, not the default 20 s.
  const grace = Number(process.env.JOURNEY_FACILITATOR_GRACE_MS);
  const facilitatorGraceMs = Number.isInteger(grace) && grace >= 0 ? grace : undefined;
  const options = {
    dataDir,
    rendererDir,
    ...(facilitatorGraceMs === undefined ? {} : { facilitatorGraceMs }),
  };
  try {
    return await startWebHost({ ...options, port: plan.first });
  } catch (error) {
    if (!(error instanceof PortInUseError) || !plan.fallBackToAnyPort) throw error;
    const host = await startWebHost({ ...options, port: 0 });
    process.stderr.write(`${portMovedMessage(plan.first, host.port)}\n`);
    return host;
  }
}

// `npm run web -- [--port N] [--data DIR] [--no-open]`. Stdout carries exactly one line, the URL
// (scripts and the end-to-end fixture wait for it); everything else goes to stderr.
async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(`${CLI_USAGE}\n`);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n\n${CLI_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { options } = parsed;
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  const host = await startOnPlannedPort(dataDir, options.port);
  rememberPort(dataDir, host.port);
  process.stdout.write(`Journey Map Editor is running at ${host.url}\n`);
  process.stderr.write(`Library: ${host.library.path}\nPress Ctrl+C to stop.\n`);
  if (options.open) openBrowser(host.url);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Could not close cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
