// First import: zod must be configured before the contract's schemas are built.
import '../../shared/zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import { EXPOSED_API_KEY } from '../../shared/api/contract';
import { ON_APP_EVENT_KEY, type DesktopBridge } from '../../shared/api/events';
import { buildOnAppEvent } from './app-events';
import { buildExposedApi } from './exposed-api';

// Sandboxed preload: bundled into one CommonJS file; only `electron` is required at run time.
const bridge: DesktopBridge = Object.freeze({
  ...buildExposedApi((channel, input) => ipcRenderer.invoke(channel, input)),
  [ON_APP_EVENT_KEY]: buildOnAppEvent(ipcRenderer),
});
contextBridge.exposeInMainWorld(EXPOSED_API_KEY, bridge);
