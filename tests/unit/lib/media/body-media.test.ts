import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitBody } from '../../../../src/lib/media/body-media';
import { isLocalImage, isOptimisableImage } from '../../../../src/lib/images/image-files';
import { renderMarkdown } from '../../../helpers/render-markdown';

const fixture = (name: string) => path.join('tests/plugins/fixtures', name, 'input.md');

describe('splitBody', () => {
  test('HTML without media is one run', () => {
    expect(splitBody('<p>a:b</p>', [])).toEqual([{ type: 'html', html: '<p>a:b</p>' }]);
    expect(splitBody('', [])).toEqual([]);
  });

  test('the pipeline records each medium and the page cuts the HTML there, byte for byte', async () => {
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
    const { html, body } = await renderMarkdown(markdown, fixture('rehype-figure/titled-image'));
    expect(body.placedVideos).toEqual([{ provider: 'youtube', id: 'ne6p6MfLBxc' }]);
    const parts = splitBody(html, body.media);
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

  test('text or an attribute that spells out a placeholder is not one', async () => {
    // Raw HTML may not name the element at all (remark-reserved-html); as text or an alt it is text.
    const escaped = await renderMarkdown(
      '`<marquee-media data-part="0"></marquee-media>`\n\n![<marquee-media data-part="0"></marquee-media>](./still.jpg)',
      fixture('rehype-figure/titled-image'),
    );
    const parts = splitBody(escaped.html, escaped.body.media);
    expect(parts.filter((part) => part.type === 'image')).toEqual([
      {
        type: 'image',
        image: {
          src: './still.jpg',
          alt: '<marquee-media data-part="0"></marquee-media>',
          title: undefined,
        },
      },
    ]);
    expect(parts.map((part) => part.type)).toEqual(['html', 'image', 'html']);
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
