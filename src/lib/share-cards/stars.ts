/** One five-pointed star, 40 × 40, as an SVG path. */
const STAR = 'M20 2.5l5.3 11.1 12.2 1.6-8.9 8.5 2.2 12.1L20 29.9 9.2 35.8l2.2-12.1-8.9-8.5 12.2-1.6z';

/** Size of the star row: five 40-px stars, 8 px apart. */
export const STARS_WIDTH = 5 * 40 + 4 * 8;
export const STARS_HEIGHT = 40;

/**
 * A rating out of five as an SVG data URI: five grey stars with gold ones over them,
 * clipped at the rating, so 3.5 shows three and a half gold stars. Drawn as shapes, not
 * as ★ glyphs, so the half star needs no font support.
 */
export function starsImage(rating: number, colors: { on: string; off: string }): string {
  const stars = (fill: string) =>
    Array.from({ length: 5 }, (_, index) => `<path transform="translate(${index * 48} 0)" d="${STAR}" fill="${fill}"/>`).join('');
  const whole = Math.floor(rating);
  const clip = whole * 48 + (rating - whole > 0 ? 20 : 0);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${STARS_WIDTH}" height="${STARS_HEIGHT}" viewBox="0 0 ${STARS_WIDTH} ${STARS_HEIGHT}">` +
    `<defs><clipPath id="rating"><rect width="${clip}" height="${STARS_HEIGHT}"/></clipPath></defs>` +
    `${stars(colors.off)}<g clip-path="url(#rating)">${stars(colors.on)}</g></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
