import { Component, Suspense, use, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/**
 * A part of the app that most openings never show (a screen other than the editor, a dialog, a
 * panel): its code is a chunk of its own, loaded on first use, so opening a map parses and runs only
 * what the editor needs. {@link warmLazyParts} loads them all in idle time after the first screen,
 * so a first click opens them at once, as before, and offline (Electron's file:// loads the chunks
 * from beside the page: Vite's `base: './'` makes the imports relative).
 */
export interface LazyPart<P> {
  (props: P): ReactNode;
  /** Loads the part's code now (idempotent); the part then renders without suspending. */
  preload(): Promise<unknown>;
}

/** Every part's preload, in the order the parts were declared (the editor's own parts first). */
const preloads: (() => Promise<unknown>)[] = [];

/**
 * The component `load` resolves to, loaded on first render (or by {@link LazyPart.preload}). Until it
 * is in, a hidden "Loading…" status stands in: a dialog or panel appears only once it can show
 * itself, so nothing flashes. A load that fails (the web host went away) shows an alert with a retry.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (caught: unknown) => {
        // Forget the failure so that a retry imports again.
        loading = null;
        throw new PartLoadError(caught);
      },
    );
    return loading;
  };
  preloads.push(() => preload().catch(() => undefined));

  function Loaded(props: P) {
    // Once loaded, render straight away: no Suspense round, so a warmed part opens in the same frame.
    const Part = loaded ?? use(preload());
    // eslint-disable-next-line react-hooks/static-components -- one component per part, the same on every render once loaded.
    return <Part {...props} />;
  }
  function Part(props: P) {
    const [attempt, setAttempt] = useState(0);
    return (
      <LoadBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
        <Suspense fallback={<LoadingStatus />}>
          <Loaded {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  Part.preload = preload;
  return Part;
}

/**
 * Loads every lazy part, one per idle period, starting `afterMs` from now: a chunk's parse and run is
 * a short task of its own, so none delays an input the user gives meanwhile. Called once the first
 * screen shows; later calls do nothing.
 */
export function warmLazyParts(afterMs = 0): void {
  if (warming) return;
  warming = true;
  let index = 0;
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 2_000 })
      : setTimeout(run, 50);
  // By index, not a copy: a warmed chunk may declare parts of its own, which then warm too.
  const next = () => {
    const preload = preloads[index++];
    if (preload) void preload().then(() => idle(next));
  };
  setTimeout(() => idle(next), afterMs);
}
let warming = false;

/** What stands in while a part loads: announced, not seen (a part is usually in within a frame). */
function LoadingStatus() {
  const { t } = useTranslation();
  return (
    <span className="visually-hidden" role="status">
      {t('common.loading')}
    </span>
  );
}

/** The import of a part failed (not an error of the part itself, which goes on up as before). */
class PartLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

class LoadBoundary extends Component<{ children: ReactNode; onRetry(): void }, { failed: unknown }> {
  override state = { failed: null as unknown };

  static getDerivedStateFromError(failed: unknown) {
    return { failed };
  }

  override render() {
    const { failed } = this.state;
    if (failed === null) return this.props.children;
    // Only a failed load is ours to show; anything else fails as it did without the lazy part.
    if (!(failed instanceof PartLoadError)) throw failed;
    return <LoadFailed onRetry={this.props.onRetry} />;
  }
}

function LoadFailed({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div>
      <ErrorAlert message={t('errors.reason.unexpected_error')} />
      <button type="button" className="button button--ghost button--small" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
