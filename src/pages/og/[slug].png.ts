import type { APIContext } from 'astro';
import { getAuthors, getPublishedPosts, type Post } from '../../data/posts.ts';
import { formatDate } from '../../lib/formatDate.ts';
import { ogImages } from '../../og/renderOgImage.ts';
import { strings } from '../../strings.ts';
import { needsGeneratedCard } from '../../lib/socialImage.ts';

/** An Open Graph card for each article without a shareable hero image. */
export async function getStaticPaths() {
  const authors = await getAuthors();
  return (await getPublishedPosts())
    .filter((post) => needsGeneratedCard(post.data.hero))
    .map((post) => ({ params: { slug: post.id }, props: { post, author: authors.get(post.data.author.id)!.data.name } }));
}

export async function GET({ props }: APIContext<{ post: Post; author: string }>) {
  const { post, author } = props;
  const png = await ogImages.get({
    title: post.data.title,
    category: post.data.category,
    author,
    date: formatDate(post.data.pubDate),
    siteName: strings.site.name,
    footer: strings.ogImage.footer,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
