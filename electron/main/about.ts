/** What the About dialog shows. */
export interface AboutInfo {
  appName: string;
  appVersion: string;
  electron: string;
  chrome: string;
  node: string;
  libraryPath: string;
  logDir: string;
}

/** The About dialog's detail text: versions (for bug reports) and where the data and logs live. */
export function aboutDetail(info: AboutInfo): string {
  return [
    `Version ${info.appVersion}`,
    '',
    `Electron ${info.electron}`,
    `Chromium ${info.chrome}`,
    `Node.js ${info.node}`,
    '',
    `Library: ${info.libraryPath}`,
    `Logs: ${info.logDir}`,
  ].join('\n');
}
