import { contextBridge, ipcRenderer } from 'electron';
import { EXPOSED_API_KEY } from '../../shared/api/contract';
import { buildExposedApi } from './exposed-api';

// Sandboxed preload: bundled into one CommonJS file; only `electron` is required at run time.
contextBridge.exposeInMainWorld(
  EXPOSED_API_KEY,
  buildExposedApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
