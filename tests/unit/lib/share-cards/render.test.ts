import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardContent,
  type CollectionCardContent,
  type ReviewCardContent,
} from '../../../../src/lib/share-cards/layout';
import { cachedCard, cardHash, cardStats, drawCard } from '../../../../src/lib/share-cards/render';
import { changedShare, inkColumnRuns } from '../../../helpers/cards';

const poster = path.resolve('tests/fixtures/sites/browse/content/reviews/her/poster.jpg');
const review: ReviewCardContent = {
  kind: 'review',
  siteName: '마키 시네마',
  filmTitle: '',
  postTitle: '',
  poster,
};
const LONG =
  `${'아주 긴 제목이 끝없이 이어지는 영화 리뷰 '.repeat(6)}The End of a Very Long Title`.slice(
    0,
    200,
  );

/** Where the review card's text column is: right of the poster, inside the padding. */
const COLUMN = { left: 452, top: 48, width: 700, height: 534 };
const FILM_TITLE = { ...COLUMN, height: 160 };
const POST_TITLE = { ...COLUMN, top: 340, height: 150 };
/** The padding around the card and the gutter beside the poster: text must never reach them. */
const MARGINS = [
  { left: 1156, top: 0, width: 44, height: CARD_HEIGHT },
  { left: 0, top: 586, width: CARD_WIDTH, height: 44 },
  { left: 0, top: 0, width: CARD_WIDTH, height: 44 },
  { left: 406, top: 0, width: 44, height: CARD_HEIGHT },
];

const blank = drawCard(review);

describe('drawCard', () => {
  test('draws a 1200 × 630 PNG', async () => {
    const meta = await sharp(await blank).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
  });

  test('stores an opaque card without an alpha channel (the same pixels in fewer bytes)', async () => {
    const meta = await sharp(await blank).metadata();
    expect([meta.channels, meta.hasAlpha]).toEqual([3, false]);
  });

  test('a Korean film title is drawn in the title area, not as missing glyphs', async () => {
    const korean = await drawCard({ ...review, filmTitle: '헤어질 결심' });
    expect(await changedShare(korean, await blank, FILM_TITLE)).toBeGreaterThan(0.02);
    // Tofu boxes would look alike for any text: two different titles must differ.
    const other = await drawCard({ ...review, filmTitle: '리틀 포레스트' });
    expect(await changedShare(korean, other, FILM_TITLE)).toBeGreaterThan(0.02);
  });

  test('200-character titles wrap and are cut inside the column', async () => {
    const long = await drawCard({
      ...review,
      filmTitle: LONG,
      filmLine: LONG,
      postTitle: LONG,
      rating: 3.5,
    });
    expect(await changedShare(long, await blank, FILM_TITLE)).toBeGreaterThan(0.05);
    expect(await changedShare(long, await blank, POST_TITLE)).toBeGreaterThan(0.05);
    for (const margin of MARGINS) expect(await changedShare(long, await blank, margin)).toBe(0);
  });

  test('a 200-character title without a single space still breaks inside the column', async () => {
    const solid = '가나다라마바사아자차카타파하'.repeat(15).slice(0, 200);
    const long = await drawCard({ ...review, filmTitle: solid, postTitle: solid });
    expect(await changedShare(long, await blank, POST_TITLE)).toBeGreaterThan(0.05);
    for (const margin of MARGINS) expect(await changedShare(long, await blank, margin)).toBe(0);
  });

  test('the rating is five stars, gold up to the rating and half gold for a half point', async () => {
    const pixels = async (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();
    const draw = (rating: number) => drawCard({ ...review, rating }).then(pixels);
    const [five, none, threeAndHalf] = await Promise.all([draw(5), draw(0), draw(3.5)]);
    // The star row is where five gold stars and five grey ones differ.
    let [left, top, right] = [CARD_WIDTH, CARD_HEIGHT, 0];
    for (let index = 0; index < five.length; index += 3) {
      if (Math.abs(five[index]! - none[index]!) < 24) continue;
      const [x, y] = [(index / 3) % CARD_WIDTH, Math.floor(index / 3 / CARD_WIDTH)];
      [left, top, right] = [Math.min(left, x), Math.min(top, y), Math.max(right, x)];
    }
    // Five 40-px stars 8 px apart; each star's outline spans x 2.5–37.5 and y 2.5–35.8 of its box.
    expect(right - left).toBeGreaterThan(220);
    expect(right - left).toBeLessThan(235);
    const colour = (x: number, y: number) => {
      const at = (y * CARD_WIDTH + x) * 3;
      return [...threeAndHalf.subarray(at, at + 3)];
    };
    const GOLD = [0xf2, 0xb8, 0x4b];
    const GREY = [0x3a, 0x3b, 0x42];
    const near = (actual: number[], expected: number[]) =>
      actual.every((value, channel) => Math.abs(value - expected[channel]!) < 12);
    const halves = [0, 1, 2, 3, 4].map((star) => {
      const box = left - 3 + star * 48;
      const y = top - 3 + 20;
      return [colour(box + 12, y), colour(box + 28, y)].map((pixel) =>
        near(pixel, GOLD) ? 'gold' : near(pixel, GREY) ? 'grey' : pixel.join(),
      );
    });
    expect(halves).toEqual([
      ['gold', 'gold'],
      ['gold', 'gold'],
      ['gold', 'gold'],
      ['gold', 'grey'],
      ['grey', 'grey'],
    ]);
  });

  test('a review without any image gets a lettered panel where the poster would be', async () => {
    const card = await drawCard({ ...review, filmTitle: '패터슨', poster: undefined });
    const meta = await sharp(card).metadata();
    expect([meta.width, meta.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(
      await changedShare(card, await blank, { left: 48, top: 48, width: 356, height: 534 }),
    ).toBeGreaterThan(0.5);
  });

  test('collection cards keep long headings and the poster strip inside the card', async () => {
    const empty: CollectionCardContent = {
      kind: 'collection',
      siteName: '',
      heading: '',
      subheading: '',
      posters: [poster, poster],
    };
    const full = await drawCard({
      ...empty,
      siteName: 'example.com',
      heading: LONG,
      subheading: LONG,
    });
    const none = await drawCard(empty);
    expect(
      await changedShare(full, none, { left: 48, top: 48, width: 1104, height: 250 }),
    ).toBeGreaterThan(0.05);
    // The strip sits at the bottom, whole, and the text never reaches it.
    expect(await changedShare(full, none, { left: 48, top: 357, width: 318, height: 225 })).toBe(0);
    for (const margin of MARGINS.slice(0, 3))
      expect(await changedShare(full, none, margin)).toBe(0);
  });
});

describe('Japanese and Chinese titles', () => {
  /** What Pretendard draws for a character no font has (its placeholder bars), where the title begins. */
  const placeholder = drawCard({ ...review, filmTitle: '\u0378' });
  /** Where the title's nth character is: full-width CJK glyphs are 1 em (64 px) apart. */
  const cell = (index: number) => ({
    left: COLUMN.left + 64 * index,
    top: 48,
    width: 64,
    height: 80,
  });

  test.each([
    ['Japanese', '花束みたいな恋をした'],
    ['Chinese', '霸王别姬'],
  ])('a %s title is drawn in its glyphs, not as placeholders', async (_, title) => {
    const card = await drawCard({ ...review, filmTitle: title });
    const characters = Array.from(title);
    for (const [index, character] of characters.entries()) {
      // Ink where each character goes, unlike the blank card …
      expect(await changedShare(card, await blank, cell(index)), character).toBeGreaterThan(0.1);
      // … that is not the placeholder: a glyph differs from the bars in half its cell, a bar in none.
      expect(
        await changedShare(card, await placeholder, cell(index), cell(0)),
        character,
      ).toBeGreaterThan(0.25);
    }
    // Each character its own glyph: at least as many runs of inked columns as characters.
    expect(await inkColumnRuns(card, { ...FILM_TITLE, height: 80 })).toBeGreaterThanOrEqual(
      characters.length,
    );
  });
});

describe('posters composited after the text is rasterised', () => {
  const media = (name: string) =>
    path.resolve('tests/fixtures/sites/media/content/reviews/with-media', name);
  /**
   * The cards as they were drawn with each poster embedded in the SVG as a JPEG for librsvg
   * to decode (before compositing): the same cards now may differ by JPEG noise and the
   * antialiasing of the rounded corners, nothing a reader would see.
   */
  const REFERENCES: [string, CardContent][] = [
    [
      'review.png',
      {
        kind: 'review',
        siteName: '마키 시네마',
        filmTitle: '그녀',
        filmLine: 'Her · 2013',
        rating: 4.5,
        postTitle: '목소리만으로 사랑에 빠질 수 있을까',
        poster: media('poster.jpg'),
      },
    ],
    [
      'collection.png',
      {
        kind: 'collection',
        siteName: 'example.com',
        heading: '마키 시네마',
        subheading: '영화 리뷰 블로그',
        posters: ['poster', 'still-1', 'still-2', 'still-3', 'cover', 'poster'].map((name) =>
          media(`${name}.jpg`),
        ),
      },
    ],
  ];

  test.each(REFERENCES)('%s looks as it did', async (name, card) => {
    const pixels = (png: Buffer | string) => sharp(png).removeAlpha().raw().toBuffer();
    const [drawn, reference] = await Promise.all([
      drawCard(card).then(pixels),
      pixels(path.resolve('tests/fixtures/share-cards', name)),
    ]);
    expect(drawn.length).toBe(reference.length);
    let total = 0;
    let far = 0;
    for (let index = 0; index < drawn.length; index += 1) {
      const difference = Math.abs(drawn[index]! - reference[index]!);
      total += difference;
      if (difference > 32) far += 1;
    }
    // A missing, shifted or unrounded poster changes thousands of pixels by far more.
    expect(total / drawn.length).toBeLessThan(1);
    expect(far / drawn.length).toBeLessThan(0.002);
  });
});

describe('a poster with transparency of its own', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'marquee-poster-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('keeps it, inside the rounded corners', async () => {
    // 400 × 600: the left half transparent, the right half opaque red.
    const [width, height] = [400, 600];
    const pixels = Buffer.alloc(width * height * 4);
    for (let index = 0; index < width * height; index += 1)
      pixels.set([200, 30, 30, index % width < width / 2 ? 0 : 255], index * 4);
    const file = path.join(dir, 'poster.png');
    await sharp(pixels, { raw: { width, height, channels: 4 } })
      .png()
      .toFile(file);
    const card = await drawCard({ ...review, poster: file, filmTitle: 'T', postTitle: undefined });
    const { data, info } = await sharp(card).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray(
        (y * info.width + x) * info.channels,
        (y * info.width + x + 1) * info.channels,
      ),
    ];
    const background = at(1150, 315);
    // The poster's place is 356 × 534 at (48, 48), its corners rounded.
    expect(at(48 + 60, 315), 'the transparent half').toEqual(background);
    expect(at(48 + 356 - 1, 48), 'a rounded corner').toEqual(background);
    const [red, green, blue] = at(48 + 300, 315);
    expect(red! - Math.max(green!, blue!), 'the opaque half').toBeGreaterThan(120);
  });
});

describe('cachedCard', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'marquee-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('draws a card once and then reads it from the cache, named by its hash', async () => {
    const card: ReviewCardContent = {
      ...review,
      filmTitle: '그녀',
      postTitle: '목소리만으로 사랑에 빠질 수 있을까',
    };
    const drawn = cardStats.drawn;
    const first = await cachedCard(card, dir);
    const file = path.join(dir, `${cardHash(card)}.png`);
    const written = statSync(file).mtimeMs;
    const reused = cardStats.reused;
    const second = await cachedCard(card, dir);
    expect(second.equals(first)).toBe(true);
    expect([cardStats.drawn - drawn, cardStats.reused - reused]).toEqual([1, 1]);
    expect(statSync(file).mtimeMs).toBe(written);
  });

  test('the hash changes with the text and with the bytes of the poster', () => {
    const other = path.resolve('tests/fixtures/sites/browse/content/reviews/decision/poster.jpg');
    expect(cardHash({ ...review, filmTitle: 'A' })).not.toBe(
      cardHash({ ...review, filmTitle: 'B' }),
    );
    expect(cardHash(review)).not.toBe(cardHash({ ...review, poster: other }));
    expect(cardHash(review)).toBe(cardHash({ ...review }));
  });
});
