// The editor's preview link names a post by its path below posts/ (2026/name); the article lives at /artikel/name/.
import type { APIRoute } from 'astro';
import { postIdFromPath } from '../lib/postId.ts';
import { urls } from '../lib/urls.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, redirect }) => redirect(urls.post(postIdFromPath(String(params.path ?? ''))), 302);
