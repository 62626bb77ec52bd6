export interface BlogPostingInput {
  url: string;
  title: string;
  description: string;
  published: Date;
  modified?: Date;
  image: string;
  author: { name: string; url: string };
  publisher: { name: string; url: string };
  keywords: string[];
  section: string;
  citations: { title: string; url?: string; publisher: string }[];
  language: string;
}

/** A schema.org BlogPosting for an article, with its sources as `citation`. */
export function blogPosting(input: BlogPostingInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.title,
    description: input.description,
    datePublished: input.published.toISOString(),
    dateModified: (input.modified ?? input.published).toISOString(),
    image: [input.image],
    inLanguage: input.language,
    articleSection: input.section,
    keywords: input.keywords.join(', '),
    author: { '@type': 'Person', name: input.author.name, url: input.author.url },
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    citation: input.citations.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      ...(source.url ? { url: source.url } : {}),
      publisher: { '@type': 'Organization', name: source.publisher },
    })),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is escaped
 * so text such as "</script>" in a title can never end the script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
