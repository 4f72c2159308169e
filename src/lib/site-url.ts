import { MarqueeError } from './errors';

/** What `SITE` and `BASE` may hold: `https://user.github.io`, `/repo/`. */
interface DeployEnvironment {
  SITE?: string;
  BASE?: string;
}

/**
 * The site's public address: the `url` setting, unless the environment names another.
 * `SITE` (an origin, or a full URL with a path) and `BASE` (a path such as `/blog/`) let a
 * deployment — a fork on GitHub Pages at `https://<user>.github.io/<repo>/`, a preview on
 * Netlify — publish under its own address without editing `content/site.config.ts`.
 */
export function siteUrl(url: string, env: DeployEnvironment = process.env): string {
  const site = env.SITE?.trim();
  const base = env.BASE?.trim();
  if (!site && !base) return url;
  let resolved: URL;
  try {
    resolved = new URL(site || url);
  } catch {
    throw new MarqueeError(`SITE is not valid: expected a full http or https URL such as "https://example.github.io", found "${site}"`);
  }
  if (!/^https?:$/.test(resolved.protocol)) {
    throw new MarqueeError(`SITE is not valid: expected an http or https URL, found "${site}"`);
  }
  if (base) resolved.pathname = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  else if (!resolved.pathname.endsWith('/')) resolved.pathname += '/';
  resolved.search = '';
  resolved.hash = '';
  return resolved.href;
}
