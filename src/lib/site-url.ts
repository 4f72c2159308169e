import { MarqueeError } from './errors';

/** What `SITE` and `BASE` may hold: `https://user.github.io`, `/repo/`. */
interface DeployEnvironment {
  SITE?: string;
  BASE?: string;
}

/**
 * The site's public address: the `url` setting, unless the environment names another.
 * `SITE` replaces its origin (and its path too, when `SITE` has one), `BASE` its path, so a
 * deployment — a fork on GitHub Pages at `https://<user>.github.io/<repo>/` (`SITE` the
 * origin, `BASE` `/<repo>/`), a Netlify preview (`SITE` its address) — publishes under its
 * own address without editing `content/site.config.ts`.
 */
export function siteUrl(url: string, env: DeployEnvironment = process.env): string {
  const site = env.SITE?.trim();
  const base = env.BASE?.trim();
  if (!site && !base) return url;
  const resolved = new URL(url);
  if (site) {
    let given: URL;
    try {
      given = new URL(site);
    } catch {
      throw new MarqueeError(
        `SITE is not valid: expected a full http or https URL such as "https://example.github.io", found "${site}"`,
      );
    }
    if (!/^https?:$/.test(given.protocol))
      throw new MarqueeError(`SITE is not valid: expected an http or https URL, found "${site}"`);
    resolved.protocol = given.protocol;
    resolved.host = given.host;
    if (given.pathname !== '/') resolved.pathname = given.pathname;
  }
  if (base) resolved.pathname = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!resolved.pathname.endsWith('/')) resolved.pathname += '/';
  resolved.search = '';
  resolved.hash = '';
  return resolved.href;
}
