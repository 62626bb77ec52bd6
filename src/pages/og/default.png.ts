import { ogImages } from '../../og/renderOgImage.ts';
import { strings } from '../../strings.ts';

/** The card for pages that are not articles. */
export async function GET() {
  const png = await ogImages.get({
    title: strings.site.tagline,
    category: 'Blog',
    author: strings.site.name,
    date: '',
    siteName: strings.site.name,
    footer: strings.ogImage.footer,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
