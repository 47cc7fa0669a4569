// Build time only: draws the link-preview images (satori lays out, resvg rasterises to PNG).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import subsetFont from 'subset-font';
import { ogImageCharacters, ogImageSize, ogImageTree, type OgImageText } from './og-image';

// Noto Sans SC Bold from the @expo-google-fonts package (a TTF: satori cannot read WOFF2); ~10 MB, read once.
const fontPath = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
const subsets = new Map<string, Promise<Buffer>>();

/**
 * A 1200×630 PNG of one image of `all`, with the font subset to the characters of all of them: subsetting the
 * 10 MB font once per build instead of once per image, and satori then parses a font of a few hundred KB.
 */
export async function renderOgImage(text: OgImageText, all: readonly OgImageText[]): Promise<Buffer> {
  const characters = ogImageCharacters(all);
  if (!subsets.has(characters))
    subsets.set(
      characters,
      readFile(fontPath).then((font) => subsetFont(font, characters, { targetFormat: 'truetype' })),
    );
  const subset = await subsets.get(characters)!;
  const svg = await satori(ogImageTree(text) as Parameters<typeof satori>[0], {
    ...ogImageSize,
    fonts: [{ name: 'Noto Sans SC', data: subset, weight: 700, style: 'normal' }],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: ogImageSize.width } }).render().asPng();
}
