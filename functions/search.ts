// Netlify Functions (v2) entry point of the search for readers without
// JavaScript: GET /api/search. The index files come with the function
// (netlify.toml: included_files), from the build it was deployed with.
import { resolve } from 'node:path';
import { Hono } from 'hono';
import { securityHeaders } from './http/securityHeaders.ts';
import { searchRoutes } from './search/searchRoutes.ts';

const app = new Hono();
app.use('*', securityHeaders());
app.route('/', searchRoutes({ siteRoot: resolve('dist') }));

export default (request: Request): Response | Promise<Response> => app.fetch(request);

// No database here: Netlify's own rate limit (per IP, across all instances) stands in for the
// self-hosted server's SEARCH_RATE_LIMIT_MAX (search/searchRateLimit.ts): 30 searches a minute.
export const config = { path: '/api/search', rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] } };
