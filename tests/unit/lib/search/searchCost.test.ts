import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/buildSearchIndex.ts';
import { FUZZY_MAX_LETTERS, MAX_QUERY_WORDS, MAX_TYPO_VARIANTS, planQuery } from '../../../../src/lib/search/queryPlan.ts';
import { createSearchEngine } from '../../../../src/lib/search/searchEngine.ts';
import { typoVariantCount } from '../../../../src/lib/search/typos.ts';
import { CORPUS, recordingReader } from './searchFixtures.ts';

// Counts every one-typo spelling the engine builds: the work that made a long word stall the server.
const built = vi.hoisted(() => ({ variants: 0 }));
vi.mock('../../../../src/lib/search/typos.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/lib/search/typos.ts')>();
  return {
    ...actual,
    oneEditAway: (word: string) => {
      const variants = actual.oneEditAway(word);
      built.variants += variants.length;
      return variants;
    },
  };
});

const index = buildSearchIndex(CORPUS);
const LETTERS = 'bcdfghjklmnpqrstvwxz';
/** A made-up word of `length` letters that no index knows, different for each `seed`. */
const nonsense = (seed: number, length: number) => Array.from({ length }, (_, i) => LETTERS[(seed * 7 + i * (seed + 3)) % LETTERS.length]).join('');

async function variantsBuiltFor(query: string) {
  const engine = createSearchEngine(recordingReader(index).read);
  built.variants = 0;
  const outcome = await engine.search(query);
  return { variants: built.variants, words: outcome.words };
}

describe('lib/search: the work one query may cause is bounded', () => {
  it('builds no typo spellings for a 200-letter word (it had built about 10,000)', async () => {
    const { variants, words } = await variantsBuiltFor(nonsense(1, 200));
    expect(words).toHaveLength(1);
    expect(words[0]!.fuzzy).toBe(false);
    expect(variants).toBe(0);
  });

  // 24 letters each: the longest words that still get typo tolerance.
  it('keeps at most 8 words of a 50-word query and builds at most MAX_TYPO_VARIANTS spellings for them', async () => {
    const query = Array.from({ length: 50 }, (_, i) => nonsense(i + 2, 24)).join(' ');
    const { variants, words } = await variantsBuiltFor(query);
    expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
    expect(variants).toBeGreaterThan(0);
    // Before the bound: about 9,900 (8 words × ~1,240 spellings).
    expect(variants).toBeLessThanOrEqual(2_000);
    expect(variants).toBeLessThanOrEqual(MAX_TYPO_VARIANTS);
  });

  it('still corrects a typo in an ordinary query', async () => {
    const { words } = await variantsBuiltFor('Algorihtmus');
    expect(words[0]!.typoTerms.length).toBeGreaterThan(0);
  });

  it('plans typo tolerance within the budget, counted before any spelling is built', () => {
    const plan = planQuery(Array.from({ length: 50 }, (_, i) => nonsense(i + 2, 12)).join(' '));
    const cost = plan.filter((word) => word.fuzzy).reduce((sum, word) => sum + typoVariantCount(word.folded.length), 0);
    expect(cost).toBeLessThanOrEqual(MAX_TYPO_VARIANTS);
    expect(planQuery('datenschutzbehoerde')[0]!.fuzzy).toBe(true);
    expect(planQuery('a'.repeat(FUZZY_MAX_LETTERS + 1))[0]!.fuzzy).toBe(false);
  });
});
