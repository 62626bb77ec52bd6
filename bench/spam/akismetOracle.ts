/**
 * The spam benchmark's stand-in for Akismet: comment-check answers with the
 * corpus label of the text it is sent (the benchmark's " (n)" numbering taken
 * off), so the baseline server sorts every message correctly at the cost of
 * one local HTTP round trip. Real Akismet is slower (a request to the US), so
 * this baseline is the fastest "today's pipeline" with automatic sorting can be.
 */
import { Hono } from 'hono';
import type { CorpusMessage } from './corpus.ts';

/** The text as the corpus has it: without the " (n)" the throughput run appends. Pure. */
export const corpusText = (content: string) => content.replace(/ \(\d+\)$/, '');

export function akismetOracleApp(corpus: readonly CorpusMessage[]): Hono {
  const spam = new Set(corpus.filter((m) => m.label === 'spam').map((m) => m.body));
  return new Hono().post('/1.1/comment-check', async (c) => {
    const content = new URLSearchParams(await c.req.text()).get('comment_content') ?? '';
    return c.text(spam.has(content) || spam.has(corpusText(content)) ? 'true' : 'false');
  });
}
