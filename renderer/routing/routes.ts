/** The screens of the app, addressed by the URL hash so reloads and the back button work offline. */
export type Route = { name: 'library' } | { name: 'map'; id: string } | { name: 'notFound'; hash: string };

const MAP_ROUTE = /^#\/map\/([A-Za-z0-9_-]{1,64})\/?$/;

/** `#/` or empty -> library, `#/map/<id>` -> editor, anything else -> not found. */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { name: 'library' };
  const match = MAP_ROUTE.exec(hash);
  if (match?.[1]) return { name: 'map', id: match[1] };
  return { name: 'notFound', hash };
}

/** The hash of a route (the inverse of {@link parseRoute}). */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'map':
      return `#/map/${encodeURIComponent(route.id)}`;
    case 'notFound':
      return route.hash;
  }
}
