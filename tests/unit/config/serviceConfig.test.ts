import { describe, expect, it } from 'vitest';
import { parseServerSettings, parseServiceConfig } from '../../../functions/config/serviceConfig.ts';

const SECRET = 's'.repeat(32);

describe('config/serviceConfig', () => {
  it('keeps the SQLite file in DATA_DIR unless DATABASE_URL names another', () => {
    expect(parseServiceConfig({ SECRET, DATA_DIR: '/var/lib/klartext' }).databaseUrl).toBe('file:/var/lib/klartext/klartext.db');
    expect(parseServiceConfig({ SECRET, DATA_DIR: '/var/lib/klartext', DATABASE_URL: 'postgres://k@db/k' }).databaseUrl).toBe('postgres://k@db/k');
  });

  it('has embedded defaults: SQLite under data/, the local site, no Akismet, returning authors approved', () => {
    expect(parseServiceConfig({ SECRET })).toMatchObject({
      databaseUrl: 'file:data/klartext.db',
      databasePoolMax: 10,
      siteUrl: 'http://localhost:4321',
      siteDir: 'dist',
      akismetKey: undefined,
      trustProxy: 0,
      port: 4321,
      host: 'localhost',
      autoApprove: 'returning',
      rateLimit: { max: 5, windowMs: 600_000 },
      searchRateLimit: { max: 30, windowMs: 60_000 },
      ipRetentionDays: 30,
    });
  });

  it('without SITE_URL, links to the port it serves on; a bad SITE_URL is still named', () => {
    expect(parseServiceConfig({ SECRET, PORT: '8080' }).siteUrl).toBe('http://localhost:8080');
    expect(parseServiceConfig({ SECRET, PORT: '8080', SITE_URL: 'https://klartext.example/' }).siteUrl).toBe('https://klartext.example');
    expect(() => parseServiceConfig({ SECRET, SITE_URL: 'klartext' })).toThrow(/SITE_URL/);
  });

  it('reads every variable', () => {
    const config = parseServiceConfig({
      SECRET,
      DATABASE_URL: 'postgres://u@db/klartext',
      DATABASE_POOL_MAX: '2',
      SITE_URL: 'https://klartext.example/',
      AKISMET_KEY: 'abc',
      AKISMET_ENDPOINT: 'http://127.0.0.1:9999/',
      SMTP_URL: 'smtps://u:p@mail.example:465',
      MAIL_FROM: 'kommentare@klartext.example',
      TRUST_PROXY: '2',
      PORT: '8080',
      HOST: '0.0.0.0',
      COMMENT_AUTO_APPROVE: 'never',
      RATE_LIMIT_MAX: '3',
      RATE_LIMIT_WINDOW_MINUTES: '60',
      SEARCH_RATE_LIMIT_MAX: '100',
      COMMENT_BLOCKED_WORDS: 'Viagra, Casino Bonus',
      COMMENT_MODERATED_WORDS: '',
      IP_RETENTION_DAYS: '7',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u@db/klartext',
      databasePoolMax: 2,
      siteUrl: 'https://klartext.example',
      akismetEndpoint: 'http://127.0.0.1:9999',
      trustProxy: 2,
      port: 8080,
      autoApprove: 'never',
      rateLimit: { max: 3, windowMs: 3_600_000 },
      searchRateLimit: { max: 100, windowMs: 60_000 },
      blockedWords: ['viagra', 'casino bonus'],
      moderatedWords: [],
      ipRetentionDays: 7,
    });
  });

  it('names each bad variable in one message', () => {
    expect(() => parseServiceConfig({ SECRET: 'kurz', DATABASE_URL: 'mysql://x', PORT: 'achtzig', TRUST_PROXY: 'vielleicht', AKISMET_ENDPOINT: 'ftp://x' })).toThrow(
      /SECRET[\s\S]*|DATABASE_URL/,
    );
    try {
      parseServiceConfig({ SECRET: 'kurz', DATABASE_URL: 'mysql://x', PORT: 'achtzig', TRUST_PROXY: 'vielleicht', AKISMET_ENDPOINT: 'ftp://x' });
    } catch (error) {
      for (const name of ['SECRET', 'DATABASE_URL', 'PORT', 'TRUST_PROXY', 'AKISMET_ENDPOINT']) expect((error as Error).message).toContain(name);
    }
  });

  it('requires SECRET when none is generated', () => {
    expect(() => parseServiceConfig({})).toThrow(/SECRET/);
  });

  it('serves on localhost:4321 by default and names PORT when it is not a port number', () => {
    expect(parseServerSettings({})).toEqual({ port: 4321, hostname: 'localhost' });
    expect(parseServerSettings({ PORT: '8080', HOST: '0.0.0.0' })).toEqual({ port: 8080, hostname: '0.0.0.0' });
    expect(() => parseServerSettings({ PORT: 'achtzig' })).toThrow(/PORT/);
    expect(() => parseServerSettings({ PORT: '70000' })).toThrow(/PORT/);
  });
});
