import type { AstroIntegration } from 'astro';
import type { HotPayload } from 'vite';
import { buildState } from '../lib/build-state';
import { devProblems } from '../lib/check/dev-problems';

/** A message to the open tabs: Vite's error overlay, or a reload. */
export type DevPayload = HotPayload;

const channel = buildState<{ send?: ((payload: DevPayload) => void) | undefined }>(
  'dev-browser',
  () => ({}),
);

/** Sends to every tab open on `astro dev`; nothing outside it. */
export function sendToOpenTabs(payload: DevPayload): void {
  channel.send?.(payload);
}

/**
 * A page that shows the error overlay with the content problems, served in place of any
 * page while the posts have them: Astro would render the page, throw, and print the
 * problems again for every request, when the review loader has printed them once already.
 * (Its empty icon keeps the browser from asking for `/favicon.ico`, which Astro would render.)
 */
function problemsPage(base: string, problems: { message: string; loc?: unknown }): string {
  const error = JSON.stringify({
    message: problems.message,
    stack: '',
    loc: problems.loc,
    plugin: 'marquee',
  });
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>MarqueeError</title><link rel="icon" href="data:,"></head>
<body>
<script type="module">
import { ErrorOverlay } from ${JSON.stringify(`${base}@vite/client`)};
document.body.append(new ErrorOverlay(${error.replaceAll('<', '\\u003c')}));
</script>
</body>
</html>`;
}

/**
 * Under `astro dev`, a channel to the open tabs for the review loader: a post that breaks
 * shows Vite's error overlay in a tab already open (its content sync changes nothing a page
 * depends on, so no reload would come), and the fix reloads it. A page asked for while the
 * posts have problems is the overlay itself (`problemsPage`).
 */
export function devBrowser(): AstroIntegration {
  return {
    name: 'marquee:dev-browser',
    hooks: {
      'astro:server:setup': ({ server }) => {
        channel.send = (payload) => server.environments.client.hot.send(payload);
        server.middlewares.use((request, response, next) => {
          const problems = devProblems();
          const page =
            request.method === 'GET' &&
            (request.headers.accept ?? '').includes('text/html') &&
            !/\/(@|_astro\/|node_modules\/)/.test(request.url ?? '');
          if (!problems || !page) return next();
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(problemsPage(server.config.base, problems));
        });
      },
      'astro:server:done': () => {
        channel.send = undefined;
      },
    },
  };
}
