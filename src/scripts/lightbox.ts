/**
 * `<marquee-gallery>`: thumbnails that link to the full images and, once this script
 * runs, open them in a modal `<dialog>` instead: captions, previous/next by buttons, arrow
 * keys and swipe, Escape to close (the dialog's own), focus back on the thumbnail that
 * opened it.
 */
class MarqueeGallery extends HTMLElement {
  #links: HTMLAnchorElement[] = [];
  #index = 0;
  #image = new Image();
  #opener?: HTMLAnchorElement;

  connectedCallback() {
    const dialog = this.querySelector('dialog');
    if (!dialog) return;
    this.#links = [...this.querySelectorAll<HTMLAnchorElement>('.marquee-gallery__link')];
    this.#image.className = 'marquee-lightbox__image';
    this.#image.decoding = 'async';
    this.#image.draggable = false;
    dialog.querySelector('figure')?.prepend(this.#image);
    this.#links.forEach((link, index) =>
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.#opener = link;
        this.#show(index);
        dialog.showModal();
      }),
    );
    for (const button of dialog.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      button.hidden = this.#links.length < 2;
      button.addEventListener('click', () => this.#show(this.#index + Number(button.dataset.step)));
    }
    dialog
      .querySelector('.marquee-lightbox__close')
      ?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    dialog.addEventListener('keydown', (event) => {
      const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
      if (step) {
        event.preventDefault();
        this.#show(this.#index + step);
      }
      // A modal dialog lets Tab leave for the browser's own controls; keep it on the buttons.
      const buttons = [...dialog.querySelectorAll<HTMLButtonElement>('button:not([hidden])')];
      const [first, last] = event.shiftKey
        ? [buttons.at(-1), buttons[0]]
        : [buttons[0], buttons.at(-1)];
      if (event.key === 'Tab' && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    });
    let startX = 0;
    dialog.addEventListener('pointerdown', (event) => (startX = event.clientX));
    dialog.addEventListener('pointerup', (event) => {
      const distance = event.clientX - startX;
      if (Math.abs(distance) > 50) this.#show(this.#index - Math.sign(distance));
    });
    dialog.addEventListener('close', () => this.#opener?.focus());
  }

  /** Shows picture `index` (wrapping around) and fetches its neighbours ahead. */
  #show(index: number) {
    const count = this.#links.length;
    this.#index = (index + count) % count;
    // The index wraps into range; the dialog, caption and counter are rendered with the gallery.
    const link = this.#links[this.#index]!;
    this.#load(this.#image, link);
    const thumbnail = link.querySelector<HTMLImageElement>('picture img');
    this.#image.alt = thumbnail?.alt ?? '';
    const dialog = this.querySelector('dialog')!;
    dialog.querySelector('figcaption')!.textContent = link.dataset.caption ?? '';
    dialog.querySelector('.marquee-lightbox__counter')!.textContent = (dialog.dataset.counter ?? '')
      .replace('{current}', String(this.#index + 1))
      .replace('{total}', String(count));
    for (const step of [-1, 1])
      // Wrapped into range too.
      this.#load(new Image(), this.#links[(this.#index + step + count) % count]!);
  }

  /** Points `image` at the link's picture, choosing from its srcset for a full-screen view. */
  #load(image: HTMLImageElement, link: HTMLAnchorElement) {
    const thumbnail = link.querySelector<HTMLImageElement>('picture img');
    if (thumbnail) {
      // The thumbnail's size, sources and blurred placeholder (its background) until the big one arrives.
      for (const name of ['width', 'height', 'srcset', 'style'])
        image.setAttribute(name, thumbnail.getAttribute(name) ?? '');
      image.sizes = '100vw';
    }
    image.src = link.href;
  }
}

customElements.define('marquee-gallery', MarqueeGallery);
