/**
 * The layout of an article's Open Graph image (1200×630) as a satori element
 * tree. Pure: the renderer turns it into a PNG.
 */
export interface OgCardInput {
  title: string;
  category: string;
  author: string;
  date: string;
  siteName: string;
  footer: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const BORDER = 24;
const PADDING_X = 72;
const PADDING_Y = 64;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: Node[] | string } };

const el = (type: string, style: Record<string, string | number>, children?: Node[] | string): Node => ({
  type,
  props: { style, children },
});

/** Long titles get a smaller font so they always fit in four lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 70) return 60;
  return 48;
}

export function ogCard(input: OgCardInput): Node {
  return el(
    'div',
    {
      // satori sizes the content box: subtract padding and border from the card.
      width: OG_WIDTH - BORDER - 2 * PADDING_X,
      height: OG_HEIGHT - 2 * PADDING_Y,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      backgroundColor: '#fbfaf7',
      color: '#1b1b1b',
      borderLeft: `${BORDER}px solid #0b5d4b`,
      fontFamily: 'Source Sans 3',
    },
    [
      el('div', { display: 'flex', fontSize: 30, color: '#0b5d4b', fontWeight: 700, letterSpacing: 1 }, `${input.siteName} · ${input.category}`),
      el('div', { display: 'flex', fontSize: titleFontSize(input.title), fontWeight: 700, lineHeight: 1.15 }, input.title),
      el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#4a4a4a' }, [
        el('div', { display: 'flex' }, [input.author, input.date].filter(Boolean).join(' · ')),
        el('div', { display: 'flex' }, input.footer),
      ]),
    ],
  );
}
