/** How far below the screen the comments start loading (the reader is about to reach them). */
const AHEAD = '600px';

/**
 * `<marquee-comments>`: giscus, loaded only when the reader scrolls near the comments, so
 * a reader who never gets there sends nothing to giscus or GitHub. Its `data-*` attributes
 * are giscus's own settings, copied onto giscus's script when it is added.
 */
class MarqueeComments extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback() {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#load();
      },
      { rootMargin: `0px 0px ${AHEAD} 0px` },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  #load() {
    const script = document.createElement('script');
    script.src = 'https://giscus.app/client.js';
    script.async = true;
    script.crossOrigin = 'anonymous';
    for (const [key, value] of Object.entries(this.dataset)) {
      if (value !== undefined) script.dataset[key] = value;
    }
    this.append(script);
  }
}

customElements.define('marquee-comments', MarqueeComments);
