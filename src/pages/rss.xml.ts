import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { getAuthors, getPublishedPosts } from '../data/posts.ts';
import { urls } from '../lib/urls.ts';
import { strings } from '../strings.ts';
import { RSS_ITEMS } from '../consts.ts';

/** Full-text RSS 2.0: the newest published posts with their rendered bodies. */
export async function GET(context: APIContext) {
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const authors = await getAuthors();
  const posts = (await getPublishedPosts()).slice(0, RSS_ITEMS);
  const items = await Promise.all(
    posts.map(async (post) => {
      const { Content } = await render(post);
      const author = authors.get(post.data.author.id)!;
      return {
        title: post.data.title,
        link: urls.post(post.id),
        pubDate: post.data.pubDate,
        description: post.data.lead,
        content: await container.renderToString(Content),
        author: author.data.name,
        categories: [post.data.category, ...post.data.tags],
      };
    }),
  );
  return rss({
    title: strings.site.name,
    description: strings.site.description,
    site: context.site!,
    items,
    customData: `<language>${strings.site.language}</language>`,
    trailingSlash: true,
  });
}
