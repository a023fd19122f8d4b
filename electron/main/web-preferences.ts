import type { WebPreferences } from 'electron';

/**
 * The renderer's sandbox: isolated context, OS sandbox, no Node, web security on, no `<webview>`.
 * The preload is the only bridge, and it exposes one function per contract operation.
 */
export function createWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}
