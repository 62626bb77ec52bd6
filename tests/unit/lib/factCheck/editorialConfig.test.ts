import { describe, expect, it } from 'vitest';
import { parseEditorialConfig } from '../../../../src/lib/factCheck/editorialConfig.ts';

describe('lib/factCheck/editorialConfig', () => {
  it('uses the defaults without a file', () => {
    expect(parseEditorialConfig(undefined)).toEqual({ headlineRules: {} });
  });

  it('reads severities per rule', () => {
    expect(parseEditorialConfig('{"headlineRules":{"superlative":"error","lead-topic":"off"}}')).toEqual({
      headlineRules: { superlative: 'error', 'lead-topic': 'off' },
    });
  });

  it('refuses unknown rules and severities instead of ignoring them', () => {
    expect(() => parseEditorialConfig('{"headlineRules":{"superlativ":"off"}}')).toThrow(/„superlativ“ gibt es nicht/);
    expect(() => parseEditorialConfig('{"headlineRules":{"superlative":"aus"}}')).toThrow(/"error", "warning" oder "off"/);
  });
});
