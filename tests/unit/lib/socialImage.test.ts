import { describe, expect, it } from 'vitest';
import { needsGeneratedCard, socialImage } from '../../../src/lib/socialImage.ts';

describe('lib/socialImage', () => {
  it('uses a raster hero image as it is', () => {
    expect(needsGeneratedCard('jpg')).toBe(false);
    expect(needsGeneratedCard('PNG')).toBe(false);
    expect(socialImage('a', { src: { src: '/_astro/foto.abc.jpg', format: 'jpg' } })).toBe('/_astro/foto.abc.jpg');
  });

  it('generates a card for posts without hero or with an SVG hero', () => {
    expect(needsGeneratedCard(undefined)).toBe(true);
    expect(needsGeneratedCard('svg')).toBe(true);
    expect(socialImage('a', undefined)).toBe('/og/a.png');
    expect(socialImage('a', { src: { src: '/_astro/grafik.svg', format: 'svg' } })).toBe('/og/a.png');
  });
});
