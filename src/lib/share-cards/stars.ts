import type { CardNode } from './layout';

/** One five-pointed star, 40 × 40, as an SVG path. */
const STAR =
  'M20 2.5l5.3 11.1 12.2 1.6-8.9 8.5 2.2 12.1L20 29.9 9.2 35.8l2.2-12.1-8.9-8.5 12.2-1.6z';
const SIZE = 40;
const GAP = 8;

/**
 * A rating out of five as a row of five stars: gold, grey, or gold on the left half, so 3.5
 * shows three and a half gold stars. Each star is a box clipped to the star's outline, drawn
 * as shapes rather than ★ glyphs (the half star needs no font support) and in the card's own
 * SVG rather than as an embedded image, which would make rasterising a card half again slower.
 */
export function starsRow(
  rating: number,
  colors: { on: string; off: string },
  style: Record<string, string | number> = {},
): CardNode {
  const fill = (index: number) =>
    rating >= index + 1
      ? colors.on
      : rating > index
        ? `linear-gradient(90deg, ${colors.on} 50%, ${colors.off} 50%)`
        : colors.off;
  return {
    type: 'div',
    props: {
      style: { display: 'flex', gap: GAP, ...style },
      children: Array.from({ length: 5 }, (_, index) => ({
        type: 'div',
        props: {
          style: {
            width: SIZE,
            height: SIZE,
            background: fill(index),
            clipPath: `path('${STAR}')`,
          },
        },
      })),
    },
  };
}
