/** What `npm run web -- …` asked for. */
export interface CliOptions {
  /** 0 = any free port; `undefined` = not given: the last launch's port if free, else any. */
  port: number | undefined;
  /** `undefined` = the per-user application-data folder the desktop app uses. */
  dataDir: string | undefined;
  open: boolean;
}

export type CliParse =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const CLI_USAGE = `Usage: npm run web -- [--port N] [--data DIR] [--no-open]

Serves Journey Map Editor on http://127.0.0.1 only and opens it in your browser.

  --port N     listen on port N (1-65535, 0 = any free port); default: the port of the
               last launch if it is free, else any free port
  --data DIR   the folder that holds the library file; default: the desktop app's data folder
  --no-open    do not open the browser
  --help       show this help`;

function parsePort(raw: string | undefined): number | string {
  if (raw === undefined || !/^\d{1,5}$/.test(raw))
    return `--port needs a whole number from 0 to 65535, got ${raw ?? 'nothing'}.`;
  const port = Number(raw);
  return port <= 65535 ? port : `--port needs a whole number from 0 to 65535, got ${raw}.`;
}

/** Parses the command line (without `node` and the script). Accepts `--port N` and `--port=N`. */
export function parseCliArgs(argv: readonly string[]): CliParse {
  const options: CliOptions = { port: undefined, dataDir: undefined, open: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i += 1;
      return next;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--no-open':
        if (inline !== undefined) return { kind: 'error', message: '--no-open takes no value.' };
        options.open = false;
        break;
      case '--port': {
        const port = parsePort(value());
        if (typeof port === 'string') return { kind: 'error', message: port };
        options.port = port;
        break;
      }
      case '--data': {
        const dir = value();
        if (dir === undefined || dir.trim() === '')
          return { kind: 'error', message: '--data needs a folder.' };
        options.dataDir = dir;
        break;
      }
      default:
        return { kind: 'error', message: `Unknown option: ${arg}` };
    }
  }
  return { kind: 'run', options };
}
