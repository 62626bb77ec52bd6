/**
 * The `rel` of a link in an advertisement: outbound links get "sponsored"
 * (as search engines ask for paid links), other values are kept.
 *
 * @example sponsoredRel('https://shop.example/', 'noopener') // 'noopener sponsored'
 */
export function sponsoredRel(href: unknown, rel: unknown): string | undefined {
  const values = typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  if (/^https?:\/\//i.test(String(href ?? ''))) values.push('sponsored');
  return values.length > 0 ? [...new Set(values)].join(' ') : undefined;
}
