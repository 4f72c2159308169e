import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The W3C feed validator's rules for RSS 2.0 (validator.w3.org/feed/docs/rss2.html), checked
 * offline: what Naver's Search Advisor refuses a feed for. Each broken rule is one line.
 */
export function rssProblems(xml: string, feedUrl: string, language: 'ko-kr' | 'en-us'): string[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['item', 'category', 'atom:link'].includes(name),
    parseTagValue: false,
  }).parse(xml) as {
    rss?: { '@version'?: string; channel?: Record<string, unknown> };
  };
  if (parsed.rss?.['@version'] !== '2.0') problems.push('rss: expected version="2.0"');
  const channel = parsed.rss?.channel ?? {};
  for (const element of ['title', 'link', 'description'])
    if (!textOf(channel[element])) problems.push(`channel: missing <${element}>`);
  if (!isAbsolute(textOf(channel.link)))
    problems.push(`channel/link: not absolute (${textOf(channel.link)})`);
  if (textOf(channel.language) !== language)
    problems.push(`channel/language: found "${textOf(channel.language)}", expected "${language}"`);
  const self = (channel['atom:link'] as Record<string, string>[] | undefined)?.find(
    (link) => link['@rel'] === 'self',
  );
  if (!self) problems.push('channel: missing <atom:link rel="self">');
  else {
    if (self['@href'] !== feedUrl)
      problems.push(
        `atom:link rel=self: found ${self['@href']}, expected the feed's URL ${feedUrl}`,
      );
    if (self['@type'] !== 'application/rss+xml')
      problems.push('atom:link rel=self: expected type="application/rss+xml"');
  }
  const guids = new Set<string>();
  const items = (channel.item ?? []) as Record<string, unknown>[];
  items.forEach((item, index) => {
    const at = `item[${index}]`;
    if (!textOf(item.title) && !textOf(item.description))
      problems.push(`${at}: neither title nor description`);
    if (!isAbsolute(textOf(item.link)))
      problems.push(`${at}/link: not absolute (${textOf(item.link)})`);
    const guid = item.guid as string | { '#text': string; '@isPermaLink'?: string } | undefined;
    const guidText = typeof guid === 'object' ? guid['#text'] : (guid ?? '');
    const permaLink = typeof guid === 'object' ? guid['@isPermaLink'] : undefined;
    if (!guidText) problems.push(`${at}: missing <guid>`);
    else if (guids.has(guidText)) problems.push(`${at}/guid: ${guidText} is not unique`);
    guids.add(guidText);
    if (permaLink !== 'false' && !isAbsolute(guidText))
      problems.push(`${at}/guid: isPermaLink is true (the default) but ${guidText} is not a URL`);
    const date = textOf(item.pubDate);
    if (!isRfc822(date)) problems.push(`${at}/pubDate: "${date}" is not an RFC-822 date`);
    for (const element of ['description', 'content:encoded']) {
      for (const url of htmlUrls(textOf(item[element])))
        if (!isAbsolute(url) && !/^mailto:/.test(url))
          problems.push(`${at}/${element}: relative URL "${url}"`);
    }
  });
  return problems;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value) return String(value['#text']);
  return '';
}

const isAbsolute = (url: string) => /^https?:\/\/[^/]+/.test(url);

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const RFC822 = new RegExp(
  `^(?:${DAY}, )?\\d{1,2} ${MONTH} \\d{4} \\d{2}:\\d{2}(?::\\d{2})? (?:[+-]\\d{4}|GMT|UT|[ECMP][SD]T|Z)$`,
);

/** RFC 822 with a four-digit year, as the validator asks (and a real instant). */
export function isRfc822(date: string): boolean {
  return RFC822.test(date) && !Number.isNaN(Date.parse(date));
}

/** Every URL in an HTML fragment's href, src, poster, cite and srcset attributes. */
export function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(
    /\s(href|src|poster|cite|srcset)\s*=\s*("([^"]*)"|'([^']*)')/gi,
  )) {
    const value = (match[3] ?? match[4] ?? '').replaceAll('&amp;', '&');
    if (match[1]!.toLowerCase() === 'srcset')
      urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    else urls.push(value);
  }
  return urls;
}
