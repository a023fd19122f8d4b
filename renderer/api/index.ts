export { api, createApiClient, pickTransport, type ApiClient } from './client';
export { errorMessage } from './error-message';
export { createHttpTransport } from './http-transport';
export { createIpcTransport } from './ipc-transport';
export { capabilities, loadCapabilities } from './capabilities';
