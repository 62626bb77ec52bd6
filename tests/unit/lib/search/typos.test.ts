import { describe, expect, it } from 'vitest';
import { oneEditAway } from '../../../../src/lib/search/typos.ts';

describe('lib/search/typos', () => {
  const edits = oneEditAway('daten');

  it('undoes a swap, a missing, an extra and a wrong letter', () => {
    expect(oneEditAway('datne')).toContain('daten');
    expect(oneEditAway('dten')).toContain('daten');
    expect(oneEditAway('datten')).toContain('daten');
    expect(oneEditAway('dazen')).toContain('daten');
  });

  it('never changes the first letter', () => {
    expect(edits.every((word) => word.startsWith('d'))).toBe(true);
  });

  it('does not return the word itself or anything two edits away', () => {
    expect(edits).not.toContain('daten');
    expect(edits).not.toContain('danet');
  });
});
