import { describe, expect, it } from 'vitest';
import { ownCounts } from '../../../../src/lib/headline/ownCounts.ts';

describe('lib/headline/ownCounts', () => {
  it('counts sections, subsections per section and the items of each list', () => {
    const body = [
      '## Erstens', '', 'Text.', '', '### a', '### b', '',
      '## Zweitens', '', '- eins', '- zwei', '- drei', '', 'Absatz.', '', '1. erstens', '2. zweitens', '',
      '## Drittens', '', 'Schluss.',
    ].join('\n');
    expect(ownCounts(body)).toEqual([2, 3]);
  });

  it('counts nothing in a text without sections or lists', () => {
    expect(ownCounts('Nur ein Absatz mit 3 Zahlen und 5 Wörtern.')).toEqual([]);
  });
});
