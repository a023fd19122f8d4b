import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './url-policy';
import { createWebPreferences } from './web-preferences';

/** How long the print view may take to load the map and fonts before the export gives up. */
const READY_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

/**
 * Renders a print view of the app (`#/print/<mapId>?...`) in a hidden window with the same sandboxed
 * preferences and hardening as the main window (every WebContents gets them), waits until the view
 * says it is drawn (`data-print-ready`), and prints it to PDF with the page size its CSS declares.
 */
export async function printAppPageToPdf(preloadPath: string, hash: string): Promise<Uint8Array> {
  const options: BrowserWindowConstructorOptions = {
    show: false,
    width: 1200,
    height: 900,
    webPreferences: createWebPreferences(preloadPath, { devTools: false }),
  };
  // contextIsolation and sandbox come from createWebPreferences (tested exactly); new windows,
  // middle-click included, are denied for every WebContents in security.ts.
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  try {
    await window.loadURL(`${APP_ENTRY_URL}${hash}`);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      const state = (await window.webContents.executeJavaScript(
        "document.querySelector('[data-print-ready]') ? 'ready' : document.querySelector('[role=alert]') ? 'error' : 'wait'",
      )) as string;
      if (state === 'ready') break;
      if (state === 'error') throw new Error('The map could not be drawn for printing.');
      if (Date.now() > deadline) throw new Error('The map took too long to draw for printing.');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
