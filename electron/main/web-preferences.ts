import type { WebPreferences } from 'electron';

/**
 * The renderer's sandbox: isolated context, OS sandbox, no Node, web security on, no `<webview>`.
 * The preload is the only bridge: one function per contract operation plus `onAppEvent`.
 */
export function createWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
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
    // DevTools only in development builds (`!app.isPackaged`).
    devTools: options.devTools,
  };
}
