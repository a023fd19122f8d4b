import { isAppUrl } from './url-policy';

/** The parts of Electron's `WebFrameMain` the check needs (kept structural so it is testable). */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC message is trusted only when it comes from the top-level frame of our own `app://journey`
 * page: never from an iframe, a foreign page the window was somehow navigated to, or a frame that
 * has already gone away (`null`).
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
