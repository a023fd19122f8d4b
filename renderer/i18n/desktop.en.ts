/** Strings of the desktop integration: Settings (library location) and files opened from the OS. */
export const desktopEn = {
  settings: {
    button: 'Settings',
    title: 'Settings',
    libraryHeading: 'Library',
    libraryPath: 'Library file',
    loading: 'Loading…',
    openOther: 'Open another library…',
    move: 'Move library…',
    switching: 'Switching library…',
    moving: 'Copying and checking the library…',
    desktopHelp:
      'The library is one file holding all your maps, personas, metrics and versions. Move it to a synced or backed-up folder, or open another library.',
    webHelp:
      'In the browser the library location is chosen when the app starts: run “npm run web -- --data <folder>” to use another folder.',
    logs: 'Log files',
    versions: 'Versions',
    versionLine: 'App {{app}} · Electron {{electron}} · Chromium {{chrome}} · Node.js {{node}}',
    webVersionLine: 'App {{app}} · Node.js {{node}} (web mode)',
  },
  openFile: {
    importing: 'Opening “{{name}}”…',
    failed: '“{{name}}” could not be opened: {{message}}',
  },
};
