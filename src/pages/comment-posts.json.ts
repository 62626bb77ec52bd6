import { getPublishedPosts } from '../data/posts.ts';

/**
 * The published posts readers may comment on, for the comment service: it
 * answers 404 for any other post. Built with the site, so service and site
 * always agree on what is published.
 */
export async function GET() {
  const posts = (await getPublishedPosts()).map((post) => ({
    id: post.id,
    title: post.data.title,
    // Akismet weighs comments on old articles differently (comment_post_modified_gmt).
    modified: (post.data.updatedDate ?? post.data.pubDate).toISOString(),
  }));
  return new Response(JSON.stringify({ posts }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
