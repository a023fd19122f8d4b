/** The screens of the app, addressed by the URL hash so reloads and the back button work offline. */
export type Route =
  | { name: 'library' }
  | { name: 'map'; id: string }
  | { name: 'version'; id: string }
  | { name: 'compare'; a: string; b: string }
  | { name: 'notFound'; hash: string };

const MAP_ROUTE = /^#\/map\/([A-Za-z0-9_-]{1,64})\/?$/;
const VERSION_ROUTE = /^#\/version\/([A-Za-z0-9_-]{1,64})\/?$/;
/** `#/compare?a=version:<id>&b=map:<id>`: each side a version or a map (see renderer/compare). */
const COMPARE_ROUTE =
  /^#\/compare\?a=((?:map|version):[A-Za-z0-9_-]{1,64})&b=((?:map|version):[A-Za-z0-9_-]{1,64})$/;

/** `#/` or empty -> library, `#/map/<id>` -> editor, anything else -> not found. */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { name: 'library' };
  const match = MAP_ROUTE.exec(hash);
  if (match?.[1]) return { name: 'map', id: match[1] };
  const version = VERSION_ROUTE.exec(hash);
  if (version?.[1]) return { name: 'version', id: version[1] };
  const compare = COMPARE_ROUTE.exec(hash);
  if (compare?.[1] && compare[2]) return { name: 'compare', a: compare[1], b: compare[2] };
  return { name: 'notFound', hash };
}

/** The hash of a route (the inverse of {@link parseRoute}). */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'map':
      return `#/map/${encodeURIComponent(route.id)}`;
    case 'version':
      return `#/version/${encodeURIComponent(route.id)}`;
    case 'compare':
      return `#/compare?a=${route.a}&b=${route.b}`;
    case 'notFound':
      return route.hash;
  }
}
