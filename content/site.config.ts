import { defineSite } from '../src/schemas/site';

/** Your blog's settings. Every key is checked when the site builds. */
export default defineSite({
  title: '마키 시네마',
  description: '영화를 보고, 기억하고, 추천합니다. 한 편씩 천천히 쓰는 영화 리뷰 블로그.',
  author: '마키',
  language: 'ko',
  url: 'https://marquee.example.com/',
  defaultCategory: '영화 추천',
  reviewsPerPage: 3,
  comments: { provider: 'none' },
});
