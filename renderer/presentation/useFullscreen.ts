import { useEffect } from 'react';
import { presentation } from '../editor/store/presentation';

/**
 * Asks the browser for full screen while presenting, when it can (never required: a refusal or
 * a browser without the API leaves the map filling the window). Leaving full screen with the
 * browser's own Esc ends the presentation too, so one Esc always brings the editor back.
 */
export function useFullscreen(): void {
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) presentation().stop();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (typeof root.requestFullscreen === 'function' && !document.fullscreenElement) {
      root.requestFullscreen().catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
        document.exitFullscreen().catch(() => undefined);
      }
    };
  }, []);
}
