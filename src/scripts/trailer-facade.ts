/**
 * `<marquee-trailer data-embed data-title>`: a link to the video on its own site that,
 * once this script runs, plays the trailer in place. Nothing is requested from the video
 * host until the reader presses play; then the privacy-enhanced player loads and starts.
 */
class MarqueeTrailer extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link) return;
    link.setAttribute('role', 'button');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.play();
    });
    link.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      this.play();
    });
  }

  play() {
    const url = new URL(this.dataset.embed ?? '');
    url.searchParams.set('autoplay', '1');
    const player = document.createElement('iframe');
    player.className = 'marquee-trailer__player';
    player.src = url.href;
    player.title = this.dataset.title ?? '';
    player.allow = 'autoplay; fullscreen; picture-in-picture';
    player.referrerPolicy = 'strict-origin';
    player.allowFullscreen = true;
    this.replaceChildren(player);
    player.focus();
  }
}

customElements.define('marquee-trailer', MarqueeTrailer);
