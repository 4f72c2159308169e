import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import cover from './fixtures/cover.jpg';
import still1 from './fixtures/still-1.jpg';
import still2 from './fixtures/still-2.jpg';
import Gallery from '../../src/components/media/Gallery.astro';
import ResponsivePicture from '../../src/components/media/ResponsivePicture.astro';
import Trailer from '../../src/components/media/Trailer.astro';
import TableOfContents from '../../src/components/review/TableOfContents.astro';
import { t } from '../../src/lib/site';
import { parseVideo } from '../../src/lib/media/video';
import { html, text } from '../helpers/html';

let container: AstroContainer;
beforeAll(async () => {
  // Imported images note their use in Astro's build state, which a vitest worker lacks.
  const state = globalThis as { astroAsset?: { referencedImages?: Set<string> } };
  state.astroAsset ??= {};
  state.astroAsset.referencedImages ??= new Set();
  container = await AstroContainer.create();
});

describe('<ResponsivePicture>', () => {
  test('offers AVIF, then WebP as the <img> itself, at the configured widths, with size, lazy loading and an inline placeholder', async () => {
    const doc = html(
      await container.renderToString(ResponsivePicture, {
        props: { image: still1, alt: 'A still', sizes: '100vw' },
      }),
    );
    expect(doc.querySelectorAll('source').map((source) => source.getAttribute('type'))).toEqual([
      'image/avif',
    ]);
    const img = doc.querySelector('picture img')!;
    expect(img.getAttribute('src')).toMatch(/&f=webp$/);
    expect(img.getAttribute('alt')).toBe('A still');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900']);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(
      img
        .getAttribute('srcset')
        ?.split(', ')
        .map((candidate) => candidate.split(' ')[1]),
    ).toEqual(['480w', '960w', '1600w']);
    expect(img.getAttribute('style')).toMatch(
      /^background-image:url\(data:image\/webp,(?:[\w.~-]|%[0-9A-F]{2})+\)$/,
    );
    expect(img.getAttribute('class')).toBe('marquee-picture');
  });

  test('an image in the first screen loads eagerly', async () => {
    const doc = html(
      await container.renderToString(ResponsivePicture, {
        props: { image: cover, alt: '', sizes: '100vw', loading: 'eager' },
      }),
    );
    expect(doc.querySelector('picture img')!.getAttribute('loading')).toBe('eager');
  });
});

describe('<Trailer>', () => {
  const render = (props: Record<string, unknown>) =>
    container.renderToString(Trailer, { props: { film: '그녀', ...props } }).then(html);

  test('a YouTube trailer is a facade: a local poster and a link to the video, the player only named', async () => {
    const doc = await render({ video: parseVideo('ne6p6MfLBxc'), poster: cover });
    const element = doc.querySelector('marquee-trailer')!;
    expect(element.getAttribute('data-embed')).toBe(
      'https://www.youtube-nocookie.com/embed/ne6p6MfLBxc',
    );
    expect(element.getAttribute('data-title')).toBe(t('review.trailerOf', { title: '그녀' }));
    const link = element.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=ne6p6MfLBxc');
    expect(text(link)).toBe(t('review.watchTrailer', { title: '그녀' }));
    expect(link.querySelector('picture img')!.getAttribute('alt')).toBe('');
    expect(doc.querySelector('iframe')).toBeNull();
    expect(doc.querySelector('figcaption')).toBeNull();
  });

  test('a titled Vimeo trailer keeps do-not-track, names its player and shows the title as caption', async () => {
    const doc = await render({ video: parseVideo('https://vimeo.com/182212442'), label: 'Teaser' });
    expect(doc.querySelector('marquee-trailer')!.getAttribute('data-embed')).toBe(
      'https://player.vimeo.com/video/182212442?dnt=1',
    );
    expect(doc.querySelector('marquee-trailer')!.getAttribute('data-title')).toBe('Teaser');
    expect(text(doc.querySelector('figcaption'))).toBe('Teaser');
    expect(doc.querySelector('img')).toBeNull();
  });
});

describe('<Gallery>', () => {
  test('thumbnails link to the full-size image and carry their captions; the lightbox is labelled', async () => {
    const items = [
      { src: still1, alt: 'Red', caption: 'First' },
      { src: still2, alt: 'Sunset' },
    ];
    const doc = html(await container.renderToString(Gallery, { props: { items } }));
    const links = doc.querySelectorAll('a.marquee-gallery__link');
    expect(links.map((link) => link.getAttribute('data-caption') ?? null)).toEqual(['First', null]);
    for (const link of links)
      expect(link.getAttribute('href')).toMatch(/^\/_image\/?\?href=.+&w=1600&h=900&q=70&f=webp/);
    expect(links.map((link) => link.querySelector('picture img')!.getAttribute('alt'))).toEqual([
      'Red',
      'Sunset',
    ]);
    expect(
      doc.querySelectorAll('figcaption.marquee-gallery__caption').map((caption) => text(caption)),
    ).toEqual(['First']);
    const dialog = doc.querySelector('dialog.marquee-lightbox')!;
    expect(dialog.getAttribute('aria-label')).toBe(t('gallery.viewer'));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(
      dialog.querySelectorAll('button').map((button) => button.getAttribute('aria-label')),
    ).toEqual([t('gallery.previous'), t('gallery.next'), t('gallery.close')]);
  });
});

describe('<TableOfContents>', () => {
  const heading = (depth: number, text: string) => ({
    depth,
    slug: text.toLowerCase().replace(/\s+/g, '-'),
    text,
  });

  test('lists ## sections with their ### subsections', async () => {
    const headings = [
      heading(2, 'Story'),
      heading(3, 'Cast'),
      heading(2, 'Verdict'),
      heading(4, 'Deep'),
    ];
    const doc = html(await container.renderToString(TableOfContents, { props: { headings } }));
    expect(text(doc.querySelector('h2'))).toBe(t('review.toc'));
    const top = doc.querySelectorAll('nav > ol > li');
    expect(top.map((item) => item.querySelector('a')!.getAttribute('href'))).toEqual([
      '#story',
      '#verdict',
    ]);
    expect(top[0]!.querySelectorAll('ol a').map((link) => text(link))).toEqual(['Cast']);
  });

  test('renders nothing for fewer than three headings', async () => {
    const headings = [heading(2, 'Story'), heading(2, 'Verdict')];
    expect((await container.renderToString(TableOfContents, { props: { headings } })).trim()).toBe(
      '',
    );
  });
});
