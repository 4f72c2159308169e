/**
 * The `_headers` file (Netlify, Cloudflare Pages) for the built site: the policy of the
 * pages' `<meta>` elements, merged into one (every page's hashes, so each page is allowed
 * what its own policy allows), plus what only a header can say.
 */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged]
    .map(([name, sources]) =>
      [
        name,
        ...[...sources].sort((a, b) =>
          a.startsWith("'sha") === b.startsWith("'sha")
            ? a.localeCompare(b)
            : a.startsWith("'sha")
              ? 1
              : -1,
        ),
      ].join(' '),
    )
    .join('; ');
}

/** The `_headers` text for every path under `base`. */
export function headersFile(policy: string, base: string): string {
  return [
    `${base}*`,
    // frame-ancestors only works in a header (browsers ignore it in <meta>).
    `  Content-Security-Policy: ${policy}; frame-ancestors 'self'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
