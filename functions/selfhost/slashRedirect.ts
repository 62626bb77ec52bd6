/**
 * The canonical address (`/seite/`) for a page address typed without its
 * trailing slash, or null when the path is not a plain one. Only paths of
 * non-empty segments without backslashes, `.` or `..` qualify: `//host` or
 * `/\host` as a Location would be protocol-relative, and a browser would
 * follow it to another host (an open redirect). Pure.
 *
 * @example slashRedirectTarget('/datenschutz', '?x=1') // '/datenschutz/?x=1'
 * @example slashRedirectTarget('//datenschutz', '') // null
 */
export function slashRedirectTarget(path: string, search: string): string | null {
  if (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)) return null;
  const segments = path.split('/').slice(1);
  if (!path.startsWith('/') || segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[\\%]/.test(segment))) return null;
  return `${path}/${search}`;
}
