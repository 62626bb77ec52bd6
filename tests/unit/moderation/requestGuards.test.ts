import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isSameSite } from '../../../functions/moderation/requestGuards.ts';

const SITE = 'https://klartext.example';
const app = new Hono().post('/', (c) => c.json(isSameSite(c, SITE)));
const sameSite = async (headers: Record<string, string>) => (await app.request('https://klartext.example/', { method: 'POST', headers })).json();

describe('moderation/requestGuards isSameSite', () => {
  it('accepts a request from the site’s own page, by Sec-Fetch-Site or by Origin', async () => {
    expect(await sameSite({ 'Sec-Fetch-Site': 'same-origin', Origin: SITE })).toBe(true);
    expect(await sameSite({ Origin: SITE })).toBe(true);
    expect(await sameSite({ 'Sec-Fetch-Site': 'same-origin' })).toBe(true);
  });

  it('accepts Origin null from a form on our own page (Referrer-Policy no-referrer) when the browser says same-origin', async () => {
    expect(await sameSite({ 'Sec-Fetch-Site': 'same-origin', Origin: 'null' })).toBe(true);
  });

  it('refuses other sites, Origin null without Sec-Fetch-Site, and a request with neither header', async () => {
    expect(await sameSite({ 'Sec-Fetch-Site': 'cross-site', Origin: 'null' })).toBe(false);
    expect(await sameSite({ 'Sec-Fetch-Site': 'same-site', Origin: 'https://sub.klartext.example' })).toBe(false);
    expect(await sameSite({ Origin: 'https://evil.example' })).toBe(false);
    expect(await sameSite({ Origin: 'null' })).toBe(false);
    expect(await sameSite({})).toBe(false);
  });
});
