import { ratingFill, ratingValue } from '../lib/rating';
import { cleanExcerpt, normalizeQuery } from '../lib/search/korean-search';

/** The part of Pagefind's browser API that the search page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's parts, split at headings with an id: the review's sections and its film facts. */
  sub_results?: { url: string; excerpt: string }[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
type Filters = Record<string, string | { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options: { filters: Filters; sort?: Record<string, 'asc' | 'desc'> | undefined },
  ): Promise<{ results: PagefindResult[] }>;
}

/** Results rendered at a time; "more" shows the next ones. */
const PAGE_SIZE = 10;
/** Wait for a pause in typing before searching (ms). */
const TYPING_PAUSE = 200;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

/** `<tag class="className">children</tag>` */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.append(...children);
  return created;
}

/**
 * `<marquee-search>`: the search page. Reads the form, asks Pagefind (loaded from
 * `data-bundle`) and renders the results with the page's strings (`data-*`). The query
 * and filters are kept in the address (`?q=…&genre=…`), so a search can be linked,
 * reloaded and returned to. `aria-busy` is true from a keystroke until its results show.
 */
class MarqueeSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #results: PagefindResult[] = [];
  #shown = 0;
  /** Increases with each search, so answers to an older one are dropped. */
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  #part<T extends Element>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`<marquee-search> needs ${selector}`);
    return found;
  }

  get #form() {
    return this.#part<HTMLFormElement>('form');
  }

  connectedCallback() {
    const form = this.#form;
    form.hidden = false;
    const params = new URLSearchParams(location.search);
    for (const field of this.#fields()) field.value = params.get(field.name) ?? '';
    form.addEventListener('input', () => {
      this.setAttribute('aria-busy', 'true');
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        void this.search();
      }, TYPING_PAUSE);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.#part('.search__more').addEventListener('click', () => void this.#showMore(this.#run));
    if ([...this.#fields()].some((field) => field.value)) void this.search();
  }

  #fields(): (HTMLInputElement | HTMLSelectElement)[] {
    return [
      ...this.#form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        'input[name], select[name]',
      ),
    ];
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ this.dataset.bundle ?? '').then(
      async (pagefind: Pagefind) => {
        await pagefind.options({ baseUrl: this.dataset.base, excerptLength: 24 });
        return pagefind;
      },
    );
    return this.#pagefind;
  }

  /** Filters as Pagefind takes them; a minimum rating becomes "any of the ratings at or above it". */
  #filters(): Filters {
    const filters: Filters = {};
    for (const field of this.#fields()) {
      if (field.name === 'q' || !field.value) continue;
      if (field.name === 'rating' && field instanceof HTMLSelectElement) {
        const ratings = [...field.options].map((option) => option.value).filter(Boolean);
        filters.rating = { any: ratings.filter((rating) => Number(rating) >= Number(field.value)) };
      } else {
        filters[field.name] = field.value;
      }
    }
    return filters;
  }

  #status(text: string) {
    this.#part('.search__status').textContent = text;
  }

  async search() {
    const run = ++this.#run;
    this.setAttribute('aria-busy', 'true');
    try {
      await this.#search(run);
    } finally {
      if (run === this.#run && this.#timer === undefined) this.setAttribute('aria-busy', 'false');
    }
  }

  async #search(run: number) {
    const params = new URLSearchParams(
      this.#fields()
        .filter((field) => field.value)
        .map((field) => [field.name, field.value]),
    );
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    const query = normalizeQuery(this.#part<HTMLInputElement>('input[name="q"]').value);
    const filters = this.#filters();
    this.#results = [];
    this.#part('.search__results').replaceChildren();
    this.#part<HTMLButtonElement>('.search__more').hidden = true;
    if (!query && Object.keys(filters).length === 0) return this.#status('');

    this.#status(this.dataset.loading ?? '');
    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      this.#pagefind = undefined;
      return this.#status(this.dataset.unavailable ?? '');
    }
    // Without words, list the filtered reviews newest first.
    const search = await pagefind.search(query || null, {
      filters,
      sort: query ? undefined : { date: 'desc' },
    });
    if (run !== this.#run) return;
    this.#results = search.results;
    this.#shown = 0;
    const count = new Intl.NumberFormat(document.documentElement.lang).format(
      search.results.length,
    );
    this.#status(
      search.results.length
        ? fill(this.dataset.results ?? '', { count })
        : (this.dataset.empty ?? ''),
    );
    await this.#showMore(run);
  }

  async #showMore(run: number) {
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const results = await Promise.all(batch.map((result) => result.data()));
    if (run !== this.#run) return;
    this.#part('.search__results').append(...results.map((result) => this.#render(result)));
    this.#shown += batch.length;
    this.#part<HTMLButtonElement>('.search__more').hidden = this.#shown >= this.#results.length;
  }

  /** The page's `<Rating>` (Rating.astro, kept in a template) showing `rating`. */
  #rating(rating: string): Node {
    const template = this.#part<HTMLTemplateElement>('.search__rating-template');
    const copy = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    copy.dataset.rating = rating;
    copy
      .querySelector<HTMLElement>('.rating__stars')
      ?.style.setProperty('--rating-fill', ratingFill(Number(rating)));
    copy
      .querySelector('.visually-hidden')
      ?.replaceChildren(fill(this.dataset.rating ?? '', { rating }));
    copy.querySelector('.rating__value')?.replaceChildren(ratingValue(Number(rating)));
    return copy;
  }

  /**
   * The snippet: Pagefind's excerpt of the first part of the review's own text that matches,
   * never of its film facts (`#search-facts`, see SearchFacts.astro).
   */
  #excerpt({ excerpt, sub_results: parts }: PagefindResultData): string {
    if (!parts?.length) return excerpt;
    const own = parts.filter((part) => !part.url.endsWith(`#${this.dataset.facts}`));
    return own.find((part) => part.excerpt.includes('<mark>'))?.excerpt ?? '';
  }

  /** One result: poster, title, the film facts as lines (film, director), rating and the snippet (or the summary). */
  #render(result: PagefindResultData): Element {
    const { url, meta } = result;
    // Without a poster the text takes the whole result, not the poster's column.
    const item = element(
      'li',
      `search-result surface${meta.image ? '' : ' search-result--no-poster'}`,
    );
    if (meta.image) {
      const poster = Object.assign(element('img', 'search-result__poster'), {
        src: meta.image,
        alt: '',
        loading: 'lazy',
        decoding: 'async',
      });
      Object.assign(poster, { width: 64, height: 96 });
      item.append(poster);
    }
    const body = element('div', 'search-result__body');
    const link = Object.assign(element('a', 'search-result__link', meta.title ?? url), {
      href: url,
    });
    body.append(
      element('h2', 'search-result__title', link),
      element('p', 'search-result__film', meta.film ?? ''),
    );
    if (meta.director)
      body.append(
        element('p', 'search-result__director', `${this.dataset.director ?? ''} ${meta.director}`),
      );
    if (meta.rating) body.append(element('p', 'search-result__rating', this.#rating(meta.rating)));
    // Pagefind escapes the page text and adds only <mark>; the extra index forms are cut off.
    // A match in the title or the film data has no mark in the text: the summary says more.
    const snippet = element('p', 'search-result__excerpt');
    const marked = cleanExcerpt(this.#excerpt(result));
    if (marked.includes('<mark>') || !meta.description) snippet.innerHTML = marked;
    else snippet.textContent = meta.description;
    body.append(snippet);
    item.append(body);
    return item;
  }
}

customElements.define('marquee-search', MarqueeSearch);
