/**
 * A realistic generated blog for the benchmark: Korean and English reviews with film
 * frontmatter and 1.5–3 KB bodies, and with `images` 3–5 photos of 1600 px per review
 * (a poster, one still in the body, the others in the gallery). Deterministic: the same
 * count gives the same blog.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReviewPhotos } from './floors';
import { detailedImage } from './photos';

/**
 * The photo with a JPEG comment naming its copy: Astro optimises each distinct file once
 * (its name carries a hash of the content), so copies of one photo would be encoded once;
 * a blog's photos are all different.
 */
function uniqueCopy(jpeg: Buffer, name: string): Buffer {
  const text = Buffer.from(name, 'utf8');
  const comment = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), comment, text, jpeg.subarray(2)]);
}

/** A small deterministic random source. */
function random(seed: number) {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff), state / 0x7fffffff);
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    some: <T>(list: readonly T[], count: number) => [
      ...new Set(Array.from({ length: count }, () => list[Math.floor(next() * list.length)]!)),
    ],
  };
}

const GENRES = [
  '드라마',
  '멜로',
  '로맨스',
  'SF',
  '스릴러',
  '범죄',
  '코미디',
  '액션',
  '공포',
  '다큐멘터리',
  '애니메이션',
  '판타지',
  '전쟁',
  '음악',
  '가족',
];
const COUNTRIES = [
  '한국',
  '미국',
  '일본',
  '프랑스',
  '영국',
  '대만',
  '독일',
  '이탈리아',
  '스페인',
  '홍콩',
];
const TAGS = [
  '인생영화',
  '재관람',
  '극장에서',
  'OTT',
  '비 오는 날',
  '혼영',
  '원작 있음',
  '감독전',
  '영화제',
  '고전',
  '데뷔작',
  '음악이 좋은',
  '여름',
  '겨울',
  '가족과',
  'Criterion',
  'slow cinema',
  'festival',
];
const SURNAMES = [
  '김',
  '이',
  '박',
  '최',
  '정',
  '강',
  '조',
  '윤',
  '장',
  '임',
  '한',
  '오',
  '서',
  '신',
  '권',
];
const GIVEN = [
  '민준',
  '서연',
  '지호',
  '하은',
  '도윤',
  '수아',
  '시우',
  '지우',
  '예준',
  '유진',
  '현우',
  '채원',
  '준서',
  '다은',
  '건우',
];
const FIRST = ['Anna', 'James', 'Greta', 'Paul', 'Celine', 'Wong', 'Agnès', 'Ryan', 'Mia', 'Jonas'];
const LAST = [
  'Park',
  'Jarmusch',
  'Gerwig',
  'Thomas',
  'Song',
  'Kar-wai',
  'Varda',
  'Coogler',
  'Hansen',
  'Lee',
];

const KO_SENTENCES = [
  '영화는 아주 조용한 장면으로 시작한다.',
  '주인공은 매일 같은 길을 걸어 출근하고, 같은 자리에 앉아 점심을 먹는다.',
  '카메라는 인물의 얼굴보다 그가 바라보는 창밖의 풍경을 더 오래 비춘다.',
  '두 사람의 대화는 짧지만 그 사이의 침묵이 많은 것을 말해 준다.',
  '음악이 거의 쓰이지 않아서 빗소리와 발소리가 더 크게 들린다.',
  '중반부에 이르러 이야기는 예상하지 못한 방향으로 흘러간다.',
  '배우의 연기는 과장 없이 담담해서 오히려 마음에 오래 남는다.',
  '이 영화를 극장에서 다시 보고 싶다는 생각이 들었다.',
  '감독은 이번에도 가족이라는 주제를 자기만의 방식으로 풀어낸다.',
  '색감이 따뜻해서 겨울에 보기 좋은 영화였다.',
  '결말은 열려 있지만 억지스럽지 않다.',
  '원작 소설을 읽은 사람이라면 몇몇 장면에서 미소를 짓게 될 것이다.',
];
const EN_SENTENCES = [
  'The film opens on a quiet street just before dawn.',
  'Every shot is composed with the patience of someone who trusts the audience.',
  'The lead performance is restrained, which makes the final scene land even harder.',
  'There is almost no score, so the rain and the footsteps carry the mood.',
  'Halfway through, the story turns in a direction I did not see coming.',
  'It is a film about routine, and about what happens when a routine breaks.',
  'The dialogue is sparse, but the silences between the lines say a great deal.',
  'I left the theatre wanting to watch it again the next day.',
  'The director returns to family as a subject, with a lighter touch than before.',
  'The colours are warm, and the city feels like a character of its own.',
];

function paragraph(
  rng: ReturnType<typeof random>,
  sentences: readonly string[],
  count: number,
): string {
  return Array.from({ length: count }, () => rng.pick(sentences)).join(' ');
}

/** A 1.5–3 KB Markdown body with the usual sections, an inline spoiler, a link and, with photos, a figure. */
function body(rng: ReturnType<typeof random>, english: boolean, still?: string): string {
  const sentences = english ? EN_SENTENCES : KO_SENTENCES;
  const target = 1500 + rng.int(1500);
  const [synopsis, review, more] = english
    ? ['Synopsis', 'Review', 'What stays']
    : ['줄거리', '후기', '남는 것'];
  const parts = [`## ${synopsis}`, paragraph(rng, sentences, 3)];
  if (still)
    parts.push(
      `![${english ? 'A still from the film' : '영화의 한 장면'}](./${still} "${english ? 'A still' : '스틸컷'}")`,
    );
  parts.push(
    `## ${review}`,
    `${paragraph(rng, sentences, 2)} :spoiler[${english ? 'The ending is a dream.' : '결말은 꿈이었다.'}] ${paragraph(rng, sentences, 1)}`,
  );
  parts.push(
    `## ${more}`,
    `${paragraph(rng, sentences, 2)} [${english ? 'More reviews' : '다른 리뷰'}](https://example.com/reviews)`,
  );
  while (Buffer.byteLength(parts.join('\n\n')) < target)
    parts.push(paragraph(rng, sentences, 2 + rng.int(3)));
  return `${parts.join('\n\n')}\n`;
}

export interface GeneratedBlog {
  /** The content folder: `site.config.ts` and `reviews/<slug>/`. */
  content: string;
  reviews: number;
  /** Photo files written, and which of them each review uses (`poster`, body `still`, `gallery`). */
  photos: { file: string; role: 'poster' | 'still' | 'gallery' }[];
  /** Each review's photos, rating, viewing year and film, for the image floor. */
  reviewPhotos: ReviewPhotos[];
  /** Markdown bodies, for the bare unified floor. */
  bodies: string[];
}

/**
 * A new site's settings (every default), as `npm run new` users start with; with `scale`,
 * the settings README's "Speed and size" gives a blog of ten thousand reviews.
 */
const siteConfig = (scale: boolean) => `import { defineSite } from '../src/schemas/site';

export default defineSite({
  title: '벤치마크 시네마',
  description: '생성된 영화 리뷰로 빌드 속도를 잽니다.',
  author: '마키',
  language: 'ko',
  url: 'https://bench.example.com/',${scale ? "\n  scale: { minReviewsForTermPage: 2, reviewCards: 'site' }," : ''}
});
`;

/** Writes `count` reviews (with `images`, 3–5 photos each) into `content/` under `root`. */
export async function generateBlog(
  root: string,
  count: number,
  images: boolean,
  scale = false,
): Promise<GeneratedBlog> {
  const rng = random(42);
  const content = path.join(root, 'content');
  mkdirSync(path.join(content, 'reviews'), { recursive: true });
  writeFileSync(path.join(content, 'site.config.ts'), siteConfig(scale));
  const people = Array.from({ length: Math.max(30, Math.round(count * 1.5)) }, (_, index) =>
    index % 4 === 3
      ? `${FIRST[index % FIRST.length]} ${LAST[(index >> 2) % LAST.length]} ${index}`
      : `${SURNAMES[index % SURNAMES.length]}${GIVEN[(index >> 1) % GIVEN.length]}${index >= 225 ? index : ''}`,
  );
  const directors = people.slice(0, Math.max(10, Math.round(count / 3)));
  const sources = images
    ? await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => detailedImage(seed, 1600, 900)))
    : [];
  const posters = images
    ? await Promise.all([7, 8].map((seed) => detailedImage(seed, 1067, 1600)))
    : [];
  const photos: GeneratedBlog['photos'] = [];
  const reviewPhotos: ReviewPhotos[] = [];
  const bodies: string[] = [];
  for (let index = 1; index <= count; index++) {
    const english = index % 10 < 3;
    const slug = english ? `review-${index}` : `리뷰-${index}`;
    const folder = path.join(content, 'reviews', slug);
    mkdirSync(folder, { recursive: true });
    const day = new Date(Date.UTC(2015, 0, 1) + index * 86_400_000 * (3000 / Math.max(count, 3000)))
      .toISOString()
      .slice(0, 10);
    const stills = images ? 2 + rng.int(3) : 0;
    if (images) {
      writeFileSync(
        path.join(folder, 'poster.jpg'),
        uniqueCopy(posters[index % posters.length]!, `${slug}/poster`),
      );
      photos.push({ file: path.join(folder, 'poster.jpg'), role: 'poster' });
      for (let still = 1; still <= stills; still++) {
        writeFileSync(
          path.join(folder, `still-${still}.jpg`),
          uniqueCopy(sources[(index + still) % sources.length]!, `${slug}/still-${still}`),
        );
        photos.push({
          file: path.join(folder, `still-${still}.jpg`),
          role: still === 1 ? 'still' : 'gallery',
        });
      }
    }
    const cast = rng
      .some(people, 3 + rng.int(4))
      .map((name) => `    - { name: "${name}", role: "${english ? 'Lead' : '주연'}" }`);
    const gallery = Array.from(
      { length: Math.max(0, stills - 1) },
      (_, at) =>
        `  - { src: ./still-${at + 2}.jpg, alt: "${english ? 'Still' : '스틸컷'} ${at + 2}" }`,
    );
    const text = body(rng, english, images ? 'still-1.jpg' : undefined);
    // Drawn in the order the frontmatter below was always drawn in: the same blog as before.
    const tags = rng.some(TAGS, 1 + rng.int(3));
    const rating = (1 + rng.int(9)) / 2;
    if (images)
      reviewPhotos.push({
        poster: path.join(folder, 'poster.jpg'),
        gallery: Array.from({ length: stills - 1 }, (_, at) =>
          path.join(folder, `still-${at + 2}.jpg`),
        ),
        body: [path.join(folder, 'still-1.jpg')],
        rating,
        year: Number(day.slice(0, 4)),
        filmTitle: english ? `Film ${index}` : `영화 ${index}`,
      });
    bodies.push(text);
    const frontmatter = [
      `title: "${english ? `Review ${index}: a quiet film` : `리뷰 ${index}, 조용한 영화에 대하여`}"`,
      `pubDate: ${day}`,
      english ? 'lang: en' : undefined,
      `tags: [${tags.map((tag) => `"${tag}"`).join(', ')}]`,
      `rating: ${rating}`,
      `watched: ${day}`,
      rng.int(5) === 0 ? 'rewatch: true' : undefined,
      rng.int(3) === 0 ? 'liked: true' : undefined,
      gallery.length ? `gallery:\n${gallery.join('\n')}` : undefined,
      'movie:',
      `  title: "${english ? `Film ${index}` : `영화 ${index}`}"`,
      `  originalTitle: "Original ${index}"`,
      `  year: ${1960 + rng.int(65)}`,
      `  genres: [${rng.some(GENRES, 1 + rng.int(3)).join(', ')}]`,
      `  countries: [${rng.some(COUNTRIES, 1 + rng.int(2)).join(', ')}]`,
      `  runtime: ${80 + rng.int(90)}`,
      `  directors: ["${rng.pick(directors)}"]`,
      `  writers: ["${rng.pick(people)}"]`,
      `  cast:\n${cast.join('\n')}`,
      images ? '  poster: ./poster.jpg' : undefined,
      index % 4 === 0 ? '  trailer: https://www.youtube.com/watch?v=ne6p6MfLBxc' : undefined,
    ].filter(Boolean);
    writeFileSync(path.join(folder, 'index.md'), `---\n${frontmatter.join('\n')}\n---\n\n${text}`);
  }
  return { content, reviews: count, photos, reviewPhotos, bodies };
}
