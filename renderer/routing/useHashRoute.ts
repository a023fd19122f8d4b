import { useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = (): string => window.location.hash;

/** The current route; re-renders when the hash changes (links, back/forward, {@link navigate}). */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}

/** Goes to a route (adds a history entry so the browser's back button works). */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
