/** Addresses of the browser editor: its page and its file API. */
export const EDITOR_PATH = /^\/(api\/)?keystatic(\/|\?|$)/;

/**
 * The address with a slash before the query. The site's routes end with a
 * slash (trailingSlash: 'always'); Keystatic's links and API calls do not.
 *
 * @example withTrailingSlash('/api/keystatic/tree?x=1') // '/api/keystatic/tree/?x=1'
 */
export function withTrailingSlash(url: string): string {
  const [path, query] = url.split(/\?(.*)/s, 2);
  return path!.endsWith('/') ? url : `${path}/${query === undefined ? '' : `?${query}`}`;
}
