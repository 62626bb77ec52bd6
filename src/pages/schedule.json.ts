import { getCollection } from 'astro:content';
import { BUILD_TIME } from '../data/posts.ts';
import { scheduledEntries } from '../lib/schedule.ts';

/**
 * When this build's scheduled posts fall due (times and opaque keys only, no
 * titles or slugs): `npm start` rebuilds at the earliest, the Netlify
 * scheduled function calls the build hook (docs/deploy.md). Same clock as the
 * published list, so no post falls between the two.
 */
export async function GET() {
  const scheduled = scheduledEntries(await getCollection('posts'), BUILD_TIME);
  return new Response(JSON.stringify({ scheduled }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
