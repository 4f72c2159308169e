import { starsRow } from './stars';

/** Every card is the size link previews ask for (Open Graph, X, KakaoTalk, Slack). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a review's card shows; plain data so layouts can be tested without Astro. */
export interface ReviewCardContent {
  kind: 'review';
  siteName: string;
  filmTitle: string;
  /** "Her · 2013": original title and year, already joined. */
  filmLine?: string | undefined;
  /** 0–5 in steps of 0.5. */
  rating?: number | undefined;
  /** The post's headline; left out when it is the film's title, which the card already shows. */
  postTitle?: string | undefined;
  /** The poster (or cover) as a file path; the card has a lettered panel without one. */
  poster?: string | undefined;
  /**
   * The glyph shapes for a title in kanji or hanzi alone, which do not say their language:
   * Japanese for a film from Japan, Chinese for one from China, Taiwan or Hong Kong.
   */
  cjkLanguage?: 'ja' | 'zh' | undefined;
}

/** The card of the site and of lists: a heading, a line under it and a strip of posters. */
export interface CollectionCardContent {
  kind: 'collection';
  siteName: string;
  heading: string;
  subheading: string;
  /** Posters of recent reviews, newest first, as file paths (at most six are shown). */
  posters: string[];
}

export type CardContent = ReviewCardContent | CollectionCardContent;

/** A node of satori's element tree (the shape React elements have). */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | CardNode | string;
    [key: string]: unknown;
  };
}

/**
 * Where a poster goes on a card: satori leaves the spot empty and sharp composites the
 * poster there after rasterising the text (see `render.ts`), so no JPEG is embedded in the
 * SVG for librsvg to decode again.
 */
export interface ImagePlacement {
  file: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Radius of its rounded corners. */
  radius: number;
}

const COLORS = {
  background: '#15161b',
  text: '#f4f1ea',
  muted: '#a9a6a0',
  accent: '#f2b84b',
  star: '#3a3b42',
  panel: '#24262e',
};
const PADDING = 48;
export const POSTER = { width: 356, height: 534 };
export const STRIP_POSTER = { width: 150, height: 225, gap: 18, count: 6 };

const node = (
  type: string,
  style: Record<string, string | number>,
  ...children: (CardNode | string)[]
): CardNode => ({
  type,
  props: { style, children },
});

/**
 * Text cut after `lines` lines with an ellipsis; Korean breaks between words where it can
 * (keep-all). satori clamps by itself: `overflow: hidden` would add an SVG mask per text
 * that makes rasterising a card two to three times slower, for the same pixels.
 */
const text = (value: string, style: Record<string, string | number>, lines: number): CardNode =>
  node(
    'div',
    {
      display: 'block',
      lineClamp: lines,
      wordBreak: 'keep-all',
      overflowWrap: 'anywhere',
      ...style,
    },
    value,
  );

/** The empty spot a poster is composited into (`imagePlacements`), keeping the layout's flow. */
const imageSlot = (size: { width: number; height: number }): CardNode =>
  node('div', { width: size.width, height: size.height, flexShrink: 0 });

const POSTER_RADIUS = 10;
const STRIP_RADIUS = 6;

/** Stands in for a missing poster: the film title's first letter on a panel. */
function letterPanel(title: string): CardNode {
  const letter = Array.from(title.trim())[0] ?? '';
  return node(
    'div',
    {
      ...POSTER,
      boxSizing: 'border-box',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      borderRadius: 10,
      background: COLORS.panel,
      border: `2px solid ${COLORS.accent}`,
    },
    text(letter, { fontSize: 220, fontWeight: 700, color: COLORS.accent }, 1),
  );
}

function reviewCard(card: ReviewCardContent): CardNode {
  const { poster } = card;
  const columnWidth = CARD_WIDTH - 2 * PADDING - POSTER.width - PADDING;
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      padding: PADDING,
      background: COLORS.background,
      color: COLORS.text,
      fontFamily: 'Pretendard',
    },
    poster ? imageSlot(POSTER) : letterPanel(card.filmTitle),
    node(
      'div',
      {
        width: columnWidth,
        height: POSTER.height,
        marginLeft: PADDING,
        display: 'flex',
        flexDirection: 'column',
      },
      text(card.filmTitle, { fontSize: 64, fontWeight: 700, lineHeight: 1.2 }, 2),
      ...(card.filmLine
        ? [text(card.filmLine, { fontSize: 32, color: COLORS.muted, marginTop: 8 }, 1)]
        : []),
      ...(card.rating === undefined
        ? []
        : [starsRow(card.rating, { on: COLORS.accent, off: COLORS.star }, { marginTop: 24 })]),
      node('div', { flexGrow: 1, display: 'flex' }),
      ...(card.postTitle ? [text(card.postTitle, { fontSize: 36, lineHeight: 1.35 }, 3)] : []),
      text(
        card.siteName,
        { fontSize: 26, fontWeight: 700, color: COLORS.accent, marginTop: 24 },
        1,
      ),
    ),
  );
}

/** The posters a collection card shows. */
const stripPosters = (card: CollectionCardContent) => card.posters.slice(0, STRIP_POSTER.count);

function collectionCard(card: CollectionCardContent): CardNode {
  const posters = stripPosters(card);
  const width = CARD_WIDTH - 2 * PADDING;
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      padding: PADDING,
      background: COLORS.background,
      color: COLORS.text,
      fontFamily: 'Pretendard',
    },
    text(card.siteName, { width, fontSize: 28, fontWeight: 700, color: COLORS.accent }, 1),
    text(
      card.heading,
      {
        width,
        fontSize: posters.length ? 64 : 84,
        fontWeight: 700,
        lineHeight: 1.2,
        marginTop: 16,
      },
      2,
    ),
    text(
      card.subheading,
      { width, fontSize: 32, color: COLORS.muted, lineHeight: 1.35, marginTop: 12 },
      2,
    ),
    node(
      'div',
      {
        position: 'absolute',
        left: PADDING,
        bottom: PADDING,
        display: 'flex',
        gap: STRIP_POSTER.gap,
      },
      ...posters.map(() => imageSlot(STRIP_POSTER)),
    ),
  );
}

/** The element tree satori draws for a card: its text and shapes, with room for the posters. */
export function cardLayout(card: CardContent): CardNode {
  return card.kind === 'review' ? reviewCard(card) : collectionCard(card);
}

/** Where each poster of a card goes, in the slots `cardLayout` leaves. */
export function imagePlacements(card: CardContent): ImagePlacement[] {
  if (card.kind === 'review')
    return card.poster
      ? [{ file: card.poster, left: PADDING, top: PADDING, ...POSTER, radius: POSTER_RADIUS }]
      : [];
  const { width, height, gap } = STRIP_POSTER;
  return stripPosters(card).map((file, index) => ({
    file,
    left: PADDING + index * (width + gap),
    top: CARD_HEIGHT - PADDING - height,
    width,
    height,
    radius: STRIP_RADIUS,
  }));
}
