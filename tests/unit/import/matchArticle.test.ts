import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../../functions/import/matchArticle.ts';

const posts = new Set(['dark-patterns-einwilligung', 'tiktok-kinderdaten']);
const site = 'https://klartext.example';
const match = (url: string, slugs: string[] = []) => matchArticle({ url, slugs }, posts, site);

describe('import/matchArticle', () => {
  it('finds our article by its address on SITE_URL', () => {
    expect(match('https://klartext.example/artikel/tiktok-kinderdaten/', ['etwas-anderes'])).toBe('tiktok-kinderdaten');
    expect(match('https://klartext.example/artikel/tiktok-kinderdaten')).toBe('tiktok-kinderdaten');
  });

  it("finds it by the export's slug when the address is the old one", () => {
    expect(match('https://alt.example.org/?p=12', ['dark-patterns-einwilligung'])).toBe('dark-patterns-einwilligung');
  });

  it('finds it by the last part of the old address', () => {
    expect(match('https://alt.example.org/2024/03/dark-patterns-einwilligung/')).toBe('dark-patterns-einwilligung');
    expect(match('https://old.example.com/blog/TikTok-Kinderdaten.html')).toBe('tiktok-kinderdaten');
  });

  it('ignores case and URL encoding', () => {
    expect(match('', ['Dark%2DPatterns-Einwilligung'])).toBe('dark-patterns-einwilligung');
  });

  it('finds nothing for an article we do not publish', () => {
    expect(match('https://alt.example.org/2019/05/alter-artikel/', ['alter-artikel'])).toBeNull();
    expect(match('https://klartext.example/artikel/entwurf/')).toBeNull();
    expect(match('kein url', ['12 https://old.example.com/?p=12'])).toBeNull();
    expect(match('')).toBeNull();
  });
});
