import { t, tCount } from '../../i18n';
import type { FilmList } from '../lists/lists';
import { site } from '../site';
import { imageFile, shareCard, type CardSettings, type ShareCard } from './cards';
import { STRIP_POSTER, type CardContent } from './layout';

/** A film list's card: its title, the number of films and the first titles, with their posters. */
export function listCard(list: FilmList, settings: CardSettings = site): ShareCard {
  const { language } = settings;
  const count = tCount(language, 'count.films', list.items.length);
  const films = list.items
    .slice(0, 3)
    .map((item) => item.film.title)
    .join(', ');
  const content: CardContent = {
    kind: 'collection',
    siteName: settings.title,
    heading: list.title,
    subheading: `${t(language, 'lists.title')} · ${count} · ${films}`,
    posters: list.items
      .flatMap((item) => (item.poster ? [imageFile(item.poster)] : []))
      .slice(0, STRIP_POSTER.count),
  };
  return shareCard(
    `lists/${list.slug}`,
    content,
    t(language, 'share.termAlt', { site: settings.title, term: list.title, count }),
  );
}
