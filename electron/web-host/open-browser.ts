import { spawn } from 'node:child_process';

/**
 * Opens `url` in the default browser, best effort: a machine without a desktop (CI, SSH) simply
 * has no opener, and the printed URL is enough there, so every failure is ignored.
 */
export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine; the URL was printed.
  }
}
