import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, ogCard, type OgCardInput } from '../lib/ogCard.ts';
import { createOgImageCache } from './ogImageCache.ts';

const require = createRequire(import.meta.url);
const FONT_FAMILY = 'Source Sans 3';
const FONT_FILES = [
  ['latin-400', 400],
  ['latin-700', 700],
  ['latin-ext-400', 400],
  ['latin-ext-700', 700],
] as const;

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ([file, weight]) => ({
      name: FONT_FAMILY,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${file}-normal.woff`)),
    })),
  );
  return fonts;
}

async function renderPng(input: OgCardInput): Promise<Uint8Array> {
  const svg = await satori(ogCard(input) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await loadFonts(),
  });
  // sharp rasterizes on libvips' own threads, beside satori's JavaScript.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** Bump when the card's design changes, so cached images are rendered anew. */
const CARD_VERSION = 'card-v1';

/** Where rendered cards are kept between builds. */
export const OG_CACHE_DIR = process.env.KLARTEXT_OG_CACHE_DIR ?? 'node_modules/.cache/klartext-og';

export const ogImages = createOgImageCache<OgCardInput>({ dir: OG_CACHE_DIR, version: CARD_VERSION, render: renderPng });
