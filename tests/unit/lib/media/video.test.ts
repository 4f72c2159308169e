import { describe, expect, test } from 'vitest';
import { parseVideo } from '../../../../src/lib/media/video';

describe('parseVideo', () => {
  test.each([
    ['https://www.youtube.com/watch?v=ne6p6MfLBxc', 'ne6p6MfLBxc'],
    ['https://youtube.com/watch?v=ne6p6MfLBxc&t=42s', 'ne6p6MfLBxc'],
    ['https://m.youtube.com/watch?v=ne6p6MfLBxc', 'ne6p6MfLBxc'],
    ['http://www.youtube.com/watch?feature=share&v=ne6p6MfLBxc', 'ne6p6MfLBxc'],
    ['https://youtu.be/ne6p6MfLBxc', 'ne6p6MfLBxc'],
    ['https://youtu.be/ne6p6MfLBxc?si=abc', 'ne6p6MfLBxc'],
    ['https://www.youtube.com/embed/ne6p6MfLBxc', 'ne6p6MfLBxc'],
    ['https://www.youtube-nocookie.com/embed/ne6p6MfLBxc', 'ne6p6MfLBxc'],
    ['https://www.youtube.com/shorts/K8FGdv7Kx0o', 'K8FGdv7Kx0o'],
    ['ne6p6MfLBxc', 'ne6p6MfLBxc'],
    ['  1_mTc7QQ3Ik  ', '1_mTc7QQ3Ik'],
  ])('YouTube %s', (value, id) => {
    expect(parseVideo(value)).toEqual({
      provider: 'youtube',
      id,
      embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
      watchUrl: `https://www.youtube.com/watch?v=${id}`,
    });
  });

  test.each([
    ['https://vimeo.com/182212442', '182212442'],
    ['https://www.vimeo.com/182212442/', '182212442'],
    ['https://vimeo.com/channels/staffpicks/76979871', '76979871'],
    ['https://player.vimeo.com/video/76979871', '76979871'],
  ])('Vimeo %s', (value, id) => {
    expect(parseVideo(value)).toEqual({
      provider: 'vimeo',
      id,
      embedUrl: `https://player.vimeo.com/video/${id}?dnt=1`,
      watchUrl: `https://vimeo.com/${id}`,
    });
  });

  test.each([
    '',
    'ne6p6MfLBx',
    'ne6p6MfLBxcc',
    'https://example.com/watch?v=ne6p6MfLBxc',
    'https://www.youtube.com/watch',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/channel/UC123',
    'https://youtu.be/',
    'https://vimeo.com/about',
    'ftp://youtu.be/ne6p6MfLBxc',
    'javascript:alert(1)',
    '그녀 예고편',
  ])('rejects %j', (value) => {
    expect(parseVideo(value)).toBeUndefined();
  });
});
