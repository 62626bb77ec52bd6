import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../../src/lib/checklist.ts';
import { strings } from '../../../src/strings.ts';

describe('lib/checklist', () => {
  it('has the nine items of the editorial checklist in order', () => {
    expect(CHECKLIST_ITEMS).toEqual(['sources', 'claims', 'headline', 'images', 'disclosure', 'minors', 'rightOfReply', 'review', 'corrections']);
  });

  it('has a German title and explanation for every item', () => {
    for (const item of CHECKLIST_ITEMS) {
      expect(strings.checklist[item].title.length).toBeGreaterThan(3);
      expect(strings.checklist[item].text.length).toBeGreaterThan(40);
    }
  });
});
