import './desktop.css';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDesktopNotice } from './desktop-notice-store';

/** App-wide progress and errors of work the OS or the menu started (e.g. opening a map file). */
export function DesktopAlerts() {
  const status = useDesktopNotice((s) => s.status);
  const error = useDesktopNotice((s) => s.error);
  const setError = useDesktopNotice((s) => s.setError);
  if (!status && !error) return null;
  return (
    <div className="desktop-alerts">
      {status ? (
        <p role="status" className="muted">
          {status}
        </p>
      ) : null}
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
    </div>
  );
}
