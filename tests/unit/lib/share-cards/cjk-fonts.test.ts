import { describe, expect, test } from 'vitest';
import { withCjkFonts } from '../../../../src/lib/share-cards/cjk-fonts';
import {
  cardLayout,
  type CardNode,
  type ReviewCardContent,
} from '../../../../src/lib/share-cards/layout';

const review = (filmTitle: string, postTitle?: string): ReviewCardContent => ({
  kind: 'review',
  siteName: 'Late Show',
  filmTitle,
  postTitle,
  poster: '/poster.jpg',
});

/** The style of the node that draws `text`. */
function styleOf(node: CardNode, text: string): Record<string, string | number> | undefined {
  const children = [node.props.children ?? []].flat();
  if (children.includes(text)) return node.props.style;
  for (const child of children)
    if (typeof child !== 'string') {
      const style = styleOf(child, text);
      if (style) return style;
    }
  return undefined;
}

describe('withCjkFonts', () => {
  test('a Korean or English card reads no font slice and keeps its element tree, and so its hash', () => {
    for (const card of [review('헤어질 결심', '마침내'), review('Columbus', 'Modernism')]) {
      const layout = cardLayout(card);
      const drawn = withCjkFonts(layout);
      expect(drawn.fonts).toEqual([]);
      expect(drawn.layout).toBe(layout);
    }
  });

  test('kana make the card Japanese: Noto Sans JP slices before Pretendard, in the weights used', () => {
    const { layout, fonts } = withCjkFonts(cardLayout(review('花束みたいな恋をした', '終電')));
    expect(new Set(fonts.map(({ name }) => name.replace(/ \[\d+\]$/, '')))).toEqual(
      new Set(['Noto Sans JP']),
    );
    // The title is bold, the post title regular; nothing else is read.
    expect(new Set(fonts.map(({ weight }) => weight))).toEqual(new Set([400, 700]));
    expect(styleOf(layout, '花束みたいな恋をした')?.fontFamily).toMatch(
      /^Noto Sans JP \[\d+\](, Noto Sans JP \[\d+\])*, Pretendard$/,
    );
    // The site name has no CJK character and keeps the card's font.
    expect(styleOf(layout, 'Late Show')?.fontFamily).toBeUndefined();
  });

  test('hanzi without kana take Noto Sans SC, one WOFF slice per character at most', () => {
    const { layout, fonts } = withCjkFonts(cardLayout(review('霸王别姬')));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThanOrEqual(4);
    for (const { name, weight, data } of fonts) {
      expect(name).toMatch(/^Noto Sans SC \[\d+\]$/);
      expect(weight).toBe(700);
      expect((data as Buffer).subarray(0, 4).toString('latin1')).toBe('wOFF');
    }
    expect(styleOf(layout, '霸王别姬')?.fontFamily).toMatch(/^Noto Sans SC .*, Pretendard$/);
    // The lettered panel (no poster) draws the title's first character with the same fonts.
    const letter = withCjkFonts(cardLayout({ ...review('霸王别姬'), poster: undefined }));
    expect(styleOf(letter.layout, '霸')?.fontFamily).toMatch(/^Noto Sans SC /);
  });

  test('a title in kanji alone takes the Japanese shapes when the film is from Japan', () => {
    const kanji = cardLayout(review('怪物'));
    expect(styleOf(withCjkFonts(kanji, 'ja').layout, '怪物')?.fontFamily).toMatch(
      /^Noto Sans JP \[\d+\].*, Pretendard$/,
    );
    expect(styleOf(withCjkFonts(kanji).layout, '怪物')?.fontFamily).toMatch(/^Noto Sans SC /);
  });

  test('a Korean text with hanja keeps Pretendard first, for the hanja it has', () => {
    const { layout } = withCjkFonts(cardLayout(review('패왕별희(霸王別姬)')));
    expect(styleOf(layout, '패왕별희(霸王別姬)')?.fontFamily).toMatch(/^Pretendard, Noto Sans SC /);
  });
});
