import { describe, expect, it } from 'vitest';
import { suggestTags } from '../../../../src/lib/search/tagSuggestions.ts';

const tag = (name: string, count: number) => ({ name, url: `/thema/${name.toLowerCase()}/`, count });
const tags = [tag('DSGVO', 9), tag('TikTok', 7), tag('Werbung', 5), tag('Kinderdaten', 2), tag('Datenschutz', 1)];

describe('lib/search/tagSuggestions', () => {
  it('offers tags related to the query first, then the most used', () => {
    expect(suggestTags(tags, ['datenlecks'], 3).map((t) => t.name)).toEqual(['Kinderdaten', 'Datenschutz', 'DSGVO']);
  });

  it('offers the most used tags when nothing is related', () => {
    expect(suggestTags(tags, ['quanten'], 2).map((t) => t.name)).toEqual(['DSGVO', 'TikTok']);
  });
});
