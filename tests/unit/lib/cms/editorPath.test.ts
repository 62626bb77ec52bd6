import { describe, expect, it } from 'vitest';
import { EDITOR_PATH, withTrailingSlash } from '../../../../src/lib/cms/editorPath.ts';

describe('lib/cms/editorPath', () => {
  it('knows the editor page and its file API, nothing else', () => {
    for (const path of ['/keystatic', '/keystatic/collection/posts', '/api/keystatic/tree', '/keystatic?x=1']) expect(EDITOR_PATH.test(path), path).toBe(true);
    for (const path of ['/keystaticx', '/artikel/keystatic/', '/api/kommentare']) expect(EDITOR_PATH.test(path), path).toBe(false);
  });

  it('puts the slash before the query and leaves a slashed address alone', () => {
    expect(withTrailingSlash('/api/keystatic/tree')).toBe('/api/keystatic/tree/');
    expect(withTrailingSlash('/keystatic/collection/posts?suche=a?b')).toBe('/keystatic/collection/posts/?suche=a?b');
    expect(withTrailingSlash('/keystatic/')).toBe('/keystatic/');
  });
});
