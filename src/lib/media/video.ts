/** A trailer, normalised from whatever form the author pasted. */
export interface Video {
  provider: 'youtube' | 'vimeo';
  id: string;
  /** Privacy-enhanced player address (no cookies until the reader presses play). */
  embedUrl: string;
  /** The video's page on its own site: the no-JavaScript fallback. */
  watchUrl: string;
}

/**
 * Each provider's privacy-enhanced player (no cookies until the reader presses play): the
 * trailer facade loads it on click, so it is the only video frame the Content-Security-Policy
 * allows (`VIDEO_PLAYER_ORIGINS`).
 */
const PLAYERS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
} as const;

/** The origins a page may frame for video, for the CSP's `frame-src`. */
export const VIDEO_PLAYER_ORIGINS: string[] = Object.values(PLAYERS);

const YOUTUBE_ID = /^[\w-]{11}$/;
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);

function youtubeVideo(id: string): Video {
  return {
    provider: 'youtube',
    id,
    embedUrl: `${PLAYERS.youtube}/embed/${id}`,
    watchUrl: `https://www.youtube.com/watch?v=${id}`,
  };
}

function vimeoVideo(id: string): Video {
  return {
    provider: 'vimeo',
    id,
    embedUrl: `${PLAYERS.vimeo}/video/${id}?dnt=1`,
    watchUrl: `https://vimeo.com/${id}`,
  };
}

function youtubeIdFromUrl(url: URL): string | undefined {
  if (url.hostname === 'youtu.be') return url.pathname.slice(1);
  if (!YOUTUBE_HOSTS.has(url.hostname)) return undefined;
  if (url.pathname === '/watch') return url.searchParams.get('v') ?? undefined;
  const match = /^\/(?:embed|shorts|v|live)\/([^/]+)\/?$/.exec(url.pathname);
  return match?.[1];
}

function vimeoIdFromUrl(url: URL): string | undefined {
  if (!VIMEO_HOSTS.has(url.hostname)) return undefined;
  // vimeo.com/76979871, vimeo.com/channels/staffpicks/76979871, player.vimeo.com/video/76979871
  const match = /\/(\d{6,12})\/?$/.exec(url.pathname);
  return match?.[1];
}

/**
 * Parses a trailer as authors write it: a YouTube watch, youtu.be, embed or shorts URL,
 * a bare 11-character YouTube id, or a Vimeo URL. Returns `undefined` for anything else.
 */
export function parseVideo(value: string): Video | undefined {
  const text = value.trim();
  if (YOUTUBE_ID.test(text)) return youtubeVideo(text);
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const youtubeId = youtubeIdFromUrl(url);
  if (youtubeId !== undefined)
    return YOUTUBE_ID.test(youtubeId) ? youtubeVideo(youtubeId) : undefined;
  const vimeoId = vimeoIdFromUrl(url);
  return vimeoId ? vimeoVideo(vimeoId) : undefined;
}

/** What `parseVideo` accepts, for error messages. */
export const VIDEO_FORMS =
  'a YouTube URL (watch, youtu.be, embed or shorts), an 11-character YouTube id, or a Vimeo URL';
