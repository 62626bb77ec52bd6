import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../functions/http/apiError.ts';
import { bodyKind, decodeBody, MAX_JSON_DEPTH } from '../../../functions/http/readRequestBody.ts';
import { acceptsGzip, etagMatches } from '../../../functions/comments/routes.ts';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as ApiError).code;
  }
  return 'none';
};

describe('http/readRequestBody', () => {
  it('knows JSON and form bodies in UTF-8 and nothing else', () => {
    expect(bodyKind('application/json')).toBe('json');
    expect(bodyKind('Application/JSON; charset=UTF-8')).toBe('json');
    expect(bodyKind('application/x-www-form-urlencoded')).toBe('form');
    expect(bodyKind('application/json; charset=latin1')).toBeUndefined();
    expect(bodyKind('text/plain')).toBeUndefined();
    expect(bodyKind(undefined)).toBeUndefined();
  });

  it('turns a repeated form field into an array', () => {
    expect({ ...decodeBody('form', bytes('name=a&name=b&body=x')) }).toEqual({ name: ['a', 'b'], body: 'x' });
  });

  it('refuses prototype keys, non-objects, bad JSON and bytes that are not UTF-8', () => {
    expect(codeOf(() => decodeBody('json', bytes('{"a":{"__proto__":1}}')))).toBe('invalid-body');
    expect(codeOf(() => decodeBody('form', bytes('constructor=x')))).toBe('invalid-body');
    expect(codeOf(() => decodeBody('json', bytes('[1]')))).toBe('invalid-body');
    expect(codeOf(() => decodeBody('json', bytes('{')))).toBe('invalid-json');
    expect(codeOf(() => decodeBody('json', new Uint8Array([0x7b, 0xff, 0x7d]).buffer))).toBe('invalid-body');
  });

  it('refuses 5,000 levels of nesting as invalid-body instead of overflowing the stack', () => {
    expect(codeOf(() => decodeBody('json', bytes(`{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`)))).toBe('invalid-body');
    expect(codeOf(() => decodeBody('json', bytes(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`)))).toBe('invalid-body');
  });

  it('reads nesting up to MAX_JSON_DEPTH and refuses one level more', () => {
    const nested = (levels: number) => `{"a":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
    expect(codeOf(() => decodeBody('json', bytes(nested(MAX_JSON_DEPTH))))).toBe('none');
    expect(codeOf(() => decodeBody('json', bytes(nested(MAX_JSON_DEPTH + 1))))).toBe('invalid-body');
    expect(codeOf(() => decodeBody('json', bytes(`{"a":[{"b":[{"__proto__":1}]}]}`)))).toBe('invalid-body');
  });
});

describe('comments/routes etagMatches', () => {
  it('compares weakly, as RFC 9110 asks for If-None-Match', () => {
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});

describe('comments/routes acceptsGzip', () => {
  it('reads Accept-Encoding, including q=0 refusals', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1, *;q=0.1')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
