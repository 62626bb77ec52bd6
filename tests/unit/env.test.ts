import { describe, expect, it } from 'vitest';
import { contentDir, siteUrl } from '../../src/env.ts';

describe('env', () => {
  it('defaults to the local server and the content folder', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(contentDir({})).toBe('./content');
  });

  it('without SITE_URL, points at the port `npm start` serves on, so first-start and mail links work there', () => {
    expect(siteUrl({ PORT: '8080' })).toBe('http://localhost:8080');
    expect(siteUrl({ PORT: ' ' })).toBe('http://localhost:4321');
    expect(siteUrl({ PORT: '0' })).toBe('http://localhost:4321');
    expect(siteUrl({ SITE_URL: 'https://klartext.example', PORT: '8080' })).toBe('https://klartext.example');
  });

  it('reduces SITE_URL to its origin and strips a trailing slash from the content folder', () => {
    expect(siteUrl({ SITE_URL: 'https://klartext.example/pfad/' })).toBe('https://klartext.example');
    expect(contentDir({ KLARTEXT_CONTENT_DIR: '/srv/inhalte/' })).toBe('/srv/inhalte');
  });

  it('names SITE_URL when it is not an http(s) URL', () => {
    expect(() => siteUrl({ SITE_URL: 'klartext' })).toThrow(/SITE_URL/);
    expect(() => siteUrl({ SITE_URL: 'ftp://klartext.example' })).toThrow(/SITE_URL/);
  });
});
