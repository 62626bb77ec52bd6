/**
 * List pages (home, archive, tags, …): one GET /api/comments/counts for the
 * posts on the page, then "n Kommentare" under each card, linking to the
 * article's comments. Without JavaScript no counts are shown.
 */
import { countForm, fill } from '../lib/fillPlaceholders.ts';

const MAX_POSTS = 50;

for (const list of document.querySelectorAll<HTMLElement>('ul[data-comment-counts]')) void showCounts(list);

async function showCounts(list: HTMLElement): Promise<void> {
  const words = JSON.parse(list.dataset.commentCounts!) as [string, string, string];
  const cards = [...list.querySelectorAll<HTMLElement>('li[data-post]')];
  for (let start = 0; start < cards.length; start += MAX_POSTS) {
    const chunk = cards.slice(start, start + MAX_POSTS);
    try {
      const res = await fetch(`/api/comments/counts?posts=${chunk.map((card) => encodeURIComponent(card.dataset.post!)).join(',')}`, { headers: { Accept: 'application/json' } });
      if (!res.ok) return;
      const { counts } = (await res.json()) as { counts: Record<string, number> };
      for (const card of chunk) {
        const n = counts[card.dataset.post!];
        if (n === undefined) continue;
        const link = document.createElement('a');
        link.href = `${card.querySelector<HTMLAnchorElement>('h2 a, h3 a')?.getAttribute('href') ?? ''}#kommentare`;
        link.textContent = fill(countForm(words, n), { n: n.toLocaleString('de-DE') });
        const line = document.createElement('p');
        line.className = 'post-comment-count';
        line.append(link);
        card.append(line);
      }
    } catch {
      // Counts are an extra: the list stays as it is.
      return;
    }
  }
}
