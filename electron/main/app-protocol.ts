import { protocol, type Protocol } from 'electron';
import { loadAppResource } from './app-resource';
import { APP_SCHEME } from './url-policy';

/**
 * Declares `app://` a standard, secure scheme. Must run before the app is ready. Standard gives it
 * real origins (so `'self'` in the CSP means `app://journey`); secure makes it a secure context.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer on `app://journey/` for one session. */
export function serveAppProtocol(sessionProtocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  sessionProtocol.handle(APP_SCHEME, async (request) => {
    const resource = await loadAppResource(request.url, request.method, rendererDir);
    const body = request.method === 'HEAD' ? null : resource.body;
    return new Response(body, { status: resource.status, headers: resource.headers });
  });
}
