/** How far the five stars are filled for `rating` (0–5): the `--rating-fill` of `<Rating>`. */
export function ratingFill(rating: number): string {
  return `${(rating / 5) * 100}%`;
}

/** The number beside the stars: `4.5`, `3.0`. */
export function ratingValue(rating: number): string {
  return rating.toFixed(1);
}
