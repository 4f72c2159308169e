import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The Nu HTML Checker's jar, from the `vnu-jar` dev dependency (runs on the machine's Java). */
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * Every error the Nu HTML Checker (the W3C validator) finds in the `.html` files under
 * `folder`, as `file:line message`. One Java start for the whole folder.
 */
export async function nuErrors(folder: string): Promise<string[]> {
  const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', folder];
  // vnu exits 1 when it finds errors; its report is on stderr either way.
  const { stderr } = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stderr?: string }) => ({
      stderr: error.stderr ?? '',
    }),
  );
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  return messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map(
      (message) =>
        `${decodeURIComponent((message.url ?? '').replace(`file:${folder}`, ''))}:${message.lastLine ?? '?'} ${message.message}`,
    );
}
