/** What the hosts Marquee deploys to take of one site (README, "Deploying"). */
export const HOST_LIMITS = {
  /** GitHub Pages: a published site may be at most 1 GB. */
  githubPagesBytes: 1_000_000_000,
  /** Cloudflare Pages: at most 20,000 files a deployment on the free plan. */
  cloudflarePagesFiles: 20_000,
};

export interface SiteSize {
  files: number;
  bytes: number;
}

const megabytes = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 0 })} MB`;

/**
 * One line saying which hosts a built site of `size` is too large for, or `undefined` when
 * it fits both; it names the setting that makes a large blog smaller.
 */
export function hostLimitWarning(
  { files, bytes }: SiteSize,
  limits: typeof HOST_LIMITS = HOST_LIMITS,
): string | undefined {
  const over = [
    bytes > limits.githubPagesBytes && `GitHub Pages takes ${megabytes(limits.githubPagesBytes)}`,
    files > limits.cloudflarePagesFiles &&
      `Cloudflare Pages ${limits.cloudflarePagesFiles.toLocaleString('en')} files`,
  ].filter(Boolean);
  if (!over.length) return undefined;
  return `dist/ holds ${files.toLocaleString('en')} files, ${megabytes(bytes)}: more than ${over.join(' and ')}; set scale in content/site.config.ts to publish less (README, "Speed and size")`;
}
