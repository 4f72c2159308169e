/**
 * The form two spellings of one vocabulary term share: compatibility-normalised, lower case,
 * accents dropped, and every space, punctuation mark and symbol removed, so `Sci-Fi`,
 * `sci fi`, `SCI‑FI` and `Sci-Fi & Fantasy`'s `scififantasy` compare as plain letters, and
 * `Côte d’Ivoire` meets `Cote d'Ivoire`. Hangul is kept: decomposing it gives conjoining jamo
 * (letters, not marks), which the final NFC puts back together.
 */
export function vocabularyKey(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{M}\p{P}\p{S}\p{Z}\p{C}\s]/gu, '')
    .normalize('NFC');
}
