import {
  capabilitiesAll,
  unsupportedHandlers,
  type AppHandlers,
  type CapabilityHandlers,
  type DesktopHandlers,
} from '../../../shared/api';

/**
 * The operations about the host, as a host without a window answers them (the web host): no
 * capabilities, so their operations answer `unsupported` (shared/api/capabilities.ts), and no
 * application menu to update. The Electron main process puts its own over these
 * (`electron/main/desktop-handlers.ts`).
 */
export function createHostHandlers(appVersion: string): AppHandlers & DesktopHandlers & CapabilityHandlers {
  return {
    // The backend runs workshop sessions itself (electron/backend/workshop), in every host.
    'app.capabilities': () => ({ ...capabilitiesAll(false), workshopSession: true }),
    'desktop.info': () => ({
      desktop: false,
      logDir: null,
      versions: { app: appVersion, electron: null, chrome: null, node: process.versions.node },
    }),
    // There is no application menu in a browser tab; accepting the state keeps the renderer simple.
    'desktop.setMenuState': () => ({ applied: false }),
    ...unsupportedHandlers(),
  };
}
