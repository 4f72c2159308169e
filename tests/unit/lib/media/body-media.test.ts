import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitBody } from '../../../../src/lib/media/body-media';
import { isLocalImage, isOptimisableImage } from '../../../../src/lib/images/image-files';
import { renderMarkdown } from '../../../helpers/render-markdown';

const fixture = (name: string) => path.join('tests/plugins/fixtures', name, 'input.md');

describe('splitBody', () => {
  test('HTML without media is one run', () => {
    expect(splitBody('<p>a:b</p>')).toEqual([{ type: 'html', html: '<p>a:b</p>' }]);
    expect(splitBody('')).toEqual([]);
  });

  test('cuts rendered Markdown at each medium, keeping the HTML around it byte for byte', async () => {
    const markdown = [
      'Intro & more.',
      '',
      '![Still](./still.jpg "A \\"quoted\\" caption")',
      '',
      '::trailer{youtube="ne6p6MfLBxc" title="Official <trailer>"}',
      '',
      ':::gallery',
      '![One & only](./still.jpg "First")',
      '![Two](./still.jpg)',
      ':::',
      '',
      'Outro.',
    ].join('\n');
    const { html } = await renderMarkdown(markdown, fixture('rehype-figure/titled-image'));
    const parts = splitBody(html);
    expect(parts.map((part) => part.type)).toEqual([
      'html',
      'image',
      'html',
      'trailer',
      'html',
      'gallery',
      'html',
    ]);
    expect(parts[0]).toEqual({
      type: 'html',
      html: '<p>Intro &#x26; more.</p>\n<figure class="marquee-figure">',
    });
    expect(parts[1]).toEqual({
      type: 'image',
      image: { src: './still.jpg', alt: 'Still', title: undefined },
    });
    expect(parts[2]).toEqual({
      type: 'html',
      html: '<figcaption class="marquee-figure__caption">A "quoted" caption</figcaption></figure>\n',
    });
    expect(parts[3]).toEqual({
      type: 'trailer',
      url: 'https://www.youtube.com/watch?v=ne6p6MfLBxc',
      label: 'Official <trailer>',
    });
    expect(parts[5]).toEqual({
      type: 'gallery',
      images: [
        { src: './still.jpg', alt: 'One & only', title: 'First' },
        { src: './still.jpg', alt: 'Two', title: undefined },
      ],
    });
    expect(parts[6]).toEqual({ type: 'html', html: '\n<p>Outro.</p>' });
  });

  test('a percent-encoded path comes back as written by the processor', () => {
    const [part] = splitBody(
      '<marquee-media type="image" src="./%EC%8A%A4%ED%8B%B8.jpg" alt=""></marquee-media>',
    );
    expect(part).toEqual({
      type: 'image',
      image: { src: './%EC%8A%A4%ED%8B%B8.jpg', alt: '', title: undefined },
    });
  });
});

describe('image paths', () => {
  test.each([
    ['./still.jpg', true],
    ['still.jpg', true],
    ['../shared/x.png', true],
    ['/images/x.jpg', false],
    ['https://example.com/x.jpg', false],
    ['//cdn.example.com/x.jpg', false],
    ['data:image/png;base64,AAAA', false],
  ])('%s is local: %s', (url, local) => {
    expect(isLocalImage(url)).toBe(local);
  });

  test.each([
    ['still.JPG', true],
    ['still.webp', true],
    ['drawing.svg', false],
    ['noextension', false],
  ])('%s can be optimised: %s', (file, ok) => {
    expect(isOptimisableImage(file)).toBe(ok);
  });
});
