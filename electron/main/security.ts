import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { isAllowedExternalUrl } from './external-url';
import { isNavigationAllowed } from './url-policy';

/**
 * Session-wide defences: the CSP on every HTTP(S) response (the `app://` handler adds it to its own
 * responses) and every permission (camera, notifications, clipboard, HID, …) denied; the app needs none.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export interface HardenOptions {
  /** `shell.openExternal`; called only with URLs that pass {@link isAllowedExternalUrl}. */
  openExternal(url: string): Promise<void>;
  /** Packaged builds close DevTools if anything opens them. */
  isPackaged: boolean;
}

/**
 * Per-page defences, applied to every WebContents the app creates: no navigation away from our
 * origin, no new windows (an allowed https/mailto link goes to the user's browser or mail client
 * instead), no `<webview>`, and no DevTools in packaged builds.
 */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const openOutside = (url: string): void => {
    // Only https/mailto links that pass the tested allow-list reach the OS.
    if (isAllowedExternalUrl(url)) void options.openExternal(url).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK
  };
  contents.on('will-navigate', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (options.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
}
