export { api, createApiClient, errorMessage, pickTransport, type ApiClient } from './client';
export { createHttpTransport } from './http-transport';
export { createIpcTransport } from './ipc-transport';
