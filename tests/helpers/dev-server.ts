import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { buildEnvironment } from './build-site';

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface DevServer {
  origin: string;
  /** Everything it printed so far (stdout and stderr). */
  log(): string;
  /** Stops the server and the `astro` process npx started. */
  stop(): void;
}

/** `astro dev` in `root` on a free port of 127.0.0.1, once it answers `path` (up to 90 s). */
export async function startDevServer(root: string, path = '/'): Promise<DevServer> {
  const port = await freePort();
  let log = '';
  const server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...buildEnvironment(), NODE_ENV: 'development' },
    detached: true,
  });
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const dev: DevServer = {
    origin,
    log: () => log,
    stop() {
      try {
        // The whole group: npx and the astro it started.
        if (server.pid) process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (await fetch(`${origin}${path}`).catch(() => undefined)) return dev;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  dev.stop();
  throw new Error(`the dev server did not answer:\n${log}`);
}
